import { CustomFunctionsError } from "../../src/functions/standInRuntime";

/** What a cell would show: the returned value, or the Excel error (code and message) it threw. */
export type CellOutcome = { value: unknown } | { code: string; message: string };

export function callCell(compute: () => unknown): CellOutcome {
  try {
    return { value: compute() };
  } catch (error) {
    if (error instanceof CustomFunctionsError) return { code: error.code, message: error.message };
    throw error; // anything else is a bare exception: the tests treat it as a failure
  }
}

/** The Excel error a call throws; fails the test when it returns a value or throws anything else. */
export function excelError(compute: () => unknown): { code: string; message: string } {
  const outcome = callCell(compute);
  if ("value" in outcome)
    throw new Error(`expected an Excel error, got ${JSON.stringify(outcome.value)}`);
  return outcome;
}
