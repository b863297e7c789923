import type { Offer } from "../../dealModel";
import { formula, range } from "../cellPlans";
import type { CellContent } from "../plan";
import type { OfferCells } from "./offerInputs";
import { scenarioColumn, type ScenarioBand, type ScenarioColumn } from "./modelLayout";

/*
 * A scenario band's burst columns and what it charges beyond the commitment, following
 * src/dealModel/burstSettlement.ts: burst usage is the overage within the multiple of the month's
 * commitment, MAX(0, MIN(overage, multiple × commitment − covered)); in a window's last month, the window's burst usage is balanced against the
 * commitment lost in it, and the rest charged at the committed rate. Windows run from month 1 in
 * blocks of the burst window; SUMIFS on the band's months sums a window. An annual pool's burst
 * columns stay blank: its overage is charged at the overage rate.
 */

type BurstColumn = Extract<ScenarioColumn, "burstEligible" | "burstBalanced" | "overageCharge">;

/** The formulas of the burst columns of `band`; `c` addresses the band's cells, `released` the month's commitment in. */
export function burstRule(
  offer: Offer,
  cells: OfferCells,
  band: ScenarioBand,
  released: (row: number) => string
): (
  name: BurstColumn,
  c: (name: ScenarioColumn, row: number) => string,
  row: number
) => CellContent | undefined {
  const f = cells.field;
  const rate = f("overageRate");
  if (offer.commitment.per === "year") {
    return (name, c, row) =>
      name === "overageCharge" ? formula(`=${c("overage", row)}*${rate}`) : undefined;
  }
  const [multiple, window, term] = [f("burstMultiple"), f("burstWindow"), f("term")];
  // From the header row: SUMIFS skips its text, and no other formula reads a range one row
  // shorter from there. (HyperFormula 3.5 fails to build a range over ROLLOVER's spill that it
  // meets both before and after the same range less its last row, as a year total is.)
  const column = (name: ScenarioColumn) =>
    range(band.header, scenarioColumn(name), band.lastMonth, scenarioColumn(name));
  const months = column("month");
  return (name, c, row) => {
    const month = c("month", row);
    const windowEnd = `OR(MOD(${month},${window})=0,${month}=${term})`;
    const inWindow = (name: ScenarioColumn) =>
      `SUMIFS(${column(name)},${months},">="&(${month}-MOD(${month}-1,${window})),${months},"<="&${month})`;
    switch (name) {
      case "burstEligible":
        return formula(
          `=MAX(0,MIN(${c("overage", row)},${multiple}*${released(row)}-${c("covered", row)}))`
        );
      case "burstBalanced": {
        const lost = `${inWindow("forfeited")}+IF(${month}=${term},${c("carriedOut", row)},0)`;
        return formula(`=IF(${windowEnd},MIN(${inWindow("burstEligible")},${lost}),0)`);
      }
      case "overageCharge":
        return formula(
          `=(${c("overage", row)}-${c("burstEligible", row)})*${rate}` +
            `+IF(${windowEnd},${inWindow("burstEligible")}-${c("burstBalanced", row)},0)`
        );
    }
  };
}
