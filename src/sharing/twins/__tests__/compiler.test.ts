import { nativeTwinFor } from "..";
import { readArgText } from "../argText";
import { fold } from "../fold";
import { parseExpr } from "../parse";
import { print } from "../print";
import { defineTwin } from "../source";
import { evaluateNumber } from "./hyperformulaSheet";

const reprint = (source: string) => print(parseExpr(source));
const folded = (source: string) => print(fold(parseExpr(source)));

describe("parsing and printing", () => {
  it.each([
    "a+b*c",
    "(a+b)*c",
    "a-(b-c)",
    "a-b-c",
    "a/(b*c)",
    '"say ""hi"""&x',
    "IF(a<=b,MIN(a,b),-c)",
    "(a=b)+(c<>d)>0",
    "1+2^3^4",
  ])("prints %s back as written", (source) => {
    expect(reprint(source)).toBe(source);
  });

  it("drops parentheses precedence makes redundant, and keeps a negated base of ^", () => {
    expect(reprint("((a))+(b*c)")).toBe("a+b*c");
    expect(reprint("-x^2")).toBe("(-x)^2");
  });

  it("refuses lower-case names that are not portable functions", () => {
    expect(() => parseExpr("sum(a)")).toThrow(/neither an Excel function/);
  });
});

describe("folding", () => {
  it.each([
    ["IF(1>2, a, b)", "b"],
    ["2-1+(2=1)", "1"],
    ["(1+0)^x", "1"],
    ["x^0", "1"],
    ["MIN(x, x)", "x"],
    ["MIN(3, 2)", "2"],
    ["x*TRUE", "x"],
    ["0*x", "0"],
    ["CHOOSE(2, a, b, c)", "b"],
    ['LOWER(TRIM("  Bulk "))="bulk"', "TRUE()"],
    ["OR(a>b, FALSE)", "a>b"],
    ["AND(a>b, FALSE)", "FALSE()"],
    ["1+-0.15", "1-0.15"],
  ])("folds %s to %s", (source, expected) => {
    expect(folded(source)).toBe(expected);
  });

  it.each(["0.1+0.2", "(a>b)*1", "x/3"])("leaves %s alone", (source) => {
    // 0.1+0.2 is 0.30000000000000004, which Excel would read back to 15 digits.
    expect(folded(source)).toBe(reprint(source));
  });
});

describe("argument texts", () => {
  it.each([
    ["$A$2:$C$6", "range", 5, 3],
    ["B9:C2", "range", 8, 2],
    ["'Price list'!B2:C9", "range", 8, 2],
    ["Sheet1!$D$4", "range", 1, 1],
    ["{0;-0.15;-0.1}", "literal", 3, 1],
    ['{1,"a";2,"b,c"}', "literal", 2, 2],
    ["1000000", "literal", 1, 1],
    ['"volume"', "literal", 1, 1],
  ])("reads %s as a %s of %i × %i", (text, kind, rows, columns) => {
    const arg = readArgText(text);
    expect(arg.kind).toBe(kind);
    expect("shape" in arg && arg.shape).toEqual({ rows, columns });
  });

  it("knows an omitted argument, and cannot size a name or a formula", () => {
    expect(readArgText("").kind).toBe("omitted");
    expect(readArgText("Tiers").kind).toBe("other");
    expect(readArgText("OFFSET(A1,0,0,3,2)").kind).toBe("other");
  });
});

describe("the inline form", () => {
  const tiered = nativeTwinFor("TIEREDCOST")?.inline as (args: readonly string[]) => string;

  it("needs a table's size from its text, and says so", () => {
    expect(() => tiered(["E1", "Tiers"])).toThrow(/tiers must be an A1 range/);
  });

  it("refuses a call without a required argument, or with too many", () => {
    expect(() => tiered(["", "$A$2:$B$4"])).toThrow(/units is required/);
    expect(() => tiered(["1", "$A$2:$B$4", "", "", "5"])).toThrow(/at most 4 arguments/);
  });

  it("gives #N/A once its table has been resized, rather than ignore the new rows", () => {
    const formula = tiered(["E1", "$A$2:$B$4"]);
    expect(formula).toMatch(
      /^IF\(OR\(ROWS\(\$A\$2:\$B\$4\)<>3,COLUMNS\(\$A\$2:\$B\$4\)<>2\),NA\(\),/
    );
    expect(tiered(["E1", "{100,2;0,1}"])).not.toMatch(/ROWS/);
  });

  it("treats an omitted argument, a blank cell and empty text alike", () => {
    const inputs = { A2: 100, B2: 2, B3: 1, E1: 150, E3: '=""' };
    const byDefault = evaluateNumber(inputs, tiered(["E1", "$A$2:$B$3"]));
    expect(byDefault).toBe(250);
    expect(evaluateNumber(inputs, tiered(["E1", "$A$2:$B$3", "E2", "E3"]))).toBe(byDefault);
    expect(evaluateNumber(inputs, tiered(["E1", "$A$2:$B$3", "E3", "E2"]))).toBe(byDefault);
  });

  it("gives #N/A for units above a bounded last tier (DEAL gives #VALUE!)", () => {
    expect(() => evaluateNumber({ A2: 100, B2: 2 }, tiered(["150", "$A$2:$B$2"]))).toThrow(/#N\/A/);
  });
});

describe("twin sources", () => {
  it("refuse a name used before it is defined", () => {
    expect(() => defineTwin("RAMPPRICE", "base", [["x", "base*y"]], "x")).toThrow(/"y" before/);
  });

  it("refuse positions used outside an aggregate", () => {
    expect(() =>
      defineTwin("TIEREDCOST", "units, tiers", [["i", "rowNumbers(tiers)"]], "units*i")
    ).toThrow(/varies with i/);
  });

  it("refuse names Excel would read as cells", () => {
    expect(() => defineTwin("RAMPPRICE", "base", [["per1", "base"]], "per1")).toThrow(
      /cannot name/
    );
  });
});
