import { applySplices, FormulaUnsupported, parseCellAddress, parseFormula, tokenize } from "..";

describe("tokenize", () => {
  it("reads DEAL's formulas into tokens with their places", () => {
    const tokens = tokenize('=DEAL.TIEREDCOST($B$5,$A$9:$B$11,"gra""duated",1e6)');
    expect(tokens.map((t) => [t.kind, t.text])).toEqual([
      ["function", "DEAL.TIEREDCOST"],
      ["(", "("],
      ["ref", "$B$5"],
      [",", ","],
      ["ref", "$A$9"],
      [":", ":"],
      ["ref", "$B$11"],
      [",", ","],
      ["string", '"gra""duated"'],
      [",", ","],
      ["number", "1e6"],
      [")", ")"],
    ]);
    expect(tokens[0]).toMatchObject({ start: 0, end: 15 });
  });

  it("reads structured references whole, with and without a table name", () => {
    const kinds = tokenize("=T[[#This Row],[Cache hit]]+[@Input]+[@[Batch input]]+T[Status]")
      .filter((t) => t.kind === "struct")
      .map((t) => t.text);
    expect(kinds).toEqual([
      "T[[#This Row],[Cache hit]]",
      "[@Input]",
      "[@[Batch input]]",
      "T[Status]",
    ]);
  });

  it("reads references to other sheets whole, so a rewrite leaves them as they are", () => {
    expect(
      tokenize("=Sheet2!A1+'It''s'!$B$2:C3")
        .filter((t) => t.kind === "sheetRef")
        .map((t) => t.text)
    ).toEqual(["Sheet2!A1", "'It''s'!$B$2:C3"]);
  });

  it("refuses what it cannot read", () => {
    expect(() => tokenize('="open')).toThrow(FormulaUnsupported);
    expect(() => tokenize("=A1!")).toThrow(FormulaUnsupported);
    expect(() => tokenize("=#OOPS")).toThrow(FormulaUnsupported);
  });
});

describe("parseFormula", () => {
  it("keeps empty arguments and argument places", () => {
    const text = "DEAL.SLACREDIT($D$6,$D$7,$D$8,$D$9,,$D$11)";
    const node = parseFormula(`=${text}`);
    if (node.kind !== "call") throw new Error("not a call");
    expect(node.args.map((arg) => (arg === null ? null : text.slice(arg.start, arg.end)))).toEqual([
      "$D$6",
      "$D$7",
      "$D$8",
      "$D$9",
      null,
      "$D$11",
    ]);
  });

  it("reads array constants with signs, rows and columns", () => {
    expect(parseFormula("={0.999,0.1;0.99,-0.25}")).toMatchObject({
      kind: "array",
      rows: [
        [0.999, 0.1],
        [0.99, -0.25],
      ],
    });
    expect(() => parseFormula("={1,2;3}")).toThrow(FormulaUnsupported);
  });

  it("ranks operators as Excel does", () => {
    const node = parseFormula('=1+2*3^2&"x"="19x"');
    expect(node).toMatchObject({ kind: "binary", op: "=", left: { kind: "binary", op: "&" } });
    expect(parseFormula("=-2^2")).toMatchObject({
      kind: "binary",
      op: "^",
      left: { kind: "unary" },
    });
    expect(parseFormula("=50%")).toMatchObject({ kind: "percent" });
  });

  it("turns A1 references into zero-based positions", () => {
    expect(parseCellAddress("$B$4")).toEqual({ row: 3, column: 1 });
    expect(parseCellAddress("AA10")).toEqual({ row: 9, column: 26 });
    expect(parseFormula("=$C$3:A1")).toMatchObject({
      kind: "range",
      row: 0,
      column: 0,
      rows: 3,
      columns: 3,
    });
  });
});

describe("applySplices", () => {
  it("replaces pieces of text by place, whatever their order", () => {
    expect(
      applySplices("abcdef", [
        { start: 0, end: 1, text: "X" },
        { start: 4, end: 6, text: "YZW" },
      ])
    ).toBe("XbcdYZW");
  });
});
