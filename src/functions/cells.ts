import { ArgumentPlace, FunctionName, invalidInput } from "../pricing/errors";

/*
 * Reading Excel's arguments into typed values. Parameters are declared `any` / `any[][]` in the
 * metadata so that text, booleans, blanks and errors reach DEAL instead of being refused silently
 * by Excel; these readers turn each one into a number or a named, explained #VALUE!.
 * They run on every recalculation of every cell, so on the success path they copy nothing and
 * build error places only when a check fails.
 */

/** A cell value as Excel hands it over: number, string, boolean, null/undefined (omitted), or an object. */
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
  if (value === "" || value === null || value === undefined) return true;
  if (typeof value !== "object") return false;
  const cell = unwrapCell(value);
  return cell === "" || cell === null || cell === undefined;
}

/** The error's text (#N/A, #DIV/0!, …) when the value is an Excel error in any of its forms. */
function errorText(value: Cell): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { code, basicValue, errorType, type } = value as Record<string, unknown>;
  if (typeof code === "string") return code;
  if (type !== "Error") return undefined;
  if (typeof basicValue === "string") return basicValue;
  return typeof errorType === "string" ? `#${errorType}` : "";
}

/** How a received value reads in an error message. */
export function describeCell(value: Cell): string {
  const cell = unwrapCell(value);
  if (isBlank(cell)) return "a blank";
  if (typeof cell === "number") return String(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  if (typeof cell === "string")
    return `text "${cell.length > 40 ? `${cell.slice(0, 40)}…` : cell}"`;
  const error = errorText(cell);
  if (error !== undefined) return error === "" ? "an error value" : `the error ${error}`;
  if (Array.isArray(cell)) return "a range";
  return "a value that is not a number";
}

/** A required number. Blanks, text, booleans, errors and non-finite numbers are input problems. */
export function readNumber(value: Cell, place: ArgumentPlace, expected: string): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const cell = unwrapCell(value);
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  throw invalidInput(place, expected, describeCell(value));
}

/** A required number in a table or list; the place (function, argument, row, column) is built only on failure. */
export function readCellNumber(
  value: Cell,
  expected: string,
  fn: FunctionName,
  arg: string,
  row: number,
  column?: string
): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  return readNumber(value, { fn, arg, row, column }, expected);
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
 * Array.isArray, looked up once: in a sandbox such as jest's vm context every lookup of the global
 * `Array` is slow, 40 times the cost of a whole column's scan.
 */
const isArray = Array.isArray;

/** An empty cell as Excel passes it in a range: "", null (or undefined), never a wrapper object. */
function isPlainBlank(cell: Cell): boolean {
  return cell === "" || cell === null || cell === undefined;
}

/** How many rows of `rows` remain once the trailing rows of plain blanks are left out. */
function heightWithoutBlankTail(rows: readonly Cell[]): number {
  let height = rows.length;
  for (; height > 0; height--) {
    const row = rows[height - 1];
    if (!isArray(row)) {
      if (!isPlainBlank(row)) break;
      continue;
    }
    let c = 0;
    while (c < row.length && isPlainBlank(row[c])) c++;
    if (c < row.length) break;
  }
  return height;
}

/**
 * A range argument as rows of cells, without its trailing blank rows. Excel passes ranges as
 * arrays of rows and wraps a value typed in the formula as [[value]]; anything else is treated as
 * a single value. Every reader ignores trailing blank rows, and leaving them out here, in one
 * tight pass, is what makes a whole column (A:A, 1,048,576 rows, nearly all blank) cheap: the
 * readers and the memo of the last range then see only the rows that hold data.
 */
export function asRows(value: Cell): readonly Cell[][] {
  if (!isArray(value)) return [[value]];
  const height = heightWithoutBlankTail(value);
  const rows = height === value.length ? value : value.slice(0, height);
  for (const row of rows) if (!isArray(row)) return rows.map((r) => (isArray(r) ? r : [r]));
  return rows as Cell[][];
}

/** The part of a range that holds data: trailing all-blank rows and columns (spare cells a user selected) left out. */
export interface Extent {
  readonly height: number;
  readonly width: number;
}

export function rangeExtent(rows: readonly Cell[][]): Extent {
  let height = rows.length;
  let width = 0;
  for (let r = height - 1; r >= 0; r--) {
    const row = rows[r];
    let c = row.length - 1;
    while (c >= width && isBlank(row[c])) c--;
    if (c + 1 > width) width = c + 1;
    if (width === 0) height = r; // still in the trailing blank rows
  }
  return { height, width };
}

/** Whether row `r` of the range is blank in every column within `width`. */
export function isBlankRow(rows: readonly Cell[][], r: number, width: number): boolean {
  const row = rows[r];
  for (let c = 0; c < width; c++) if (!isBlank(row[c])) return false;
  return true;
}

/**
 * A list given as one row or one column, trailing blanks ignored.
 * @throws PricingError when the range has more than one row and more than one column.
 */
export function readCellList(value: Cell, place: ArgumentPlace, shapeExpected: string): Cell[] {
  const rows = asRows(value);
  const { height, width } = rangeExtent(rows);
  if (height === 0) return [];
  if (height === 1) return rows[0].slice(0, width);
  if (width === 1) return rows.slice(0, height).map((row) => row[0]);
  throw invalidInput(place, shapeExpected, `${height} rows × ${width} columns`);
}

/** The numbers of a list's cells; blank cells inside the list count as 0. */
export function listNumbers(
  cells: readonly Cell[],
  place: ArgumentPlace,
  expected: string
): number[] {
  return cells.map((cell, i) =>
    isBlank(cell) ? 0 : readCellNumber(cell, expected, place.fn, place.arg, i + 1)
  );
}

/** A list of numbers, one row or one column; blank cells inside the list count as 0. */
export function readNumberList(
  value: Cell,
  place: ArgumentPlace,
  expected: string,
  shapeExpected: string
): number[] {
  return listNumbers(readCellList(value, place, shapeExpected), place, expected);
}
