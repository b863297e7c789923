/*
 * DEAL's function adapters (src/functions) report bad input by throwing `CustomFunctions.Error`,
 * a global that Excel's custom-functions runtime provides. Outside Excel (the file writer runs in
 * Node) there is no such global, so this fills in the two members the adapters use, with the
 * shapes of @types/custom-functions-runtime. A global already there (Excel's, or a test's) is
 * left alone.
 */

const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

/** Defines `CustomFunctions.Error` and `CustomFunctions.ErrorCode` when no runtime has. */
export function ensureCustomFunctionsGlobal(): void {
  const scope = globalThis as { CustomFunctions?: unknown };
  if (scope.CustomFunctions !== undefined) return;
  scope.CustomFunctions = { Error: CustomFunctionError, ErrorCode: ERROR_CODES };
}
