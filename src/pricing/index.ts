/**
 * DEAL's pricing core: exact decimal pricing for AI contracts. Pure TypeScript, no Office, no DOM;
 * the custom functions, sheet builders and deal model all call it.
 */
export { PricingError, type FunctionName, type PricingErrorCode } from "./errors";
export { tieredCost, validateTieredCost } from "./tieredCost";
export { parseTierMode } from "./tierMode";
export { TierTable } from "./tierTable";
export type { Tier, TierMode, TieredCostInput } from "./tierTypes";
export { rollover, validateRollover } from "./rollover";
export { ROLLOVER_MAX_PERIODS, type RolloverPeriod, type RolloverTerms } from "./rolloverTypes";
export { slaCredit, validateSlaCredit } from "./slaCredit";
export type { CreditSchedule, CreditTableRow, SlaCreditTerms } from "./slaTypes";
export { rampPrice, validateRamp, RAMP_MAX_PERIOD, type RampTerms } from "./rampPrice";
export { commitCost, commitCostExact, validateCommitCost } from "./commitCost";
export type { CommitCostTerms } from "./commitCostTypes";
export { settleBursts, type BurstSettlement } from "./burst";
export {
  commitCostSizing,
  sizeCommitment,
  type CommitScenario,
  type CommitmentGrid,
  type CommitmentSizing,
} from "./bestCommitment";
