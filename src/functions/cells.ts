import { ArgumentPlace, invalidInput } from "../pricing/errors";

/*
 * Reading Excel's arguments into typed values. Parameters are declared `any` / `any[][]` in the
 * metadata so that text, booleans and blanks reach DEAL instead of being refused silently by
 * Excel; these readers turn each one into a number or a named, explained #VALUE!.
 */

/** A cell value as Excel hands it over: number, string, boolean, null/undefined (omitted), or an error object. */
export type Cell = unknown;

/**
 * With `allowCustomDataForDataTypeAny` and `allowErrorForDataTypeAny` in the metadata, Excel may pass
 * a value as a data-type object (`{ type: "Double", basicValue: 0.5 }`, `{ type: "Error", … }`).
 * Plain values are returned as they are; simple data types are unwrapped to their basic value.
 */
export function unwrapCell(value: Cell): Cell {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const { type, basicValue } = value as { type?: unknown; basicValue?: unknown };
  if (type === "Empty") return "";
  if (type === "Double" || type === "FormattedNumber" || type === "String" || type === "Boolean") {
    return basicValue;
  }
  return value;
}

/** Blank: an empty cell, empty text, or an omitted optional argument. */
export function isBlank(value: Cell): boolean {
  const cell = unwrapCell(value);
  return cell === null || cell === undefined || cell === "";
}

/** The error's text (#N/A, #DIV/0!, …) when the value is an Excel error in any of its forms. */
function errorText(value: Cell): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { code, basicValue, errorType, type } = value as Record<string, unknown>;
  if (typeof code === "string") return code;
  if (type !== "Error") return undefined;
  if (typeof basicValue === "string") return basicValue;
  return typeof errorType === "string" ? `#${errorType}` : "an error value";
}

/** How a received value reads in an error message. */
export function describeCell(value: Cell): string {
  const cell = unwrapCell(value);
  if (isBlank(cell)) return "a blank";
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "string") {
    const shown = cell.length > 40 ? `${cell.slice(0, 40)}…` : cell;
    return `text "${shown}"`;
  }
  const error = errorText(cell);
  if (error !== undefined) return `the error ${error}`;
  if (Array.isArray(cell)) return "a range";
  return "a value that is not a number";
}

/** A required number. Blanks, text, booleans, errors and non-finite numbers are input problems. */
export function readNumber(value: Cell, place: ArgumentPlace, expected: string): number {
  const cell = unwrapCell(value);
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  throw invalidInput(place, expected, describeCell(value));
}

/** An optional number: blank or omitted gives `undefined`, so the core applies its default. */
export function readOptionalNumber(
  value: Cell,
  place: ArgumentPlace,
  expected: string
): number | undefined {
  return isBlank(value) ? undefined : readNumber(value, place, expected);
}

/**
 * A range argument as rows of cells. Excel passes ranges as arrays of rows and wraps a value typed
 * in the formula as [[value]]; anything else is treated as a single value.
 */
export function asRows(value: Cell): readonly Cell[][] {
  if (!Array.isArray(value)) return [[value]];
  return value.map((row) => (Array.isArray(row) ? row : [row]));
}

/** The rows without trailing all-blank rows and trailing all-blank columns (spare cells a user selected). */
export function trimTrailingBlanks(rows: readonly Cell[][]): Cell[][] {
  let height = rows.length;
  while (height > 0 && rows[height - 1].every(isBlank)) height--;
  let width = 0;
  for (let r = 0; r < height; r++) {
    const row = rows[r];
    for (let c = row.length - 1; c >= width; c--) {
      if (!isBlank(row[c])) {
        width = c + 1;
        break;
      }
    }
  }
  const trimmed: Cell[][] = [];
  for (let r = 0; r < height; r++) {
    const row = rows[r];
    trimmed.push(row.length === width ? row : Array.from({ length: width }, (_, c) => row[c]));
  }
  return trimmed;
}

/**
 * A list given as one row or one column, trailing blanks ignored.
 * @throws PricingError when the range has more than one row and more than one column.
 */
export function readCellList(value: Cell, place: ArgumentPlace, shapeExpected: string): Cell[] {
  const rows = trimTrailingBlanks(asRows(value));
  if (rows.length === 0) return [];
  if (rows.length === 1) return rows[0];
  if (rows[0].length === 1) return rows.map((row) => row[0]);
  throw invalidInput(place, shapeExpected, `${rows.length} rows × ${rows[0].length} columns`);
}

/** A list of numbers, one row or one column; blank cells inside the list count as 0. */
export function readNumberList(
  value: Cell,
  place: ArgumentPlace,
  expected: string,
  shapeExpected: string
): number[] {
  return readCellList(value, place, shapeExpected).map((cell, i) =>
    isBlank(cell) ? 0 : readNumber(cell, { ...place, row: i + 1 }, expected)
  );
}

/** A table row that is not all blank, with its 1-based row number in the user's range. */
export interface TableRow {
  readonly cells: readonly Cell[];
  readonly row: number;
}

/** The rows of a table that are not all blank, after trailing blank rows and columns are trimmed. */
export function readTableRows(rows: readonly Cell[][]): TableRow[] {
  const table: TableRow[] = [];
  rows.forEach((cells, index) => {
    if (!cells.every(isBlank)) table.push({ cells, row: index + 1 });
  });
  return table;
}
