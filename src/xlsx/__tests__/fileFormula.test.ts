import type { NativeTwin } from "../../sharing/nativeTwin";
import { customFunctionFileName, fileFormula } from "../fileFormula";
import { FormulaUnsupported } from "../../formula";

const plain = { shareSafe: false, twins: [] };

/** Twins that show what they were given. */
const twins: NativeTwin[] = [
  {
    fn: "SLACREDIT",
    name: "DEAL_SLACREDIT",
    lambda: "",
    requires: "",
    inline: (args) => `MIN(${args.map((a) => a || "0").join(",")})`,
  },
  {
    fn: "TIEREDCOST",
    name: "DEAL_TIEREDCOST",
    lambda: "",
    requires: "",
    inline: (args) => `IFS(${args[0]}>0,1,TRUE,0)`,
  },
  { fn: "ROLLOVER", name: "DEAL_ROLLOVER", lambda: "", requires: "" },
];

describe("fileFormula", () => {
  it("stores a DEAL call under Excel's name for add-in functions, without the =", () => {
    expect(customFunctionFileName("DEAL.TIEREDCOST")).toBe("_xldudf_DEAL_TIEREDCOST");
    expect(fileFormula('=ROUND(deal.tieredcost($B$5,$A$9:$B$11,"volume"),2)', plain)).toEqual({
      text: '_xldudf_DEAL_TIEREDCOST($B$5,$A$9:$B$11,"volume")'.replace(/^/, "ROUND(") + ",2)",
      dealCalls: ["TIEREDCOST"],
      noTwin: [],
    });
  });

  it("spells out this-row references with the table's name", () => {
    expect(
      fileFormula("=[@Input]*2+[@[Cache hit]]-T[Total]", { ...plain, table: "Prices" }).text
    ).toBe("Prices[[#This Row],[Input]]*2+Prices[[#This Row],[Cache hit]]-T[Total]");
    expect(fileFormula("=Other[@Input]", plain).text).toBe("Other[[#This Row],[Input]]");
    expect(() => fileFormula("=[@Input]", plain)).toThrow(FormulaUnsupported);
  });

  it("prefixes functions newer than Excel 2007, once", () => {
    expect(fileFormula("=IFS(A1>0,1)+_xlfn.IFS(A1>0,1)+XLOOKUP(1,A:A,B:B)", plain).text).toBe(
      "_xlfn.IFS(A1>0,1)+_xlfn.IFS(A1>0,1)+_xlfn.XLOOKUP(1,A:A,B:B)".replace("A:A,B:B", "A:A,B:B")
    );
    expect(fileFormula("=FILTER(A1:A3,B1:B3)", plain).text).toBe("_xlfn._xlws.FILTER(A1:A3,B1:B3)");
    expect(() => fileFormula("=LET(x,1,x)", plain)).toThrow(FormulaUnsupported);
  });

  it("share-safe: puts each twin's inline form in place of the call, every argument given", () => {
    const result = fileFormula("=ROUND(DEAL.SLACREDIT($B$9,$B$10,{0.999,0.1;0.99,0.25}),2)", {
      shareSafe: true,
      twins,
    });
    expect(result.text).toBe("ROUND((MIN($B$9,$B$10,{0.999,0.1;0.99,0.25},0,0,0)),2)");
    expect(result.dealCalls).toEqual(["SLACREDIT"]);
  });

  it("share-safe: file-forms what the twin writes (newer functions get _xlfn.)", () => {
    expect(fileFormula("=DEAL.TIEREDCOST($B$5,$A$9:$B$11)", { shareSafe: true, twins }).text).toBe(
      "(_xlfn.IFS($B$5>0,1,TRUE,0))"
    );
  });

  it("share-safe: no formula for a function without an inline twin", () => {
    expect(fileFormula("=DEAL.ROLLOVER(100,$B$8:$B$11)", { shareSafe: true, twins })).toEqual({
      text: undefined,
      dealCalls: ["ROLLOVER"],
      noTwin: ["ROLLOVER"],
    });
  });
});
