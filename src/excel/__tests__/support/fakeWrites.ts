/*
 * Recording fakes of the Excel objects the adapter writes to. They keep what was set and called,
 * for the tests to assert on; the same address (or the same chain of calls) gives back the same
 * object, as the same cells would in Excel.
 */

type Matrix = unknown[][];

export class FakeBorder {
  style?: string;
  weight?: string;
  color?: string;
}

export class FakeFormat {
  readonly font: { bold?: boolean; italic?: boolean; size?: number; color?: string } = {};
  readonly fill: { color?: string } = {};
  wrapText?: boolean;
  columnWidth?: number;
  rowHeight?: number;
  readonly edges = new Map<string, FakeBorder>();
  readonly borders = {
    getItem: (edge: string): FakeBorder => {
      const border = this.edges.get(edge) ?? new FakeBorder();
      this.edges.set(edge, border);
      return border;
    },
  };
}

export class FakeConditionalFormat {
  readonly cellValue = {
    format: { fill: {} as { color?: string }, font: {} as { color?: string } },
    rule: undefined as unknown,
  };
  constructor(readonly type: string) {}
}

export class FakeRange {
  private written: { values?: Matrix; formulas?: Matrix } = {};
  numberFormat?: Matrix;
  /** merge(across) calls, in order. */
  readonly merges: boolean[] = [];
  unmerged = false;
  cleared?: string;
  readonly format = new FakeFormat();
  /** Data validation: "clear" and "rule" events in order, and the rule last set. */
  readonly dataValidation = {
    events: [] as string[],
    rule: undefined as unknown,
    clear: () => {
      this.dataValidation.events.push("clear");
    },
  };
  readonly conditionalFormats = {
    events: [] as string[],
    added: [] as FakeConditionalFormat[],
    clearAll: () => {
      this.conditionalFormats.events.push("clearAll");
    },
    add: (type: string) => {
      this.conditionalFormats.events.push(`add(${type})`);
      const format = new FakeConditionalFormat(type);
      this.conditionalFormats.added.push(format);
      return format;
    },
  };
  private readonly derived = new Map<string, FakeRange>();

  constructor(
    readonly address: string,
    /** The workbook's call log, shared by every fake. */
    private readonly log: string[] = []
  ) {
    // The rule is a setter in Office.js; record when it is set relative to clear().
    let rule: unknown;
    Object.defineProperty(this.dataValidation, "rule", {
      get: () => rule,
      set: (value: unknown) => {
        rule = value;
        this.dataValidation.events.push("rule");
      },
    });
  }

  get values(): Matrix | undefined {
    return this.written.values;
  }
  set values(values: Matrix | undefined) {
    this.log.push(`${this.address}.values=`);
    this.written.values = values;
  }
  get formulas(): Matrix | undefined {
    return this.written.formulas;
  }
  set formulas(formulas: Matrix | undefined) {
    this.log.push(`${this.address}.formulas=`);
    this.written.formulas = formulas;
  }

  /** Untracked ranges work as before in the batch; the fake keeps nothing either way. */
  untrack(): this {
    return this;
  }
  merge(across?: boolean): void {
    this.merges.push(across ?? false);
  }
  unmerge(): void {
    this.unmerged = true;
  }
  clear(applyTo?: string): void {
    this.log.push(`${this.address}.clear(${applyTo})`);
    this.cleared = applyTo ?? "All";
  }
  getCell(row: number, column: number): FakeRange {
    return this.derive(`${this.address}.getCell(${row},${column})`);
  }
  getResizedRange(rows: number, columns: number): FakeRange {
    return this.derive(`${this.address}.getResizedRange(${rows},${columns})`);
  }
  /** Addresses of the ranges derived from this one (getCell, getResizedRange). */
  derivedAddresses(): string[] {
    return [...this.derived.keys()];
  }
  private derive(address: string): FakeRange {
    const range = this.derived.get(address) ?? new FakeRange(address, this.log);
    this.derived.set(address, range);
    return range;
  }
}

export class FakeColumn {
  readonly body: FakeRange;
  readonly whole: FakeRange;
  constructor(
    readonly header: string,
    log: string[]
  ) {
    this.body = new FakeRange(`[${header}] body`, log);
    this.whole = new FakeRange(`[${header}] all`, log);
  }
  getDataBodyRange(): FakeRange {
    return this.body;
  }
  getRange(): FakeRange {
    return this.whole;
  }
}

export class FakeTable {
  name?: string;
  style?: string;
  private readonly byHeader = new Map<string, FakeColumn>();
  /** Headers asked for with columns.getItem, in order. */
  readonly columnsAsked: string[] = [];
  readonly columns = {
    added: [] as { index: number | undefined; values: Matrix }[],
    add: (index: number | undefined, values: Matrix) => {
      this.log.push(`${this.name}.columns.add`);
      this.columns.added.push({ index, values });
      return this.column(String(values[0][0]));
    },
    getItem: (header: string) => {
      this.columnsAsked.push(header);
      return this.column(header);
    },
  };
  readonly rows = {
    added: [] as { index: number | undefined; values: Matrix }[],
    add: (index: number | undefined, values: Matrix) => {
      this.log.push(`${this.name}.rows.add`);
      this.rows.added.push({ index, values });
    },
  };
  constructor(
    private readonly log: string[],
    /** The range the table was added on (undefined for a table that was already there). */
    readonly source?: FakeRange,
    readonly hasHeaders?: boolean
  ) {}

  /** The fake of a column, by header as the adapter spelled it. */
  column(header: string): FakeColumn {
    const column = this.byHeader.get(header) ?? new FakeColumn(header, this.log);
    this.byHeader.set(header, column);
    return column;
  }
}

