import type { ArgumentPlace } from "../pricing/errors";
import { EXPECTED } from "../pricing/expectations";
import { Cell, isBlank, readNumber, readNumberList, readOptionalNumber } from "./cells";
import type { FunctionDeclaration, ParameterDeclaration } from "./declarations";
import { toExcelError } from "./excelError";

/*
 * The one runner of DEAL's cell functions, as HyperFormula runs its plugins' functions: it reads
 * a call's arguments in the declared order, each by its declaration (a number or a list checked
 * against its rule, a blank optional one left undefined for the core's default) or by the
 * function's own reader for a table or text, then runs the body, and turns whatever is thrown
 * into the error Excel shows. The first bad argument, in order, is the one the message names.
 */

/** Reads one argument; `call` holds all the call's cells, for an argument read with others. */
export type ArgumentReader<T> = (value: Cell, call: readonly Cell[]) => T;

type ParameterOf<D extends FunctionDeclaration> = D["parameters"][number];

/** What the runner makes of a number or a list argument by its declaration. */
type DeclaredValue<P extends ParameterDeclaration> = P["kind"] extends "number"
  ? P["optional"] extends true
    ? number | undefined
    : number
  : P["kind"] extends "list"
    ? P["optional"] extends true
      ? number[] | undefined
      : number[]
    : never;

/** The function's own readers: one for each table or text argument, and any number or list it reads its own way. */
export type Readers<D extends FunctionDeclaration> = {
  [
    P in ParameterOf<D> as P["kind"] extends "table" | "text" ? P["name"] : never
  ]: ArgumentReader<unknown>;
} & {
  [
    P in ParameterOf<D> as P["kind"] extends "number" | "list" ? P["name"] : never
  ]?: ArgumentReader<unknown>;
};

/** The arguments as the body gets them, by name. */
export type Arguments<D extends FunctionDeclaration, R> = {
  [P in ParameterOf<D> as P["name"]]: P["name"] extends keyof R
    ? R[P["name"]] extends ArgumentReader<infer T>
      ? T
      : DeclaredValue<P>
    : DeclaredValue<P>;
};

/** The reader of a number or a list argument, from its declaration. */
function declaredReader(
  parameter: ParameterDeclaration,
  place: ArgumentPlace
): ArgumentReader<unknown> {
  const { rule, optional } = parameter;
  if (parameter.kind === "number") {
    return optional
      ? (value) => readOptionalNumber(value, place, rule)
      : (value) => readNumber(value, place, rule);
  }
  if (parameter.kind === "list") {
    const read = (value: Cell) => readNumberList(value, place, rule, EXPECTED.oneRowOrColumn);
    return optional ? (value) => (isBlank(value) ? undefined : read(value)) : read;
  }
  throw new Error(
    `DEAL.${place.fn}: the ${parameter.kind} argument ${parameter.name} has no reader`
  );
}

/**
 * A DEAL cell function from its declaration, its own readers and its body (which calls the core).
 * @returns The function of the call's cells, in the declared order, that Excel's adapter calls.
 */
export function cellFunction<D extends FunctionDeclaration, R extends Readers<D>, Result>(
  declaration: D,
  readers: R,
  body: (args: Arguments<D, R>) => Result
): (...call: Cell[]) => Result {
  const fn = declaration.name;
  const own = readers as Partial<Record<string, ArgumentReader<unknown>>>;
  const names = declaration.parameters.map((parameter) => parameter.name);
  const steps = declaration.parameters.map(
    (parameter) => own[parameter.name] ?? declaredReader(parameter, { fn, arg: parameter.name })
  );
  return (...call) => {
    try {
      const args: Record<string, unknown> = {};
      for (let i = 0; i < steps.length; i++) args[names[i]] = steps[i](call[i], call);
      return body(args as Arguments<D, R>);
    } catch (error) {
      throw toExcelError(error, fn);
    }
  };
}
