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

/** The value the body gets for one parameter: its own reader's, or the declared kind's. */
type ValueOf<P extends ParameterDeclaration, R> = P["name"] extends keyof R
  ? R[P["name"]] extends ArgumentReader<infer T>
    ? T
    : DeclaredValue<P>
  : DeclaredValue<P>;

/** The values of these parameters, in their order. */
type ValuesOf<Ps extends readonly ParameterDeclaration[], R> = {
  -readonly [I in keyof Ps]: Ps[I] extends ParameterDeclaration ? ValueOf<Ps[I], R> : never;
};

/** The arguments as the body gets them: in the declared order, each typed by its reader. */
export type ArgumentList<D extends FunctionDeclaration, R> = ValuesOf<D["parameters"], R>;

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

/** Reads nothing: the place of a parameter a function does not have (the runner reads nine). */
const absent: ArgumentReader<undefined> = () => undefined;

const NO_CALL: readonly Cell[] = [];

/** The most arguments a DEAL function takes. */
const MAX_ARITY = 9;

/**
 * A DEAL cell function from its declaration, its own readers and its body (which calls the core).
 * The arguments are read one after another, left to right, by nine fixed readers rather than a
 * loop over an object: the function runs on every recalculation of every cell (npm run bench).
 * @returns The function of the call's cells, in the declared order, that Excel's adapter calls.
 */
export function cellFunction<D extends FunctionDeclaration, R extends Readers<D>, Result>(
  declaration: D,
  readers: R,
  body: (...args: ArgumentList<D, R>) => Result
): (...call: Cell[]) => Result {
  const fn = declaration.name;
  const own = readers as Partial<Record<string, ArgumentReader<unknown>>>;
  if (declaration.parameters.length > MAX_ARITY) {
    throw new Error(`DEAL.${fn}: the runner reads at most ${MAX_ARITY} arguments`);
  }
  const steps = declaration.parameters.map(
    (parameter) => own[parameter.name] ?? declaredReader(parameter, { fn, arg: parameter.name })
  );
  const [r0, r1, r2, r3, r4, r5, r6, r7, r8] = [
    ...steps,
    ...Array<ArgumentReader<unknown>>(MAX_ARITY).fill(absent),
  ];
  const run = body as (...args: unknown[]) => Result;
  // Only a reader that takes other arguments with its own (two parameters) needs the whole call.
  const readsWithOthers = steps.some((step) => step.length > 1);
  return (c0, c1, c2, c3, c4, c5, c6, c7, c8) => {
    try {
      const call = readsWithOthers ? [c0, c1, c2, c3, c4, c5, c6, c7, c8] : NO_CALL;
      return run(
        r0(c0, call),
        r1(c1, call),
        r2(c2, call),
        r3(c3, call),
        r4(c4, call),
        r5(c5, call),
        r6(c6, call),
        r7(c7, call),
        r8(c8, call)
      );
    } catch (error) {
      throw toExcelError(error, fn);
    }
  };
}
