import { readFileSync } from "fs";
import { join } from "path";
import { NATIVE_TWINS, nativeTwinFor } from "..";
import { lambdaParams, letNames, parenthesesBalance } from "./lambdaExpansion";

/** Excel's limit on the length of a formula, in characters. */
const EXCEL_FORMULA_LIMIT = 8192;

/** The signatures in docs/functions.md's headings, e.g. TIEREDCOST → "units, tiers, [mode], [per]". */
function documentedSignatures(): Map<string, string[]> {
  const docs = readFileSync(join(__dirname, "../../../../docs/functions.md"), "utf8");
  const signatures = new Map<string, string[]>();
  for (const [, fn, params] of docs.matchAll(/^## DEAL\.([A-Z]+)\(([^)]*)\)/gm)) {
    signatures.set(
      fn,
      params.split(",").map((p) => p.trim())
    );
  }
  return signatures;
}

describe.each(NATIVE_TWINS.map((t) => [t.fn, t] as const))("the %s LAMBDA", (fn, twin) => {
  it("is one well-formed LAMBDA with a LET body", () => {
    expect(twin.lambda.startsWith("=LAMBDA(")).toBe(true);
    expect(parenthesesBalance(twin.lambda)).toBe(true);
    expect(twin.lambda).toMatch(/^=LAMBDA\([^()]*,LET\(.*\)\)$/);
    expect(twin.lambda.length).toBeLessThanOrEqual(EXCEL_FORMULA_LIMIT);
  });

  it("takes the documented parameters, optional ones in brackets", () => {
    expect(lambdaParams(twin.lambda)).toEqual(documentedSignatures().get(fn));
  });

  it("names its values once each, with names Excel accepts in LET", () => {
    const names = letNames(twin.lambda);
    const params = lambdaParams(twin.lambda).map((p) => p.replace(/[[\]]/g, ""));
    const all = [...params, ...names].map((n) => n.toLowerCase());
    expect(new Set(all).size).toBe(all.length);
    for (const name of names) {
      expect(name).toMatch(/^[A-Za-z_][A-Za-z_]*$/); // no digits: nothing reads as a cell
      expect(name).not.toMatch(/^(r|c)$/i); // R1C1 references
    }
  });

  it("is defined under DEAL_ plus the function's name, with what it needs said", () => {
    expect(twin.name).toBe(`DEAL_${fn}`);
    expect(twin.requires).toMatch(/Microsoft 365/);
    expect(twin.requires).toMatch(/ISOMITTED/);
  });
});

describe("the twins' index", () => {
  it("has a twin for each function but ROLLOVER", () => {
    expect(NATIVE_TWINS.map((t) => t.fn)).toEqual(["TIEREDCOST", "SLACREDIT", "RAMPPRICE"]);
    expect(nativeTwinFor("ROLLOVER")).toBeUndefined();
  });

  it("finds a twin by the name as typed in a cell, in any case", () => {
    expect(nativeTwinFor("DEAL.TieredCost")?.fn).toBe("TIEREDCOST");
    expect(nativeTwinFor(" rampprice ")?.fn).toBe("RAMPPRICE");
    expect(nativeTwinFor("NOSUCH")).toBeUndefined();
  });
});

describe("inline forms for large inputs", () => {
  // Every argument in a cell (the longest spelling) and a 20-tier table or a 36-month ramp.
  const cases = [
    ["TIEREDCOST", ["Inputs!$B$1", "'Price list'!$A$2:$C$21", "Inputs!$B$2", "Inputs!$B$3"]],
    ["SLACREDIT", ["Inputs!$B$1", "Inputs!$B$2", "'SLA table'!$A$2:$B$21"]],
    ["RAMPPRICE", ["Inputs!$B$1", "Inputs!$B$2", "Ramp!$A$2:$A$37", "Inputs!$B$3", "Inputs!$B$4"]],
  ] as const;

  it.each(cases)("%s stays within Excel's formula length", (fn, args) => {
    const inline = nativeTwinFor(fn)?.inline?.([...args]) ?? "";
    expect(parenthesesBalance(inline)).toBe(true);
    expect(inline.length).toBeLessThanOrEqual(EXCEL_FORMULA_LIMIT);
  });
});
