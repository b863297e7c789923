import { bottomRight, cellRect, type Rect, rectAddress, rectBetween } from "../formula";
import { mergeBlocks, TableSpan } from "./blockEdits";
import { blockArea, chartArea, usedArea } from "./cellAreas";
import { SheetEdit, WorkbookEdit } from "./edit";
import { SheetOutcome } from "./insertReport";
import { SheetMemory } from "./memory/cellMemory";
import { memoryEdit, memoryOf } from "./memoryEdit";
import { TableMerge, mergeTable } from "./mergeTable";
import { freeSheetName, freeTableName, takenNames } from "./names";
import {
  CellBlock,
  CellContent,
  CellPosition,
  CellValue,
  ChartPlan,
  SheetPlan,
  TablePlan,
} from "./plan";
import { sheetPrint } from "./printSetup";
import { refuse } from "./refusals";
import { estimateRowHeights, withTextLines } from "./rowHeights";
import { findTable, SheetSnapshot, TableSnapshot } from "./snapshot";
import { WorkbookSnapshot } from "./snapshot";
import { resolveTableTokens } from "./tableTokens";

/*
 * Merges DEAL's sheet plans with the workbook as it is, into one edit that harms nothing:
 * - DEAL's sheets are found by their key, whatever the user renamed them to;
 * - a sheet or table name in use by anything not DEAL's is never taken: a free variant is picked;
 * - tables are merged row by row (mergeTable); input cells the user filled are not written;
 * - a cell of DEAL's that the user changed is kept and reported, in a table (mergeTable) or not
 *   (blockEdits.ts): DEAL tells its own cells by what it remembers writing (memory/), and writes
 *   what it remembers after this edit into its memory sheet (memoryEdit.ts);
 * - notes below a table move down as the table grows, and DEAL's earlier copy is cleared;
 * - once every position is final, each sheet gets its print setup (printSetup.ts) and the
 *   heights of its rows of wrapped text (rowHeights.ts);
 * - a read-only workbook, a protected structure or a protected sheet stops everything before
 *   any change (WorkbookRefusal).
 */

function valueAt(sheet: SheetSnapshot, row: number, column: number): CellValue | undefined {
  const used = sheet.usedRange;
  if (used === undefined) return undefined;
  return used.values[row - used.at.row]?.[column - used.at.column] ?? null;
}

const isBlankValue = (value: CellValue | undefined) => value === null || value === "";

/**
 * How far a row moves down: the growth of every table that ends above it. With `column`, only of
 * the tables over that column (a table grows by inserting cells in its own columns); without,
 * of every table, for a whole row such as a page break.
 */
function growthAbove(
  row: number,
  tables: readonly TablePlan[],
  merges: readonly TableMerge[],
  column?: number
): number {
  return tables.reduce((shift, table, i) => {
    const plannedEnd = table.at.row + table.rows.length;
    const overlaps =
      column === undefined ||
      (column < table.at.column + table.columns.length && column >= table.at.column);
    return row > plannedEnd && overlaps ? shift + merges[i].rowCount - table.rows.length : shift;
  }, 0);
}

/** The cells a table covers after the edit: header and rows, and the columns it has then. */
function tableArea(plan: TablePlan, found: TableSnapshot | undefined, merge: TableMerge): Rect {
  const columns =
    found === undefined || merge.edit.kind !== "update"
      ? plan.columns.length
      : found.headers.length + merge.edit.addColumns.length;
  // Excel keeps one blank row in an empty table.
  const at = found?.at ?? plan.at;
  return { row: at.row, column: at.column, rows: 1 + Math.max(merge.rowCount, 1), columns };
}

/** DEAL's earlier copy of a moved block: the same first text, elsewhere in the block's column. */
function staleCopies(sheet: SheetSnapshot, block: CellBlock, placedRow: number): Rect[] {
  const first = block.cells[0]?.[0];
  const used = sheet.usedRange;
  if (
    used === undefined ||
    first === undefined ||
    !("value" in first) ||
    typeof first.value !== "string"
  )
    return [];
  const areas: Rect[] = [];
  used.values.forEach((row, r) => {
    const at = { row: used.at.row + r, column: block.at.column };
    if (at.row !== placedRow && row[block.at.column - used.at.column] === first.value) {
      areas.push({
        ...at,
        rows: block.cells.length,
        columns: block.mergeAcross ?? block.cells[0].length,
      });
    }
  });
  return areas;
}

/**
 * The edit that brings DEAL's plans into this workbook.
 * @throws WorkbookRefusal when the workbook or a sheet cannot be changed; nothing is to be written then.
 */
