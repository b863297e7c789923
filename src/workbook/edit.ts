import type { Rect } from "../formula";
import { InsertReport } from "./insertReport";
import {
  CellBlock,
  CellContent,
  CellPosition,
  CellValue,
  ChartPlan,
  InputCell,
  RowSpan,
  TableColumnPlan,
} from "./plan";

/*
 * The concrete changes to make to one workbook: the plans merged with what the workbook already
 * holds (see reconcile.ts). Names are final, `{{table:KEY}}` tokens are resolved, and nothing in
 * it needs another read. An adapter applies it in one batch.
 */

export interface WorkbookEdit {
  readonly sheets: readonly SheetEdit[];
  /**
   * DEAL's memory of what it wrote, to write after the sheets; absent when it cannot be kept (the
   * workbook's structure is protected and the memory sheet does not exist yet).
   */
  readonly memory?: MemoryEdit;
  readonly report: InsertReport;
}

/**
 * The new content of DEAL's memory sheet (src/workbook/memory/cellMemory.ts): a very hidden sheet
 * whose cells, from A1, are plain values. It is written like any other cells: text as text.
 */
export interface MemoryEdit {
  /** The sheet's final name. */
  readonly sheetName: string;
  /** Add the sheet, very hidden, and mark it with the memory's DEAL key custom property. */
  readonly create: boolean;
  /** The cells the memory held before, emptied first. */
  readonly clear?: Rect;
  /** Rows from A1, each as wide as the first. */
  readonly rows: readonly (readonly CellValue[])[];
}

export interface SheetEdit {
  readonly key: string;
  /** The sheet's final name. */
  readonly name: string;
  /** Add the sheet (and mark it with the DEAL key custom property). */
  readonly create: boolean;
  readonly tabColor?: string;
  /** Cells to empty (and unmerge) first: DEAL's own earlier notes that now belong elsewhere. */
  readonly clear: readonly Rect[];
  readonly blocks: readonly CellBlock[];
  /** Only the inputs to write: all of them on a new sheet, else those whose cell is blank. */
  readonly inputs: readonly InputCell[];
  readonly tables: readonly TableEdit[];
  /** Charts with `table` resolved to the final table name; any earlier DEAL chart of the same key is replaced. */
  readonly charts: readonly ChartPlan[];
  readonly freezeRows: number;
  readonly columnWidths?: Readonly<Record<number, number>>;
  /**
   * Heights in points of the rows holding wrapped or merged text, by zero-based row: neither
   * Excel nor LibreOffice grows such rows for text an add-in or a file writes (rowHeights.ts).
   */
  readonly rowHeights: Readonly<Record<number, number>>;
  readonly print: SheetPrint;
  /** Workbook names to define for cells of this sheet. */
  readonly names?: readonly NameEdit[];
}

/** A workbook name for cells of the edit's sheet. */
export interface NameEdit {
  readonly name: string;
  /** The cells on the sheet, e.g. "$C$40:$C$75". */
  readonly address: string;
  /** The workbook has the name already (an earlier model's): delete it first. */
  readonly replace: boolean;
}

/** How a sheet prints (page setup), with its rows where the edit puts them (printSetup.ts). */
export interface SheetPrint {
  readonly orientation: "portrait" | "landscape";
  /** Pages the sheet is scaled to fit across; it takes as many pages down as it needs. */
  readonly pagesWide: number;
  readonly area: Rect;
  readonly titleRows?: RowSpan;
  /** Rows that start a new page, ascending. */
  readonly rowBreaks: readonly number[];
  /**
   * Centred above and below each page, in Excel's header codes (the same in a file and in
   * Office.js): "&A" the sheet's name, "&P" the page number.
   */
  readonly header: string;
  readonly footer: string;
  /** The number of the sheet's first page: each sheet counts its own pages. */
  readonly firstPageNumber: number;
}

/** A table to add, header and rows. */
export interface TableCreate {
  readonly kind: "create";
  readonly name: string;
  readonly at: CellPosition;
  readonly columns: readonly TableColumnPlan[];
  readonly rows: readonly (readonly CellContent[])[];
  readonly style: string;
}

/**
 * An existing table to bring up to date without touching what the user typed:
 * - `refresh`: new content for DEAL's columns in the rows DEAL made, as runs of consecutive data
 *   rows (`firstRow` is 0-based within the data body); rows the user added are not written;
 * - `addColumns`: DEAL columns missing from the table (the user deleted them), appended;
 * - `append`: new rows, one cell per header of the table after `addColumns`.
 * `columns` are the plan's columns, for formats, drop-downs and colours.
 */
export interface TableUpdate {
  readonly kind: "update";
  readonly name: string;
  readonly refresh: readonly {
    readonly header: string;
    readonly firstRow: number;
    readonly values: readonly CellContent[];
  }[];
  readonly addColumns: readonly {
    readonly header: string;
    readonly values: readonly CellContent[];
  }[];
  readonly append: readonly (readonly CellContent[])[];
  readonly columns: readonly TableColumnPlan[];
}

export type TableEdit = TableCreate | TableUpdate;
