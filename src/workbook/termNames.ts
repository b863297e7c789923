/*
 * Workbook names by which the deal model shows the checklists the terms it holds: the model sheet
 * defines a `DEAL_Term_*` name on each of its first offer's input cells that a checklist item
 * negotiates (model/termNamePlans.ts says which cell; the newest model takes the names over), and
 * the item's "Model (offer 1)" cell shows the figure as text, linked to the cell
 * (checklistModelLinks.ts). A name no model defines is #NAME?, which leaves the cell blank.
 *
 * The texts are built with ROUND and & only: HyperFormula 3.5 mishandles TEXT (TEXT(80000,"#,##0")
 * gives "80000,##0") and has neither FIXED nor DOLLAR, and the file writer's evaluator computes
 * the same formulas.
 */

/** Every term name, by its short name; the workbook name is DEAL_Term_ and the short name. */
export const TERM_NAMES = [
  "PriceChangeYear2",
  "CommitmentYear1",
  "CommitmentYear2",
  "RenewalCap",
  "ExitFeeMonths",
  "NoticeMonths",
  "ExitFrom",
  "Billing",
  "PrepaymentDiscount",
  "PrepaymentRate",
  "KeptDiscount",
  "PoolModels",
  "RolloverCap",
  "RolloverExpiry",
  "BurstMultiple",
  "BurstWindow",
  "OverageRate",
  "PlatformFee",
  "SeatPrice",
  "SlaPerStep",
  "SlaStep",
  "SlaTarget",
] as const;

export type TermName = (typeof TERM_NAMES)[number];

/** The workbook name of a term: "DEAL_Term_RenewalCap". */
export const termWorkbookName = (name: TermName): string => `DEAL_Term_${name}`;

/**
 * How a checklist item shows the model's terms: the names it reads (the first is where its link
 * goes) and the formula of its text from those names' workbook names, in the same order.
 */
export interface TermLink {
  readonly names: readonly TermName[];
  readonly text: (names: readonly string[]) => string;
}

/** A share as "5%" (one decimal at most). */
const percent = (x: string) => `ROUND(${x}*100,1)&"%"`;
/** Money as "$120k" from $10,000, else "$40" or "$0.25". */
const money = (x: string) => `IF(${x}>=10000,"$"&ROUND(${x}/1000,0)&"k","$"&ROUND(${x},2))`;
/** A multiple as "1.05x". */
const times = (x: string) => `ROUND(${x},2)&"x"`;

/** The items that show a term of the model, by item id. */
export const TERM_LINKS: Readonly<Record<string, TermLink>> = {
  "REN-02": { names: ["PriceChangeYear2"], text: ([x]) => `${percent(x)}&" in year 2"` },
  "REN-03": {
    names: ["CommitmentYear1", "CommitmentYear2"],
    text: ([a, b]) => `${money(a)}&" in year 1, "&${money(b)}&" in year 2"`,
  },
  "REN-05": { names: ["RenewalCap"], text: ([x]) => `${percent(x)}&" a year"` },
  "REN-09": {
    names: ["ExitFeeMonths", "NoticeMonths"],
    text: ([fee, notice]) => `${fee}&" months of fees on "&${notice}&" months' notice"`,
  },
  "REN-12": { names: ["ExitFrom"], text: ([x]) => `"exit from month "&${x}` },
  "PRC-05": {
    names: ["Billing", "PrepaymentDiscount", "PrepaymentRate"],
    // The rate is blank without a prepayment discount (monthly bills, or none).
    text: ([billing, d, r]) =>
      `${billing}&", "&${percent(d)}&" off"&IF(ISNUMBER(${r})," ("&${percent(r)}&" a year)","")`,
  },
  "CST-02": {
    names: ["KeptDiscount"],
    text: ([x]) => `IF(ISNUMBER(${x}),"list - "&${percent(x)}&" at most","none")`,
  },
  "CST-03": { names: ["PoolModels"], text: ([x]) => `${x}&" models in one pool"` },
  "CST-04": {
    names: ["RolloverCap", "RolloverExpiry"],
    text: ([cap, expiry]) =>
      `${percent(cap)}&IF(ISNUMBER(${expiry})," for "&${expiry}&" months",", no expiry")`,
  },
  "CST-05": {
    names: ["BurstMultiple", "BurstWindow"],
    text: ([multiple, window]) => `${times(multiple)}&" within "&${window}&" months"`,
  },
  "CST-06": { names: ["OverageRate"], text: ([x]) => `${times(x)}&" the committed rate"` },
  "CAP-04": { names: ["PlatformFee"], text: ([x]) => `${money(x)}&" a year"` },
  "CAP-05": { names: ["SeatPrice"], text: ([x]) => `${money(x)}&" a seat-month"` },
  "SLA-04": {
    names: ["SlaPerStep", "SlaStep", "SlaTarget"],
    text: ([perStep, step, target]) =>
      `${percent(perStep)}&" per "&ROUND(${step}*100,2)&"% below "&ROUND(${target}*100,2)&"%"`,
  },
};

/** How the item with this id shows the model's terms; undefined for an item that shows none. */
export function termLinkOf(itemId: string): TermLink | undefined {
  // Own keys only: an id such as "toString" is not a link.
  return Object.prototype.hasOwnProperty.call(TERM_LINKS, itemId) ? TERM_LINKS[itemId] : undefined;
}

/**
 * The formula of an item's "Model (offer 1)" cell: blank while any of its names is
 * undefined (no model yet, or its sheet deleted) or in error, else its text linked to the first
 * name's cell. Only DEAL's own constant text goes into it.
 */
export function termLinkFormula(link: TermLink): string {
  const names = link.names.map(termWorkbookName);
  const missing =
    names.length === 1
      ? `ISERROR(${names[0]})`
      : `OR(${names.map((name) => `ISERROR(${name})`).join(",")})`;
  return `=IF(${missing},"",HYPERLINK("#${names[0]}",${link.text(names)}))`;
}
