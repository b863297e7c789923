/**
 * A stand-in for the globals Excel's custom-functions runtime provides (CustomFunctions.Error,
 * ErrorCode, associate), with the same shapes as @types/custom-functions-runtime, so that the
 * function adapters and the built dist/functions.js run under jest as they run in Excel.
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
