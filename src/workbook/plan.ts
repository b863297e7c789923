import type { CellPosition, Rect } from "../formula";

/*
 * What DEAL writes into a workbook, as plain data. Builders (checklists, benchmark) return plans;
 * adapters (Office.js now, a file writer later) apply them. A builder never calls Office; an
 * adapter never decides content.
 */

/** A value written into a cell. Text is always stored as text, even when it starts with "=". */
export type CellValue = string | number | boolean | null;

/**
 * One cell's content: a value, or a formula that DEAL wrote itself (never text taken from data).
 * In a formula, `{{table:KEY}}` stands for the workbook name of the plan's table with that key
 * (DEAL may have had to pick another name), e.g. `=COUNTIF({{table:checklist-SLA}}[Status],"Agreed")`.
 */
export type CellContent = { readonly value: CellValue } | { readonly formula: string };

/** Zero-based row and column on a sheet: the formula toolkit's, re-exported for the plans' readers. */
export type { CellPosition } from "../formula";

/** How a cell or column looks. Colours are #RRGGBB. */
export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  /** Excel number format, e.g. "#,##0.00", "0.0%", "@" (text). */
  readonly numberFormat?: string;
  /** Marks a cell the user is meant to edit (DEAL shows it in the input style). */
  readonly input?: boolean;
}

/**
 * How DEAL marks the cells the user is meant to edit (Excel's own "Input" cell style colours),
 * the same in both adapters.
 */
export const INPUT_LOOK = {
  fill: "#FFF4CE",
  fontColor: "#000000",
  borderColor: "#7F7F7F",
} as const;

/** A rectangle of cells DEAL owns, rewritten on every insert (titles, labels, summaries, notes). */
export interface CellBlock {
  readonly at: CellPosition;
  /** Rows of cells, left to right from `at`. */
  readonly cells: readonly (readonly CellContent[])[];
  readonly style?: CellStyle;
  /** Merge each row of the block across this many columns (for long notes). */
  readonly mergeAcross?: number;
  /**
   * The rows and columns the block's formula fills when it spills (a dynamic array such as
   * DEAL.ROLLOVER's), counted from `at`: the style covers them too. Excel formats spilled cells
   * as they are, not as the formula's own cell, so without it they would show General numbers.
   */
  readonly spills?: { readonly rows: number; readonly columns: number };
}

/** A cell the user owns once written: DEAL writes it only when the sheet is new or the cell is blank. */
export interface InputCell {
  readonly at: CellPosition;
  /** What the input is. The sheet shows it through a block of the plan; adapters do not write it. */
  readonly label: string;
  /** The default; with a formula, what the formula falls back to (for readers of the plan). */
  readonly value: CellValue;
  /** Written instead of `value` when given: a default that follows other cells (a DEAL formula). */
  readonly formula?: string;
  readonly style?: CellStyle;
}

/** A colour rule: cells of the column equal to `equals` get this fill and font colour. */
export interface ValueColor {
  readonly equals: string;
  readonly fill: string;
  readonly fontColor: string;
}

export interface TableColumnPlan {
  readonly header: string;
  /**
   * `deal`: DEAL's content, refreshed on every insert. `user`: the user's, written only in rows DEAL
   * adds (with the plan's value as the default), never changed afterwards.
   */
  readonly owner: "deal" | "user";
  /** Width in characters of the default font. */
  readonly width: number;
  readonly style?: CellStyle;
  /** Allowed values, offered as an in-cell drop-down list. */
  readonly list?: readonly string[];
  /** Conditional formatting of the column by cell value. */
  readonly colors?: readonly ValueColor[];
}

/**
 * An Excel table DEAL keeps in step with its content. Rows are matched by the id column: on a new
 * insert DEAL refreshes its own columns of the rows it finds, appends the rows it does not, and
 * leaves alone the rows and columns the user added.
 */
export interface TablePlan {
  /** Stable key within the workbook, e.g. "checklist-SLA"; formulas refer to it as {{table:KEY}}. */
  readonly key: string;
  /** The table name DEAL asks for; a free variant is used if a table not DEAL's has it. */
  readonly preferredName: string;
  /** Top-left cell of the header row. */
  readonly at: CellPosition;
  readonly columns: readonly TableColumnPlan[];
  /** Index of the column holding each row's stable id (a DEAL column). */
  readonly idColumn: number;
  /** One entry per row, one cell per column, in column order. */
  readonly rows: readonly (readonly CellContent[])[];
  /** Built-in Excel table style, e.g. "TableStyleMedium2". */
  readonly style: string;
}

