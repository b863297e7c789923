import type ExcelJS from "exceljs";
import type { SheetEdit, TableCreate } from "../../workbook/edit";
import type { ChartPlan, SeriesChartPlan, TableChartPlan } from "../../workbook/plan";
import { tableRows } from "../planCells";
import { cellRect, rectBetween } from "../../formula";
import { chartData, rangeFormula } from "./chartData";
import { ChartSpec, ChartUnwritable } from "./chartSpec";

/*
 * Resolves a sheet's chart plans into what the file writes, once the sheet's cells are written:
 * a table's bar chart reads the table's columns where the edit places the table; a line or column
 * chart reads the cell ranges its plan names.
 */

type Placed = Pick<ChartSpec, "key" | "title" | "from" | "to">;

/** Where a chart sits: from its planned corner over its size in cells (at least one each way). */
function placed(chart: ChartPlan): Placed {
  const to = {
    row: chart.at.row + Math.max(chart.heightInRows, 1),
    column: chart.at.column + Math.max(chart.widthInColumns, 1),
  };
  return { key: chart.key, title: chart.title, from: chart.at, to };
}

/** The clustered bar chart of a table's value column against its category column, no legend. */
function tableBarSpec(
  chart: TableChartPlan,
  edit: SheetEdit,
  worksheet: ExcelJS.Worksheet
): ChartSpec {
  const table = edit.tables.find(
    (candidate): candidate is TableCreate =>
      candidate.kind === "create" && candidate.name.toLowerCase() === chart.table.toLowerCase()
  );
  if (table === undefined) {
    throw new ChartUnwritable(`its table ${chart.table} is not one this file adds`);
  }
  const columnOf = (header: string) => {
    const index = table.columns.findIndex((column) => column.header === header);
    if (index < 0) throw new ChartUnwritable(`table ${table.name} has no column "${header}"`);
    return index;
  };
  const category = columnOf(chart.categoryColumn);
  const value = columnOf(chart.valueColumn);
  const first = table.at.row + 1;
  const last = table.at.row + tableRows(table).length;
  const column = (c: number) =>
    rectBetween(
      { row: first, column: table.at.column + c },
      { row: last, column: table.at.column + c }
    );
  return {
    ...placed(chart),
    type: "bar",
    categories: chartData(worksheet, column(category)),
    series: [
      {
        name: chart.valueColumn,
        nameFormula: rangeFormula(worksheet.name, cellRect(table.at.row, table.at.column + value)),
        values: chartData(worksheet, column(value)),
      },
    ],
    valueFormat: table.columns[value].style?.numberFormat ?? "General",
    legend: false,
  };
}

/** A line or clustered column chart of series read from ranges, legend at the bottom. */
function seriesSpec(chart: SeriesChartPlan, worksheet: ExcelJS.Worksheet): ChartSpec {
  return {
    ...placed(chart),
    type: chart.kind,
    categories: chartData(worksheet, chart.categories),
    series: chart.series.map((series) => ({
      name: series.name,
      values: chartData(worksheet, series.values),
    })),
    categoryAxisTitle: chart.categoryAxisTitle,
    valueAxisTitle: chart.valueAxisTitle,
    valueFormat: chart.valueFormat,
    legend: true,
  };
}

/**
 * The chart as the file writes it, read from the written worksheet of `edit`.
 * @throws ChartUnwritable when its data is not on the sheet (a table this file does not add).
 */
export function chartSpec(
  chart: ChartPlan,
  edit: SheetEdit,
  worksheet: ExcelJS.Worksheet
): ChartSpec {
  return chart.kind === "tableBar"
    ? tableBarSpec(chart, edit, worksheet)
    : seriesSpec(chart, worksheet);
}
