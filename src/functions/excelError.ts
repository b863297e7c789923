import { FunctionName, PricingError } from "../pricing/errors";

/**
 * Turns anything a DEAL function throws into the error Excel shows in the cell: input problems are
 * #VALUE! with the core's message, results too large are #NUM!. Anything else is a defect in DEAL,
 * reported as #VALUE! rather than as an unexplained failure.
 */
export function toExcelError(error: unknown, fn: FunctionName): CustomFunctions.Error {
  if (error instanceof CustomFunctions.Error) return error;
  if (error instanceof PricingError) {
    const code =
      error.code === "resultTooLarge"
        ? CustomFunctions.ErrorCode.invalidNumber
        : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new CustomFunctions.Error(
    CustomFunctions.ErrorCode.invalidValue,
    `DEAL.${fn}: unexpected problem (${detail}). Please report it with the cells you used.`
  );
}
