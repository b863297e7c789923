import { BILLING_FREQUENCIES, type Offer } from "../../dealModel";
import type { CellValue } from "../plan";
import type { OfferField, OfferFieldName } from "./offerFields";

/*
 * The offer's inputs for money over time: how the committed fees are billed and the discount for
 * paying in advance, with the months a bill covers and the discount's implied annual rate worked
 * out beside them, and the terms of an exit for convenience (cashFlows.ts, exitCost.ts). An offer
 * without exit terms shows notice 0, fee 0 and the exit allowed from the term's last month, which
 * the formulas price as no exit before the term ends.
 */

export type MoneyFieldName =
  | "billingFrequency"
  | "prepaymentDiscount"
  | "monthsPerBill"
  | "impliedRate"
  | "noticeMonths"
  | "exitFeeMonths"
  | "exitFrom";

const [MONTHLY, QUARTERLY, ANNUALLY, UP_FRONT] = BILLING_FREQUENCIES;

const input = (
  name: OfferFieldName,
  label: string,
  value: CellValue,
  numberFormat?: string
): OfferField => ({ name, label, kind: "input", value, numberFormat });

const worked = (
  name: OfferFieldName,
  label: string,
  numberFormat: string,
  formulaOf: OfferField["formulaOf"]
): OfferField => ({ name, label, kind: "formula", value: null, numberFormat, formulaOf });

/** Months a bill covers, from the frequency: 1, 3, 12 or the term; #N/A for another word. */
function monthsPerBillFormula(f: (name: OfferFieldName) => string): string {
  const frequency = f("billingFrequency");
  const cases: [string, string][] = [
    [MONTHLY, "1"],
    [QUARTERLY, "3"],
    [ANNUALLY, "12"],
    [UP_FRONT, f("term")],
  ];
  return `=${cases.map(([word, months]) => `IF(${frequency}="${word}",${months},`).join("")}NA()${")".repeat(cases.length)}`;
}

/**
 * The annual rate at which paying a bill's months at once, at (1 − discount), costs the same as
 * paying them month by month: RATE over the bill's months; blank when there is no such rate.
 */
function impliedRateFormula(f: (name: OfferFieldName) => string): string {
  const [d, months] = [f("prepaymentDiscount"), f("monthsPerBill")];
  const value = `${months}*(1-${d})`;
  return `=IF(OR(${d}=0,${months}=1,${value}<=1),"",(1+RATE(${months},-1,${value},0,1))^12-1)`;
}

/** The billing and exit fields, in display order. */
export function moneyFields(offer: Offer): OfferField[] {
  const { billing, exit } = offer;
  return [
    input(
      "billingFrequency",
      `Committed fees billed: ${BILLING_FREQUENCIES.join(", ")}`,
      billing.frequency
    ),
    input(
      "prepaymentDiscount",
      "Prepayment discount (off the committed fees)",
      billing.prepaymentDiscount,
      "0.0%"
    ),
    worked("monthsPerBill", "Months a bill covers", "0", monthsPerBillFormula),
    worked("impliedRate", "The discount as interest (a year)", "0.00%", impliedRateFormula),
    input("noticeMonths", "Exit: notice (months)", exit?.noticeMonths ?? 0, "0"),
    input("exitFeeMonths", "Exit: fee (months of committed fees)", exit?.feeMonths ?? 0, "0.0"),
    input(
      "exitFrom",
      "Exit allowed from month (the term's last: none)",
      exit?.earliestMonth ?? offer.termMonths,
      "0"
    ),
  ];
}
