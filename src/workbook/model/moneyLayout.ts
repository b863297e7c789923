/*
 * Where the summary's "Money over time" and "Exit" blocks sit (zero-based rows), under the
 * exposure tables: the discount rate, a row per figure with a column per offer, the cheapest at
 * present value, then a row per exit month with a column per offer and the cheapest beside them.
 */

/** Rows of the money block, in order, under its header of offer names. */
export const MONEY_ROWS = [
  "cash",
  "presentValue",
  "aboveCheapest",
  "billing",
  "prepaymentDiscount",
  "impliedRate",
  "prepayingPays",
] as const;
export type MoneyRow = (typeof MONEY_ROWS)[number];

export interface MoneyLayout {
  readonly heading: number;
  /** The discount rate a year (an input) and a month, in column B. */
  readonly discountRateRow: number;
  readonly monthlyRateRow: number;
  /** The row of offer names; MONEY_ROWS follow it. */
  readonly header: number;
  readonly cheapestRow: number;
  readonly exitHeading: number;
  /** The row of offer names heading the exit table; a row per exit month follows. */
  readonly exitHeader: number;
  readonly exitRows: readonly number[];
  readonly bottom: number;
}

export const moneyRow = (money: MoneyLayout, name: MoneyRow): number =>
  money.header + 1 + MONEY_ROWS.indexOf(name);

/** The blocks from `heading` down, with `exitMonths` exit months. */
export function moneyLayout(heading: number, exitMonths: number): MoneyLayout {
  const discountRateRow = heading + 2;
  const header = discountRateRow + 3;
  const cheapestRow = header + MONEY_ROWS.length + 1;
  const exitHeading = cheapestRow + 2;
  const exitHeader = exitHeading + 2;
  const exitRows = Array.from({ length: exitMonths }, (_, i) => exitHeader + 1 + i);
  return {
    heading,
    discountRateRow,
    monthlyRateRow: discountRateRow + 1,
    header,
    cheapestRow,
    exitHeading,
    exitHeader,
    exitRows,
    bottom: exitRows[exitRows.length - 1] ?? exitHeader,
  };
}
