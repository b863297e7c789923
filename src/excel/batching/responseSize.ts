/*
 * How big Excel's answer to a read is, estimated before it is asked for. A response cannot be
 * measured before it comes back, and Excel on the web refuses any over 5 MB
 * (ResponsePayloadSizeLimitExceeded; payloadSize.ts), so each read is priced from what is known:
 * how many cells it asks for and which of their properties. The allowance per cell is the JSON of
 * one cell of a text-heavy sheet: DEAL's checklists, whose long asks and notes come back twice
 * (as formulas and as values), stay within it (__tests__/responseSize.test.ts checks it against
 * every sheet of the demo workbook). A sheet of longer text in every cell can exceed it; the
 * 2 MB budget then still leaves two and a half times that under the 5 MB limit.
 */

/** The properties of a range DEAL reads in bulk. */
export type CellProperty = "formulas" | "values" | "valueTypes";

/** Response bytes allowed per cell and property: the text, its quotes and its comma. */
export const CELL_RESPONSE_BYTES: Readonly<Record<CellProperty, number>> = {
  formulas: 64,
  values: 64,
  // The longest type name ("RichValue"), quoted, and its comma.
  valueTypes: 12,
};

/** What one loaded object adds beyond its cells: its id, position, counts and null flag. */
export const OBJECT_RESPONSE_BYTES = 300;

/**
 * The answer to the first sync of a read, which lists the workbook's sheets (name, id,
 * protection, DEAL's key, names) and its tables and names: about 250 bytes a sheet, so this
 * covers hundreds of sheets and names, whatever their cells hold.
 */
export const LISTING_RESPONSE_BYTES = 200_000;

/** Response bytes per cell for `properties`. */
export const cellBytes = (properties: readonly CellProperty[]): number =>
  properties.reduce((sum, property) => sum + CELL_RESPONSE_BYTES[property], 0);

/** The estimated response for a rectangle of cells read with `properties`, its object included. */
export const cellsResponseBytes = (
  rows: number,
  columns: number,
  properties: readonly CellProperty[]
): number => OBJECT_RESPONSE_BYTES + rows * columns * cellBytes(properties);
