/*
 * The globals Excel's custom-functions runtime provides (CustomFunctions.Error, ErrorCode,
 * associate), for running DEAL's function adapters outside Excel: the file writer in Node, the
 * showcase, the benchmark and the tests. Same shapes as @types/custom-functions-runtime.
 */

export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

/** A fresh CustomFunctions global that records what `associate` registers. */
export function createCustomFunctionsGlobal() {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  return {
    Error: CustomFunctionsError,
    ErrorCode,
    associated,
    associate(id: string, fn: (...args: unknown[]) => unknown) {
      associated.set(id, fn);
    },
  };
}

/** Installs the stand-in as the global CustomFunctions, unless a runtime (Excel's, a test's) has. */
export function ensureCustomFunctionsGlobal(): void {
  const scope = globalThis as { CustomFunctions?: unknown };
  if (scope.CustomFunctions === undefined) scope.CustomFunctions = createCustomFunctionsGlobal();
}