/** A clustered bar chart of one table column against another, redrawn on every insert. */
export interface TableChartPlan {
  readonly kind: "tableBar";
  readonly key: string;
  readonly title: string;
  readonly table: string;
  readonly categoryColumn: string;
  readonly valueColumn: string;
  /** Where its top-left corner sits, and its size in cells. */
  readonly at: CellPosition;
  readonly widthInColumns: number;
  readonly heightInRows: number;
}

/** One series of a chart: its name in the legend and the cells holding its values. */
export interface ChartSeriesPlan {
  readonly name: string;
  readonly values: Rect;
}

/**
 * A line, clustered column or clustered bar chart of several series that share their categories
 * (the x axis), each read from cells of the sheet, so that the chart follows the formulas. Redrawn
 * on every insert; below a table that grows, it moves down with its cells.
 */
export interface SeriesChartPlan {
  readonly kind: "line" | "column" | "bar";
  readonly key: string;
  readonly title: string;
  /** The category labels, one per value of each series. */
  readonly categories: Rect;
  readonly series: readonly ChartSeriesPlan[];
  readonly categoryAxisTitle: string;
  readonly valueAxisTitle: string;
  /** Excel number format of the value axis, e.g. "$#,##0". */
  readonly valueFormat: string;
  /** Where its top-left corner sits, and its size in cells. */
  readonly at: CellPosition;
  readonly widthInColumns: number;
  readonly heightInRows: number;
}

export type ChartPlan = TableChartPlan | SeriesChartPlan;

/** Rows from `first` to `last`, both included (zero-based). */
export interface RowSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * How a sheet prints, beyond what every DEAL sheet gets (landscape, scaled to one page wide and as
 * many pages tall as it needs, the sheet's name above each page and its number below). Rows
 * are the plan's: on a sheet whose tables grew, a row below a table moves down with it.
 */
export interface SheetPrintPlan {
  /** Rows repeated at the top of every page, such as a table's header row. */
  readonly titleRows?: RowSpan;
  /** What prints. By default: everything DEAL writes on the sheet, and what the sheet already holds. */
  readonly area?: Rect;
  /** Rows that start a new page (a manual page break above each). */
  readonly rowBreaks?: readonly number[];
}

/**
 * A workbook name DEAL defines, for cells of the plan's own sheet (the deal model shares its
 * forecast with the benchmark this way). A name DEAL defined before is taken over: it then refers
 * to the newest sheet that defines it.
 */
export interface DefinedNamePlan {
  readonly name: string;
  readonly refersTo: Rect;
}

/** One sheet DEAL owns. */
export interface SheetPlan {
  /** Stable key, kept in a worksheet custom property, so DEAL finds the sheet after a rename. */
  readonly key: string;
  /** The sheet name DEAL asks for; a free variant is used if a sheet not DEAL's has it. */
  readonly preferredName: string;
  readonly tabColor?: string;
  readonly blocks: readonly CellBlock[];
  readonly inputs: readonly InputCell[];
  readonly tables: readonly TablePlan[];
  readonly charts: readonly ChartPlan[];
  /** Rows frozen at the top (through the first table's header). */
  readonly freezeRows: number;
  /** Widths in characters of columns outside tables, by zero-based column. */
  readonly columnWidths?: Readonly<Record<number, number>>;
  /** Print titles, area and page breaks; without it the sheet prints with DEAL's defaults. */
  readonly print?: SheetPrintPlan;
  /**
   * DEAL writes this sheet once and never again (each deal model goes on a new sheet), so it
   * keeps no memory of the sheet's cells (src/workbook/memory).
   */
  readonly writtenOnce?: boolean;
  /**
   * Lines of 11-point text a row shows that the row-height estimate cannot read in the plan, by
   * zero-based row: a formula's text, such as an offer's name made of its vendor and model cells.
   */
  readonly textLines?: Readonly<Record<number, number>>;
  /** Workbook names for cells of this sheet. */
  readonly names?: readonly DefinedNamePlan[];
}

/** What an input cell gets written: its formula where it has one, else its value. */
export function inputContent(input: InputCell): CellContent {
  return input.formula === undefined ? { value: input.value } : { formula: input.formula };
}
