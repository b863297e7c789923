import { OfficeMockObject } from "office-addin-mock";
import { WorkbookRefusal } from "../../workbook/workbookRefusal";
import { createExcelWorkbookService } from "../excelWorkbookService";
import { MAX_USAGE_ROWS } from "../readSelectedUsage";

/** The selection Excel reports: its address and cells, as Range.values gives them. */
interface Selection {
  readonly address: string;
  readonly values: readonly (readonly unknown[])[];
  /** The size Excel reports, when the test does not give every cell (a whole column). */
  readonly rowCount?: number;
}

/**
 * Installs a global Excel whose workbook has `selection` selected. Counts the syncs and records
 * what the adapter loaded of the selected range.
 */
function excelSelecting(selection: Selection) {
  const range = new OfficeMockObject({
    address: selection.address,
    rowCount: selection.rowCount ?? selection.values.length,
    columnCount: selection.values[0]?.length ?? 0,
    values: selection.values.map((row) => [...row]),
  });
  const loads = jest.spyOn(range, "load");
  const mock = new OfficeMockObject({
    workbook: {
      getSelectedRange: () => range,
    },
  });
  const sync = jest.spyOn(mock, "sync").mockImplementation(async () => {
    // The range is returned by a method, not held as a property, so the context cannot reach it.
    await range.sync();
  });
  (globalThis as { Excel?: unknown }).Excel = {
    run: (batch: (context: Excel.RequestContext) => Promise<unknown>) =>
      batch(mock as unknown as Excel.RequestContext),
  };
  return {
    syncs: () => sync.mock.calls.length,
    loaded: () => loads.mock.calls.map(([properties]) => properties),
    failWith: (code: string) =>
      sync.mockRejectedValue(Object.assign(new Error("Excel said no."), { code })),
  };
}

const months = (n: number) => Array.from({ length: n }, (_, i) => [20_000 + i, 4_000 + i]);
const readSelection = () => createExcelWorkbookService().readSelectedUsage();

/** The refusal the read ends with. */
async function refusal(): Promise<WorkbookRefusal> {
  const error: unknown = await readSelection().then(
    () => undefined,
    (e: unknown) => e
  );
  expect(error).toBeInstanceOf(WorkbookRefusal);
  return error as WorkbookRefusal;
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  jest.restoreAllMocks();
});

describe("reading a usage forecast from the selection", () => {
  it("reads two columns of 36 months in two syncs: the size, then the cells", async () => {
    const excel = excelSelecting({ address: "'Usage plan'!B2:C37", values: months(36) });
    const forecast = await readSelection();
    expect(forecast.kind).toBe("cells");
    expect(forecast.source).toBe("'Usage plan'!B2:C37");
    expect(forecast.months).toHaveLength(36);
    expect(forecast.months[0]).toEqual({ inputTokensM: 20_000, outputTokensM: 4_000 });
    expect(forecast.months[35]).toEqual({ inputTokensM: 20_035, outputTokensM: 4_035 });
    expect(excel.syncs()).toBe(2);
    expect(excel.loaded()).toEqual(["address,rowCount,columnCount", "values"]);
  });

  it("reads blank cells as months without usage", async () => {
    excelSelecting({
      address: "Usage!B2:C4",
      values: [
        [100, 10],
        ["", ""],
        [120, ""],
      ],
    });
    const forecast = await readSelection();
    expect(forecast.months).toEqual([
      { inputTokensM: 100, outputTokensM: 10 },
      { inputTokensM: 0, outputTokensM: 0 },
      { inputTokensM: 120, outputTokensM: 0 },
    ]);
  });

  it("names the cell that holds text", async () => {
    excelSelecting({
      address: "Usage!B2:C4",
      values: [
        [100, 10],
        [110, "n/a"],
        [120, 12],
      ],
    });
    expect((await refusal()).message).toBe(
      'Row 2 of Usage!B2:C4 (output tokens) holds "n/a"; expected a number ≥ 0.'
    );
  });

  it("refuses three columns in one sync, without reading the cells", async () => {
    const excel = excelSelecting({
      address: "Usage!B2:D37",
      values: months(36).map((r) => [...r, 1]),
    });
    expect((await refusal()).message).toMatch(
      /^Select two columns, .*Usage!B2:D37 has 3 columns\.$/
    );
    expect(excel.syncs()).toBe(1);
    expect(excel.loaded()).toEqual(["address,rowCount,columnCount"]);
  });

  it("refuses whole columns in one sync, without reading the cells", async () => {
    const excel = excelSelecting({ address: "Usage!B:C", values: months(2), rowCount: 1_048_576 });
    expect((await refusal()).message).toBe(
      "Usage!B:C has 1,048,576 rows; a forecast has a row per month, at most 1,200. Select the months' cells rather than whole columns."
    );
    expect(excel.syncs()).toBe(1);
    expect(excel.loaded()).toEqual(["address,rowCount,columnCount"]);
  });

  it("reads as many rows as the guard allows", async () => {
    excelSelecting({ address: "Usage!A1:B1200", values: months(MAX_USAGE_ROWS) });
    await expect(readSelection()).resolves.toHaveProperty("months.length", MAX_USAGE_ROWS);
  });

  it.each([
    [
      "several areas, a chart or a shape",
      "InvalidSelection",
      /^Excel cannot read this selection: select one block of cells/,
    ],
    [
      "a cell being edited",
      "InvalidOperationInCellEditMode",
      /then choose Use the selected cells again\./,
    ],
  ])("explains what Excel refused: %s", async (_case, code, message) => {
    excelSelecting({ address: "Usage!B2:C3", values: months(2) }).failWith(code);
    const { message: said } = await refusal();
    expect(said).toMatch(message);
    expect(said).toMatch(/Nothing was changed\.$/);
  });
});
