import { rectAddress } from "../../formula";
import { DealFormulaCell, FormulaResult } from "../../sharing/prepare";
import { formulaAt, valueAt } from "../../sharing/prepare/scopeCells";
import type { SizedRead } from "../batching/readBatches";
import { meterRequest } from "../batching/requestMeter";
import { cellBytes, OBJECT_RESPONSE_BYTES } from "../batching/responseSize";
import { asCells, type FirstRead } from "./readScope";

/*
 * The results "values" needs of each DEAL formula (and "native" of each DEAL.ROLLOVER): the
 * cell's value and type and its spill range's, read once the formulas are known, in as many
 * syncs as Excel on the web's payload limit needs (a few thousand formulas a sync).
 */

const DIMENSIONS = "rowIndex,columnIndex,rowCount,columnCount";
const RESULT_PROPERTIES = ["values", "valueTypes"] as const;

/** Queues one formula's reads on its sheet. */
function queueResult(sheet: Excel.Worksheet, address: string) {
  // Untracked, as every range DEAL reads (batching/cellReads.ts).
  const range = sheet.getRange(address).load(RESULT_PROPERTIES.join(",")).untrack();
  const spill = range
    .getSpillingToRangeOrNullObject()
    .load(`${DIMENSIONS},${RESULT_PROPERTIES.join(",")}`)
    .untrack();
  return { range, spill };
}

/**
 * One formula's request: its cell and its spill range. Its sheet (loaded by the first sync) is
 * named once per request, within what the meter allows each formula above Office.js's real
 * request (batching/__tests__/readRequests.test.ts).
 */
const RESULT_REQUEST_BYTES = meterRequest<Excel.Worksheet>((sheet) =>
  queueResult(sheet, "XFD1048576")
);

/**
 * The most cells a formula's spill range can cover, from the cells already read: Excel spills
 * only into cells it then fills, never over a formula, so the range lies within the run of filled
 * cells that are not formulas below the formula, by the run to its right.
 */
function spillBound({ sheet, row, column }: DealFormulaCell): number {
  const filled = (r: number, c: number) =>
    valueAt(sheet, r, c) !== "" && formulaAt(sheet, r, c) === undefined;
  let rows = 1;
  while (filled(row + rows, column)) rows++;
  let columns = 1;
  while (filled(row, column + columns)) columns++;
  return rows * columns;
}

/** The reads of each formula's result, and what they give once synced. */
export function resultReads(
  first: FirstRead,
  cells: readonly DealFormulaCell[]
): { readonly reads: SizedRead[]; readonly results: () => FormulaResult[] } {
  const byId = new Map(first.sheets.items.map((sheet) => [sheet.id, sheet]));
  const loaded = new Map<DealFormulaCell, ReturnType<typeof queueResult>>();
  const reads = cells.map((cell): SizedRead => ({
    requestBytes: RESULT_REQUEST_BYTES,
    responseBytes:
      2 * OBJECT_RESPONSE_BYTES + (1 + spillBound(cell)) * cellBytes(RESULT_PROPERTIES),
    queue: () => {
      const sheet = byId.get(cell.sheet.id) ?? first.sheets.getItem(cell.sheet.name);
      const address = rectAddress({ row: cell.row, column: cell.column, rows: 1, columns: 1 });
      loaded.set(cell, queueResult(sheet, address));
    },
  }));
  return { reads, results: () => cells.map((cell) => resultOf(cell, loaded.get(cell)!)) };
}

function resultOf(
  cell: DealFormulaCell,
  { range, spill }: ReturnType<typeof queueResult>
): FormulaResult {
  const value = asCells(range.values)[0]?.[0] ?? "";
  const valueType = String(range.valueTypes[0]?.[0] ?? "");
  const spills = !spill.isNullObject && spill.rowCount * spill.columnCount > 1;
  return {
    cell,
    value,
    valueType,
    ...(spills
      ? {
          spill: {
            rect: {
              row: spill.rowIndex,
              column: spill.columnIndex,
              rows: spill.rowCount,
              columns: spill.columnCount,
            },
            values: asCells(spill.values),
            valueTypes: spill.valueTypes.map((row) => row.map(String)),
          },
        }
      : {}),
  };
}