export function reconcile(snapshot: WorkbookSnapshot, plans: readonly SheetPlan[]): WorkbookEdit {
  if (snapshot.readOnly) throw refuse.readOnly();
  const sheetNames = takenNames(snapshot.sheets.map((sheet) => sheet.name));
  const tableNamesTaken = takenNames([...snapshot.tableNames, ...snapshot.definedNames]);
  const memory = memoryOf(snapshot);
  const dealSheets = new Map(
    snapshot.sheets
      .filter((sheet) => sheet.dealKey !== undefined)
      .map((sheet) => [sheet.dealKey, sheet])
  );

  // Names and refusals first, so that a refusal comes before any change is planned.
  const placed = plans.map((plan) => {
    const existing = dealSheets.get(plan.key);
    if (existing !== undefined) {
      if (existing.protected) throw refuse.sheetProtected(existing.name);
      return { plan, existing, name: existing.name };
    }
    const name = freeSheetName(plan.preferredName, sheetNames);
    if (snapshot.structureProtected) throw refuse.structureProtected(name);
    sheetNames.add(name.toLowerCase());
    return { plan, existing, name };
  });

  const tableNames = new Map<string, string>();
  const foundTables = new Map<string, TableSnapshot>();
  for (const { plan, existing } of placed) {
    for (const table of plan.tables) {
      const found = findTable(existing, table);
      if (found !== undefined) foundTables.set(table.key, found);
      const name = found?.name ?? freeTableName(table.preferredName, tableNamesTaken);
      tableNamesTaken.add(name.toLowerCase());
      tableNames.set(table.key, name);
    }
  }
  const resolve = (content: CellContent): CellContent =>
    "formula" in content ? { formula: resolveTableTokens(content.formula, tableNames) } : content;

  const sheets: SheetEdit[] = [];
  const outcomes: SheetOutcome[] = [];
  const remembers = new Map<string, SheetMemory>();
  for (const { plan, existing, name } of placed) {
    const remembered = existing === undefined ? undefined : memory.get(plan.key);
    const merges = plan.tables.map((table) =>
      mergeTable(
        table,
        foundTables.get(table.key),
        tableNames.get(table.key) as string,
        name,
        resolve,
        foundTables.has(table.key) ? remembered?.tables.get(table.key) : undefined
      )
    );
    const clear: Rect[] = [];
    const placedBlocks = plan.blocks.map((block) => {
      const shift = growthAbove(block.at.row, plan.tables, merges, block.at.column);
      const row = block.at.row + shift;
      if (existing !== undefined && shift !== 0) clear.push(...staleCopies(existing, block, row));
      return {
        ...block,
        at: { ...block.at, row },
        cells: block.cells.map((cells) => cells.map(resolve)),
      };
    });
    const spans = plan.tables.map((table, i): TableSpan => {
      const found = foundTables.get(table.key);
      return {
        at: found?.at ?? table.at,
        columns: table.columns.length,
        rowsNow: found?.values.length ?? merges[i].rowCount,
        rowsAfter: merges[i].rowCount,
        rowsRemembered:
          found === undefined ? undefined : remembered?.tables.get(table.key)?.rowCount,
      };
    });
    const { blocks, ...blockMerge } = mergeBlocks(placedBlocks, existing, spans, remembered?.cells);
    clear.push(...blockMerge.clear);
    if (!plan.writtenOnce)
      remembers.set(plan.key, {
        tables: new Map(plan.tables.map((table, i) => [table.key, merges[i].memory])),
        cells: blockMerge.memory,
      });
    const moved = (position: CellPosition): CellPosition => ({
      ...position,
      row: position.row + growthAbove(position.row, plan.tables, merges, position.column),
    });
    const charts = plan.charts.map((chart): ChartPlan => {
      if (chart.kind !== "tableBar") {
        // A series chart below a table reads cells that move down with it, and moves with them.
        const cells = (range: Rect) => rectBetween(moved(range), moved(bottomRight(range)));
        return {
          ...chart,
          at: moved(chart.at),
          categories: cells(chart.categories),
          series: chart.series.map((series) => ({ ...series, values: cells(series.values) })),
        };
      }
      return {
        ...chart,
        table: tableNames.get(chart.table) ?? chart.table,
        at: moved(chart.at),
      };
    });
    const content = {
      key: plan.key,
      name,
      create: existing === undefined,
      tabColor: plan.tabColor,
      clear,
      blocks,
      inputs:
        existing === undefined
          ? plan.inputs
          : plan.inputs.filter((input) =>
              isBlankValue(valueAt(existing, input.at.row, input.at.column))
            ),
      tables: merges.map((merge) => merge.edit),
      charts,
      freezeRows: plan.freezeRows,
      columnWidths: plan.columnWidths,
    };
    const written = [
      ...blocks.flatMap((block) => blockArea(block) ?? []),
      ...plan.inputs.map((input) => cellRect(input.at.row, input.at.column)),
      ...plan.tables.map((table, i) => tableArea(table, foundTables.get(table.key), merges[i])),
      ...charts.map(chartArea),
      ...[usedArea(existing)].filter((area) => area !== undefined),
    ];
    const definedNames = new Set(snapshot.definedNames.map((n) => n.toLowerCase()));
    sheets.push({
      ...content,
      names: (plan.names ?? []).map((name) => ({
        name: name.name,
        address: rectAddress(name.refersTo, true),
        replace: definedNames.has(name.name.toLowerCase()),
      })),
      rowHeights: withTextLines(estimateRowHeights(content), plan.textLines),
      print: sheetPrint(plan.print, written, (row) => row + growthAbove(row, plan.tables, merges)),
    });
    outcomes.push({
      key: plan.key,
      sheetName: name,
      created: existing === undefined,
      rowsAdded: merges.reduce((sum, merge) => sum + merge.rowsAdded, 0),
      rowsRefreshed: merges.reduce((sum, merge) => sum + merge.rowsRefreshed, 0),
      userRowsKept: merges.reduce((sum, merge) => sum + merge.userRowsKept, 0),
      editsKept: [...merges.flatMap((merge) => merge.editsKept), ...blockMerge.editsKept],
    });
  }
  const memoryWrite = memoryEdit(snapshot, memory, remembers, sheetNames);
  return { sheets, ...(memoryWrite && { memory: memoryWrite }), report: { sheets: outcomes } };
}
