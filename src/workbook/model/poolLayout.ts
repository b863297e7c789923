import type { Offer } from "../../dealModel";

/*
 * Where an offer's pool of models and its list schedule sit on the model sheet, under the offer's
 * single-cell inputs and lists, across the sheet's width: labels in A, a column per pool model
 * from B, then the pool's column. The list schedule (price protection) follows: a row per step
 * of the vendor's list prices, month 1 first.
 */

/** Rows of the pool table, in order: inputs, then the blended prices the formulas give. */
export const POOL_ROWS = [
  "model",
  "share",
  "listInput",
  "listOutput",
  "listCacheHit",
  "listCacheWrite",
  "listBatchInput",
  "listBatchOutput",
  "listLongContextInput",
  "listLongContextOutput",
  "batchShare",
  "longContextShare",
  "blendedInput",
  "blendedOutput",
] as const;
export type PoolRow = (typeof POOL_ROWS)[number];

export interface PoolArea {
  readonly heading: number;
  /** The header row: the models' numbers and "Pool". */
  readonly header: number;
  readonly models: number;
  /** Under the rows: a warning unless the shares add up to 100%. */
  readonly checkRow: number;
}

/** Columns of the list schedule: from month, a factor per model, the pool's prices and their steps. */
export interface ListScheduleArea {
  readonly heading: number;
  readonly header: number;
  /** Rows: month 1 (factors 1, fixed), then one per step of the offer's schedule. */
  readonly rows: number;
  readonly models: number;
}

export const POOL_LABEL_COLUMN = 0;
/** Column of pool model k (0-based). */
export const poolModelColumn = (k: number): number => 1 + k;
/** Column of the pool's totals, right of its models. */
export const poolTotalColumn = (pool: PoolArea): number => poolModelColumn(pool.models);
export const poolRow = (pool: PoolArea, name: PoolRow): number =>
  pool.header + 1 + POOL_ROWS.indexOf(name);

/** The list schedule's columns, from A. */
export const listScheduleColumns = (models: number) => ({
  from: 0,
  factor: (k: number) => 1 + k,
  poolInput: 1 + models,
  poolOutput: 2 + models,
  stepInput: 3 + models,
  stepOutput: 4 + models,
  check: 5 + models,
});

/** The pool table and, with price protection, the list schedule from `top`; and the last row used. */
export function poolLayout(
  offer: Offer,
  top: number
): { pool: PoolArea; listSchedule?: ListScheduleArea; bottom: number } {
  const models = offer.models.length;
  const pool: PoolArea = {
    heading: top,
    header: top + 1,
    models,
    checkRow: top + 2 + POOL_ROWS.length,
  };
  const protection = offer.priceProtection;
  if (protection === null) return { pool, bottom: pool.checkRow };
  const heading = pool.checkRow + 2;
  const listSchedule: ListScheduleArea = {
    heading,
    header: heading + 1,
    rows: 1 + protection.listSchedule.length,
    models,
  };
  return { pool, listSchedule, bottom: listSchedule.header + listSchedule.rows };
}
