/** What an insert did, for the taskpane to tell the user. */
export interface InsertReport {
  /** One line per sheet: where its content went and what changed. */
  readonly sheets: readonly SheetOutcome[];
}

export interface SheetOutcome {
  readonly key: string;
  /** The sheet's name in the workbook (a free variant when the preferred name was taken). */
  readonly sheetName: string;
  readonly created: boolean;
  readonly rowsAdded: number;
  readonly rowsRefreshed: number;
  /** Rows the user added, left as they were. */
  readonly userRowsKept: number;
  /** DEAL's cells the user changed, left as they were: DEAL's text for them was not written. */
  readonly editsKept: readonly KeptEdit[];
}

/** One of DEAL's cells that holds the user's text, kept. */
export interface KeptEdit {
  /** Where the cell is after the insert, e.g. "C9". */
  readonly cell: string;
  /** In a table: the row's item id and the column's header. */
  readonly itemId?: string;
  readonly column?: string;
}
