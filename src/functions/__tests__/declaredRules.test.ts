import { callCell, excelError } from "../../../test/support/cellCall";
import { DECLARATIONS, FUNCTION_NAMES } from "../declarations";
import { FUNCTIONS, VALID_CALLS } from "./support/dealFunctions";

/*
 * The runner checks every number and list argument by its declaration: text in one argument of an
 * otherwise valid call is refused with #VALUE! and the declared rule, at the declared place; a
 * blank optional argument means the same as leaving it out.
 */

const cases = FUNCTION_NAMES.flatMap((name) =>
  DECLARATIONS[name].parameters.flatMap((parameter, index) =>
    parameter.kind === "number" || parameter.kind === "list" ? [{ name, parameter, index }] : []
  )
);

describe("arguments checked by their declarations", () => {
  it.each(FUNCTION_NAMES)("%s: the valid call the cases build on returns a value", (name) => {
    expect(() => FUNCTIONS[name](...VALID_CALLS[name])).not.toThrow();
  });

  it.each(cases.map((c) => [`${c.name} ${c.parameter.name}`, c] as const))(
    "%s: text is refused with the declared rule",
    (_, { name, parameter, index }) => {
      const args = [...VALID_CALLS[name]];
      const list = parameter.kind === "list";
      // In a list, the bad cell is the second: a list of one may be read as a single number.
      args[index] = list ? [[0], ["abc"]] : "abc";
      const place = list ? `${parameter.name} row 2` : parameter.name;
      expect(excelError(() => FUNCTIONS[name](...args))).toEqual({
        code: "#VALUE!",
        message: `DEAL.${name}: ${place}: expected ${parameter.rule}; got text "abc".`,
      });
    }
  );

  it.each(FUNCTION_NAMES)("%s: a blank optional argument is the same as one left out", (name) => {
    const { parameters } = DECLARATIONS[name];
    const required = parameters.filter((parameter) => !parameter.optional).length;
    const base = VALID_CALLS[name].slice(0, required);
    const blanks = parameters.slice(required).map(() => "");
    const omitted = callCell(() => FUNCTIONS[name](...base));
    expect(callCell(() => FUNCTIONS[name](...base, ...blanks))).toEqual(omitted);
    // With every optional argument left out, the call gives a value (SLACREDIT's linear clause, which needs per_step, an error).
    expect("value" in omitted).toBe(name !== "SLACREDIT");
  });
});
