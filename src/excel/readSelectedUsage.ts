import { UsageCellsProblem, usageFromCells, type CellsForecast } from "../dealModel";
import { WorkbookRefusal } from "../workbook/workbookRefusal";
import { refusalForOfficeError, type RefusalWording } from "./officeErrors";

/*
 * The usage forecast in the cells the user selected, read in one Excel.run of at most two syncs:
 * 1. the selection's address and size;
 * 2. its values, only when the size can be a forecast.
 * The first sync keeps a selection of whole columns (1,048,576 rows) from being read cell by cell,
 * which in Excel on the web would be one very large round trip, only to be refused.
 */

/**
 * The most rows read: well beyond the longest term the model takes (MAX_TERM_MONTHS), so a plan
 * with spare rows fits, while the read stays a few kilobytes.
 */
export const MAX_USAGE_ROWS = 1_200;

/** Office errors while reading the selection, in the user's words (reading never writes). */
const READ_USAGE_WORDING: RefusalWording = {
  retry: "choose Use the selected cells again",
  doing: "reading the selection",
  afterWrite: "Nothing was changed.",
  extra: {
    // What Excel says when the selection is several areas, a chart or a shape.
    InvalidSelection: () =>
      "Excel cannot read this selection: select one block of cells, not several areas, a chart or a shape.",
  },
};

const ROWS = new Intl.NumberFormat("en-US");

/**
 * The forecast in the selected cells (see usageFromCells).
 * @throws WorkbookRefusal saying what to select instead, or what Excel refused.
 */
export async function readSelectedUsage(): Promise<CellsForecast> {
  try {
    return await Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      selected.load("address,rowCount,columnCount");
      await context.sync();
      const { address, rowCount, columnCount } = selected;
      if (rowCount > MAX_USAGE_ROWS) {
        throw new WorkbookRefusal(
          `${address} has ${ROWS.format(rowCount)} rows; a forecast has a row per month, at most ${ROWS.format(MAX_USAGE_ROWS)}. Select the months' cells rather than whole columns.`
        );
      }
      // usageFromCells refuses any width but two by the address alone: no need to read the cells.
      if (columnCount !== 2) return usageFromCells(address, []);
      selected.load("values");
      await context.sync();
      return usageFromCells(address, selected.values);
    });
  } catch (error) {
    if (error instanceof UsageCellsProblem) throw new WorkbookRefusal(error.message);
    throw refusalForOfficeError(error, "read", READ_USAGE_WORDING);
  }
}
