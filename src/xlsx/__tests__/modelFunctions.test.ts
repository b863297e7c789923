import fc from "fast-check";
import { FormulaUnsupported } from "../../formula";
import { valueOf } from "./support/evaluatorSheet";

/*
 * The native functions the deal-model sheet uses, as Excel computes them: MOD, INT, MIN, INDEX
 * and MATCH (exact), with references to cells anywhere on the sheet.
 */

const DIV0 = { error: "#DIV/0!" };
const VALUE = { error: "#VALUE!" };
const REF = { error: "#REF!" };
const NA = { error: "#N/A" };

describe("MOD and INT", () => {
  it("takes the divisor's sign, as Excel's n − d·INT(n/d) does", () => {
    expect(valueOf("=MOD(13,12)")).toBe(1);
    expect(valueOf("=MOD(-1,12)")).toBe(11);
    expect(valueOf("=MOD(1,-12)")).toBe(-11);
    expect(valueOf("=MOD(-13,-12)")).toBe(-1);
    expect(Object.is(valueOf("=MOD(-12,12)"), 0)).toBe(true);
    expect(valueOf("=MOD(5.5,2)")).toBe(1.5);
  });

  it("gives Excel's errors", () => {
    expect(valueOf("=MOD(5,0)")).toEqual(DIV0);
    expect(valueOf('=MOD("a",2)')).toEqual(VALUE);
    expect(valueOf("=MOD(1/0,2)")).toEqual(DIV0);
    expect(valueOf('=INT("x")')).toEqual(VALUE);
  });

  it("floors with INT, towards minus infinity", () => {
    expect(valueOf("=INT(2.7)")).toBe(2);
    expect(valueOf("=INT(-2.3)")).toBe(-3);
    expect(valueOf("=INT((25-1)/12)+1")).toBe(3);
  });

  it("keeps n = d·q + MOD(n, d) with 0 ≤ |MOD| < |d| on the divisor's side, for whole numbers", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000, max: 10_000 }),
        fc.integer({ min: -500, max: 500 }).filter((d) => d !== 0),
        (n, d) => {
          const r = valueOf(`=MOD(${n},${d})`) as number;
          const q = valueOf(`=INT(${n}/${d})`) as number;
          expect(n).toBe(d * q + r);
          expect(Math.abs(r)).toBeLessThan(Math.abs(d));
          expect(r === 0 || Math.sign(r) === Math.sign(d)).toBe(true);
        }
      )
    );
  });
});

describe("MIN and SUM", () => {
  const cells = { A1: 5, A2: "text", A3: null, A4: true, A5: -2, B1: "text" };

  it("take a range's numbers only, and typed arguments as numbers", () => {
    expect(valueOf("=MIN($A$1:$A$5)", cells)).toBe(-2);
    expect(valueOf("=MIN(A1:A5,-7)", cells)).toBe(-7);
    expect(valueOf('=MIN(4,"3",TRUE)', cells)).toBe(1);
    expect(valueOf("=MIN(A2:A3)", cells)).toBe(0);
    expect(valueOf('=MIN(4,"x")', cells)).toEqual(VALUE);
    expect(valueOf("=MIN(A1:A5,1/0)", cells)).toEqual(DIV0);
  });

  it("read a referenced cell as a range: its text is skipped, not an error", () => {
    expect(valueOf("=MIN(B1,3)", cells)).toBe(3);
    expect(valueOf("=SUM(B1,A1)", cells)).toBe(5);
    expect(valueOf("=SUM(A4)", cells)).toBe(0);
    expect(valueOf("=B1&A1", cells)).toBe("text5");
  });
});

