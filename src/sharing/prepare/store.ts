import { parseCellAddress } from "../../formula";
import type { OfficeCell, StoredFormula } from "./types";

/*
 * Where "values" keeps the formulas it replaces: a very hidden worksheet, "DEAL formulas", with a
 * header row and one row per formula (sheet, sheet id, cell, formula, spill size, the value DEAL
 * wrote). It travels inside the file, works in every Excel that runs the add-in, needs no add-in
 * to be read (a very hidden sheet can be shown again from VBA or by any xlsx reader), and holds
 * formulas of any length (a cell takes 32,767 characters; a formula is at most 8,192).
 *
 * Every text is written with a leading apostrophe, Excel's text marker, which Excel keeps out of
 * the cell's value: a formula is stored as its exact text and never evaluated, and a sheet name
 * such as "Jan 2026" stays text instead of becoming a date.
 */

/** The sheet's name when DEAL creates it (a free variant if a sheet of the user's has it). */
export const STORE_SHEET_NAME = "DEAL formulas";
/** The value of the store sheet's "DEAL.key" custom property: how DEAL finds it after a rename. */
export const STORE_SHEET_KEY = "sharing-formulas";

export const STORE_HEADER: readonly string[] = [
  "Sheet",
  "Sheet id",
  "Cell",
  "Formula",
  "Spill rows",
  "Spill columns",
  "Value",
  "Formulas DEAL replaced with their values or native ledgers (Prepare for sharing). Restore DEAL formulas in the DEAL taskpane puts them back; do not edit.",
];

/** The number of columns a record fills. */
const RECORD_WIDTH = 7;

/** Text as written to the store: always with Excel's text marker. */
const asText = (text: string): string => `'${text}`;

/** The store's rows for these records (and rows kept as they were), header first. */
export function storeRows(
  records: readonly StoredFormula[],
  unreadable: readonly (readonly OfficeCell[])[] = []
): OfficeCell[][] {
  const width = STORE_HEADER.length;
  const pad = (row: OfficeCell[]) => [...row, ...Array<OfficeCell>(width - row.length).fill("")];
  return [
    STORE_HEADER.map(asText),
    ...records.map((record) =>
      pad([
        asText(record.sheetName),
        asText(record.sheetId),
        asText(record.address),
        asText(record.formula),
        record.rows,
        record.columns,
        asText(record.value),
      ])
    ),
    ...unreadable.map((row) =>
      pad(row.slice(0, width).map((cell) => (typeof cell === "string" ? asText(cell) : cell)))
    ),
  ];
}

const isBlankRow = (row: readonly OfficeCell[]) => row.every((cell) => cell === "");

function positiveInteger(cell: OfficeCell): number | undefined {
  const n = typeof cell === "number" ? cell : typeof cell === "string" ? Number(cell) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : undefined;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** One stored row as a record, or undefined when it is not one DEAL wrote. */
function recordOf(row: readonly OfficeCell[]): StoredFormula | undefined {
  const [sheetName, sheetId, address, formula, rowsCell, columnsCell, value] = row;
  const rows = positiveInteger(rowsCell);
  const columns = positiveInteger(columnsCell);
  if (
    typeof sheetName !== "string" ||
    sheetName === "" ||
    typeof sheetId !== "string" ||
    typeof address !== "string" ||
    parseCellAddress(address) === undefined ||
    typeof formula !== "string" ||
    !formula.startsWith("=") ||
    rows === undefined ||
    columns === undefined ||
    typeof value !== "string" ||
    !isJson(value)
  ) {
    return undefined;
  }
  return { sheetName, sheetId, address: address.toUpperCase(), formula, rows, columns, value };
}

/**
 * The records in the store's cells (Range.values of its used range from A1, header first), and
 * the rows that are not records, to be kept as they are.
 */
export function readStoreRows(values: readonly (readonly OfficeCell[])[]): {
  records: StoredFormula[];
  unreadable: OfficeCell[][];
} {
  const records: StoredFormula[] = [];
  const unreadable: OfficeCell[][] = [];
  for (const row of values.slice(1)) {
    if (isBlankRow(row)) continue;
    const record = recordOf(row.slice(0, RECORD_WIDTH));
    if (record === undefined) unreadable.push([...row]);
    else records.push(record);
  }
  return { records, unreadable };
}

/** The JSON kept for a value DEAL wrote. */
export const valueJson = (value: OfficeCell): string => JSON.stringify(value);

/**
 * What DEAL wrote in place of a DEAL.ROLLOVER it gave a native ledger, kept as the record's value:
 * the ledger's place on the sheet of draw-downs, and the figure the formula's own cell refers to.
 */
export interface LedgerLink {
  /** The ledger's cells on the sheet of draw-downs, e.g. "A14:N29". */
  readonly ledger: string;
  /** The cell the formula's own cell refers to, its first figure, e.g. "D26". */
  readonly first: string;
}

export const ledgerLinkJson = (link: LedgerLink): string =>
  JSON.stringify({ ledger: link.ledger, first: link.first });

/** The ledger link a record's value holds, or undefined for a value. */
export function ledgerLinkOf(stored: string): LedgerLink | undefined {
  let kept: unknown;
  try {
    kept = JSON.parse(stored);
  } catch {
    return undefined;
  }
  if (typeof kept !== "object" || kept === null) return undefined;
  const { ledger, first } = kept as Record<string, unknown>;
  return typeof ledger === "string" && typeof first === "string" ? { ledger, first } : undefined;
}

/**
 * Whether a cell still holds the value DEAL wrote: exactly, or for numbers to Excel's 15
 * significant digits; text may come back with its text marker.
 */
export function holdsStoredValue(current: OfficeCell, stored: string): boolean {
  let expected: unknown;
  try {
    expected = JSON.parse(stored);
  } catch {
    return false;
  }
  if (typeof current === "number" && typeof expected === "number") {
    return current === expected || current.toPrecision(15) === expected.toPrecision(15);
  }
  if (typeof current === "string" && typeof expected === "string") {
    return current === expected || current === `'${expected}`;
  }
  return current === expected;
}
