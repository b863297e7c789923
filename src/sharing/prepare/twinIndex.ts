import type { NativeTwin } from "../nativeTwin";
import { dealName, findDealCalls, renameCalls } from "./formulaCalls";

/** The twins by DEAL function, and by workbook name (upper-case) to the function. */
export interface TwinIndex {
  readonly byFn: ReadonlyMap<string, NativeTwin>;
  readonly byName: ReadonlyMap<string, string>;
}

export function indexTwins(twins: readonly NativeTwin[]): TwinIndex {
  return {
    byFn: new Map(twins.map((twin) => [twin.fn.toUpperCase(), twin])),
    byName: new Map(twins.map((twin) => [twin.name.toUpperCase(), twin.fn.toUpperCase()])),
  };
}

export const sameName = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/** The twin with its dependencies (twins its LAMBDA calls), dependencies first. */
export function twinClosure(twin: NativeTwin, index: TwinIndex): NativeTwin[] {
  const ordered: NativeTwin[] = [];
  const visit = (current: NativeTwin, seen: Set<string>) => {
    if (seen.has(current.name) || ordered.includes(current)) return;
    seen.add(current.name);
    for (const call of findDealCalls(current.lambda, index.byName)) {
      const dependency = call.form === "twin" ? index.byFn.get(call.fn) : undefined;
      if (dependency !== undefined) visit(dependency, seen);
    }
    ordered.push(current);
  };
  visit(twin, new Set());
  return ordered;
}

/** A formula with its twin calls turned back into DEAL calls. */
export function toDealForm(formula: string, index: TwinIndex): string {
  const calls = findDealCalls(formula, index.byName).filter((call) => call.form === "twin");
  return renameCalls(formula, calls, (call) => dealName(call.fn));
}
