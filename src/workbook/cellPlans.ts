import { cellAddress } from "../formula";
import type { CellContent, CellPosition, CellStyle, CellValue } from "./plan";

/* Small constructors and styles the sheet builders share, so their plans read like the sheet. */

export const TITLE_STYLE: CellStyle = { bold: true, fontSize: 14 };
export const NOTE_STYLE: CellStyle = { italic: true, fontColor: "#605E5C" };
export const HEADING_STYLE: CellStyle = { bold: true };
export const HEADER_STYLE: CellStyle = { bold: true, fill: "#DEECF9", wrap: true };
/** Headers kept to one line: not every spreadsheet grows a row for wrapped text. */
export const COLUMN_HEADER_STYLE: CellStyle = { ...HEADER_STYLE, wrap: false };

export const value = (v: CellValue): CellContent => ({ value: v });
export const formula = (text: string): CellContent => ({ formula: text });
export const at = (row: number, column: number): CellPosition => ({ row, column });
/** Absolute address, e.g. "$B$4": inputs keep their address wherever the formula sits. */
export const abs = (row: number, column: number): string => cellAddress(at(row, column), true);
/** Relative address, e.g. "B4". */
export const rel = (row: number, column: number): string => cellAddress(at(row, column));
/** Absolute range, e.g. "$B$4:$C$9". */
export const range = (top: number, left: number, bottom: number, right: number): string =>
  `${abs(top, left)}:${abs(bottom, right)}`;
