import type ExcelJS from "exceljs";
import type { SheetEdit } from "../../workbook/edit";
import type { Tally } from "../excelJsReport";
import { ChartUnwritable } from "./chartSpec";
import { chartSpec } from "./chartSpecs";

/**
 * Tallies the sheet's charts for writeXlsx, once its cells are written (a chart caches their
 * values); a chart whose data the file does not hold is tallied as left out, with the reason.
 */
export function tallyCharts(worksheet: ExcelJS.Worksheet, edit: SheetEdit, tally: Tally): void {
  for (const chart of edit.charts) {
    try {
      const specs = tally.charts.get(worksheet.id) ?? [];
      specs.push(chartSpec(chart, edit, worksheet));
      tally.charts.set(worksheet.id, specs);
    } catch (error) {
      if (!(error instanceof ChartUnwritable)) throw error;
      tally.chartsLeftOut.push(`${edit.name}: ${chart.title} (${error.message})`);
    }
  }
}
