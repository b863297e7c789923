/**
 * The yardstick: the same graduated tier walk in plain floating point, reading the same cells,
 * as a spreadsheet formula or a naive add-in would compute it. Inexact (0.1 + 0.2 ≠ 0.3); it is
 * here only to measure DEAL against.
 */
export function floatTieredCost(units: number, cells: readonly unknown[][], per: number): number {
  let cost = 0;
  let lower = 0;
  for (const row of cells) {
    const bound = row[0] === "" ? Infinity : (row[0] as number);
    const price = row[1] as number;
    const fee = row.length > 2 && row[2] !== "" ? (row[2] as number) : 0;
    if (typeof price !== "number") throw new Error("price");
    cost += ((Math.min(units, bound) - lower) / per) * price + fee;
    if (units <= bound) break;
    lower = bound;
  }
  return cost;
}
