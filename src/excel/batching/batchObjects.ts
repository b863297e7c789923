/*
 * The sheets and tables one sync's batch works on, fetched once per batch by name. A batch never
 * reuses an object that an earlier sync created: Excel is asked for it again by its final name,
 * which holds whatever happened in between. For the same reason every range a write uses is
 * untracked where it is made (range.untrack(), Microsoft's advice for large batches): Excel then
 * keeps no reference to it, the request carries no action to keep one, and Excel.run has none
 * to release when it ends (that release is a request of its own, as large as the references).
 */

const key = (name: string) => name.toLowerCase();

export class BatchObjects {
  private readonly sheets = new Map<string, Excel.Worksheet>();
  private readonly tables = new Map<string, Excel.Table>();

  /**
   * @param fetchSheet how a sheet not yet fetched in this batch is fetched; by name by default
   *   (the request meter passes a stand-in whose fetch the packer costs once per batch).
   */
  constructor(
    readonly context: Excel.RequestContext,
    private readonly fetchSheet: (name: string) => Excel.Worksheet = (name) =>
      context.workbook.worksheets.getItem(name)
  ) {}

  /** Adds a sheet; later calls of this batch get it back by name. */
  addSheet(name: string): Excel.Worksheet {
    const sheet = this.context.workbook.worksheets.add(name);
    this.sheets.set(key(name), sheet);
    return sheet;
  }

  sheet(name: string): Excel.Worksheet {
    const found = this.sheets.get(key(name)) ?? this.fetchSheet(name);
    this.sheets.set(key(name), found);
    return found;
  }

  /** Remembers a table this batch created, for the rest of the batch. */
  keepTable(name: string, table: Excel.Table): void {
    this.tables.set(key(name), table);
  }

  /** A table of `sheetName`, by name. */
  table(sheetName: string, name: string): Excel.Table {
    const found = this.tables.get(key(name)) ?? this.sheet(sheetName).tables.getItem(name);
    this.tables.set(key(name), found);
    return found;
  }

  /** A table by name wherever it is (table names are workbook-wide). */
  workbookTable(name: string): Excel.Table {
    const found = this.tables.get(key(name)) ?? this.context.workbook.tables.getItem(name);
    this.tables.set(key(name), found);
    return found;
  }
}