/** Every table of the workbook by name: Excel table names are workbook-wide. */
export class TableRegistry {
  private readonly all: FakeTable[] = [];
  constructor(
    existing: readonly string[],
    readonly log: string[]
  ) {
    for (const name of existing) {
      const table = new FakeTable(log);
      table.name = name;
      this.all.push(table);
    }
  }
  register(table: FakeTable): void {
    this.all.push(table);
  }
  /** The table with this name now; throws like Excel's ItemNotFound (at sync, in Excel). */
  get(name: string): FakeTable {
    const table = this.all.find((candidate) => candidate.name === name);
    if (table === undefined) throw new Error(`ItemNotFound: table ${name}`);
    return table;
  }
}

export class FakeSeries {
  name?: string;
  values?: FakeRange;
  xAxisValues?: FakeRange;
  constructor(
    /** The name given to series.add (undefined for a series the chart was added with). */
    readonly addedAs?: string
  ) {}
  setValues(range: FakeRange): void {
    this.values = range;
  }
  setXAxisValues(range: FakeRange): void {
    this.xAxisValues = range;
  }
}

/** A chart axis: its title and number format. */
export class FakeAxis {
  readonly title: { text?: string; visible?: boolean } = {};
  numberFormat?: string;
  tickLabelSpacing?: number;
  tickMarkSpacing?: number;
}

export class FakeChart {
  name?: string;
  readonly title: { text?: string } = {};
  readonly legend: { visible?: boolean; position?: string } = {};
  readonly axes = { categoryAxis: new FakeAxis(), valueAxis: new FakeAxis() };
  position?: [string, string | undefined];
  private readonly seriesItems: FakeSeries[] = [];
  readonly series = {
    getItemAt: (index: number) => {
      this.seriesItems[index] ??= new FakeSeries();
      return this.seriesItems[index];
    },
    add: (name?: string) => {
      const series = new FakeSeries(name);
      this.seriesItems.push(series);
      return series;
    },
  };
  constructor(
    readonly type: string,
    readonly source: FakeRange,
    readonly seriesBy?: string
  ) {}
  /** The series the adapter set up (for assertions; the adapter uses series.getItemAt and add). */
  seriesSet(index: number): FakeSeries | undefined {
    return this.seriesItems[index];
  }
  /** How many series the adapter set up or added. */
  get seriesCount(): number {
    return this.seriesItems.length;
  }
  setPosition(start: string, end?: string): void {
    this.position = [start, end];
  }
}

/** A sheet's page layout: what was set, and the print area and title rows given. */
export class FakePageLayout {
  orientation?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  firstPageNumber?: number;
  printArea?: string;
  printTitleRows?: string;
  readonly headersFooters = {
    defaultForAllPages: {} as { centerHeader?: string; centerFooter?: string },
  };
  setPrintArea(area: string): void {
    this.printArea = area;
  }
  setPrintTitleRows(rows: string): void {
    this.printTitleRows = rows;
  }
}

export class FakeSheet {
  tabColor?: string;
  visibility?: string;
  readonly properties: [string, string][] = [];
  readonly customProperties = {
    add: (key: string, value: string) => {
      this.properties.push([key, value]);
    },
  };
  private readonly ranges = new Map<string, FakeRange>();
  readonly tablesAdded: FakeTable[] = [];
  readonly tables = {
    add: (source: FakeRange, hasHeaders: boolean) => {
      this.calls.push(`${this.name}.tables.add(${source.address})`);
      const table = new FakeTable(this.calls, source, hasHeaders);
      this.tablesAdded.push(table);
      this.registry.register(table);
      return table;
    },
    getItem: (name: string) => {
      this.calls.push(`${this.name}.tables.getItem(${name})`);
      return this.registry.get(name);
    },
  };
  frozenRows?: number;
  readonly freezePanes = {
    freezeRows: (count: number) => {
      this.frozenRows = count;
    },
  };
  readonly pageLayout = new FakePageLayout();
  /** Page-break calls in order: "removePageBreaks", "add(A11)". */
  readonly pageBreakCalls: string[] = [];
  readonly horizontalPageBreaks = {
    add: (address: string) => {
      this.pageBreakCalls.push(`add(${address})`);
    },
    removePageBreaks: () => {
      this.pageBreakCalls.push("removePageBreaks");
    },
  };
  readonly chartsAdded: FakeChart[] = [];
  readonly chartsDeleted: string[] = [];
  readonly charts = {
    add: (type: string, source: FakeRange, seriesBy?: string) => {
      this.calls.push(`${this.name}.charts.add(${type})`);
      const chart = new FakeChart(type, source, seriesBy);
      this.chartsAdded.push(chart);
      return chart;
    },
    getItem: (name: string) => ({
      delete: () => {
        this.calls.push(`${this.name}.charts.getItem(${name}).delete`);
        this.chartsDeleted.push(name);
      },
    }),
  };

  constructor(
    readonly name: string,
    private readonly registry: TableRegistry,
    private readonly calls: string[]
  ) {}

  getRange(address: string): FakeRange {
    const range = this.ranges.get(address) ?? new FakeRange(address, this.calls);
    this.ranges.set(address, range);
    return range;
  }

  /** The range at an address the adapter asked for (throws if it never did). */
  range(address: string): FakeRange {
    const range = this.ranges.get(address);
    if (range === undefined) {
      throw new Error(`no range ${address}; asked: ${[...this.ranges.keys()].join(", ")}`);
    }
    return range;
  }

  /** Every address the adapter asked for. */
  addresses(): string[] {
    return [...this.ranges.keys()];
  }
}
