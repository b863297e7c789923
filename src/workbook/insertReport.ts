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
}