describe("INDEX", () => {
  const cells = {
    A1: 10,
    A2: 20,
    A3: null,
    C1: "x",
    D1: "y",
    E1: "z",
    G1: 1,
    H1: 2,
    G2: 3,
    H2: 4,
  };

  it("reads a column by row, a row by column, and an area by row and column", () => {
    expect(valueOf("=INDEX($A$1:$A$3,2)", cells)).toBe(20);
    expect(valueOf("=INDEX(C1:E1,3)", cells)).toBe("z");
    expect(valueOf("=INDEX($G$1:$H$2,2,1)", cells)).toBe(3);
    expect(valueOf("=INDEX(A1:A3,1,1)", cells)).toBe(10);
    expect(valueOf("=INDEX(C1:E1,1,2)", cells)).toBe("y");
    expect(valueOf("=INDEX(A1:A3,2.9)", cells)).toBe(20);
    // A blank cell is blank (a cell showing it shows 0).
    expect(valueOf("=INDEX(A1:A3,3)", cells)).toBe(null);
    expect(valueOf("=INDEX(A1:A3,3)+1", cells)).toBe(1);
  });

  it("is #REF! past the area and #VALUE! for a negative or text index", () => {
    expect(valueOf("=INDEX(A1:A3,4)", cells)).toEqual(REF);
    expect(valueOf("=INDEX(G1:H2,3,1)", cells)).toEqual(REF);
    expect(valueOf("=INDEX(G1:H2,1,3)", cells)).toEqual(REF);
    expect(valueOf("=INDEX(A1:A3,1,2)", cells)).toEqual(REF);
    expect(valueOf("=INDEX(A1:A3,-1)", cells)).toEqual(VALUE);
    expect(valueOf('=INDEX(A1:A3,"two")', cells)).toEqual(VALUE);
    expect(valueOf("=INDEX(A1:A3,1/0)", cells)).toEqual(DIV0);
  });

  it("refuses the forms DEAL does not write rather than guess them", () => {
    expect(() => valueOf("=INDEX(A1:A3,0)", cells)).toThrow(FormulaUnsupported);
    expect(() => valueOf("=INDEX(G1:H2,1)", cells)).toThrow(FormulaUnsupported);
    expect(() => valueOf("=INDEX(G1:H2)", cells)).toThrow(FormulaUnsupported);
  });
});

describe("MATCH with match type 0", () => {
  const cells = { A1: "Anthropic", A2: "OpenAI", A3: 1, A4: "1", A5: "openai", C1: 5, D1: 6 };

  it("gives the place of the first equal cell: text ignoring case, numbers only to numbers", () => {
    expect(valueOf('=MATCH("openai",$A$1:$A$5,0)', cells)).toBe(2);
    expect(valueOf("=MATCH(1,A1:A5,0)", cells)).toBe(3);
    expect(valueOf('=MATCH("1",A1:A5,0)', cells)).toBe(4);
    expect(valueOf("=MATCH(6,C1:D1,0)", cells)).toBe(2);
  });

  it("is #N/A for a miss, a blank value, or an area of several rows and columns", () => {
    expect(valueOf('=MATCH("Google",A1:A5,0)', cells)).toEqual(NA);
    expect(valueOf("=MATCH(Z9,A1:A5,0)", cells)).toEqual(NA);
    expect(valueOf("=MATCH(5,A1:D5,0)", cells)).toEqual(NA);
    expect(valueOf("=MATCH(1/0,A1:A5,0)", cells)).toEqual(DIV0);
  });

  it("refuses sorted lookups and wildcards rather than guess them", () => {
    expect(() => valueOf("=MATCH(1,A1:A5)", cells)).toThrow(FormulaUnsupported);
    expect(() => valueOf("=MATCH(1,A1:A5,1)", cells)).toThrow(FormulaUnsupported);
    expect(() => valueOf('=MATCH("Open*",A1:A5,0)', cells)).toThrow(FormulaUnsupported);
  });

  it("finds back each value of a column through INDEX(…, MATCH(…))", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 30 }),
        fc.nat(),
        (values, pick) => {
          const column = Object.fromEntries(values.map((v, i) => [`B${i + 1}`, v]));
          const wanted = values[pick % values.length];
          const range = `$B$1:$B$${values.length}`;
          expect(valueOf(`=INDEX(${range},MATCH(${wanted},${range},0))`, column)).toBe(wanted);
          expect(valueOf(`=MATCH(${wanted},${range},0)`, column)).toBe(values.indexOf(wanted) + 1);
        }
      )
    );
  });
});
