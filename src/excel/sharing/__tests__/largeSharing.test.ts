import { cellAddress } from "../../../formula";
import * as batching from "../../batching/batches";
import { SAFE_PAYLOAD_BYTES } from "../../batching/payloadSize";
import * as reading from "../../batching/readBatches";
import { createExcelWorkbookService } from "../../excelWorkbookService";
import { installExcel } from "./support/fakeExcel";

/*
 * Prepare for sharing on a workbook too large for one request or one response: several sheets
 * of thousands of rows are read in windows and slices, and the change written in several syncs,
 * each estimated under the budget; restore still gives back every formula exactly.
 */

const ROWS = 1_500;
const SHEETS = ["Prices", "Volumes", "Credits"];

/** A sheet of ROWS rows: a volume, a TIEREDCOST and a SLACREDIT per row, and three inputs. */
function pricesSheet() {
  const cells: Record<string, string | number> = {};
  for (let r = 0; r < ROWS; r++) {
    cells[cellAddress({ row: r, column: 0 })] = 1_000 + r;
    cells[cellAddress({ row: r, column: 1 })] = `=DEAL.TIEREDCOST(A${r + 1},$H$1:$J$3)`;
    cells[cellAddress({ row: r, column: 2 })] = `=DEAL.SLACREDIT(0.995,A${r + 1},$H$5:$I$7)`;
    cells[cellAddress({ row: r, column: 3 })] = r / 7;
    cells[cellAddress({ row: r, column: 4 })] = `Row ${r + 1} of the plan`;
    cells[cellAddress({ row: r, column: 5 })] = r % 3;
  }
  return cells;
}

/** Every sync an action makes, with its estimates: the reads' groups, then the writes' batches. */
function recordSyncs() {
  const reads = jest.spyOn(reading, "syncReads");
  const writes = jest.spyOn(batching, "syncBatches");
  return async () => {
    const groups = (
      await Promise.all(reads.mock.results.map((r) => r.value))
    ).flat() as reading.ReadGroup[];
    const batches = writes.mock.calls.flatMap((call) => call[1]);
    reads.mockClear();
    writes.mockClear();
    return { groups, batches };
  };
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  jest.restoreAllMocks();
});

it("replaces the formulas of several large sheets with values and restores them, every sync estimated under the budget", async () => {
  const cells = pricesSheet();
  const excel = installExcel({
    sheets: [...SHEETS.map((name) => ({ name, cells })), { name: "Notes", cells: { A1: "'Text" } }],
    evaluate: (formula) => (formula.startsWith("=DEAL.TIEREDCOST") ? 1250.5 : 42),
  });
  const syncsOf = recordSyncs();
  const service = createExcelWorkbookService();

  const before = excel.syncs();
  const report = await service.prepareForSharing("values", "workbook");
  const syncs = excel.syncs() - before;
  const { groups, batches } = await syncsOf();
  expect(report.changed).toHaveLength(SHEETS.length * 2 * ROWS);

  // The sheets' cells (about 3.5 MB estimated together) and the 9,000 results need several syncs.
  expect(groups.length).toBeGreaterThan(4);
  expect(batches.length).toBeGreaterThan(1);
  expect(syncs).toBe(groups.length + batches.length);
  for (const group of groups) {
    expect(group.requestBytes).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
    expect(group.responseBytes).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
  }
  for (const batch of batches) expect(batch.bytes).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
  for (const name of SHEETS) expect(excel.workbook.formulas(name)).toEqual({});

  // Restore reads the store of 9,000 formulas in slices too.
  await service.prepareForSharing("restore", "workbook");
  const restored = await syncsOf();
  for (const group of restored.groups) {
    expect(group.responseBytes).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
  }
  const formulas = Object.fromEntries(
    Object.entries(cells).filter(([, v]) => String(v).startsWith("="))
  );
  for (const name of SHEETS) expect(excel.workbook.formulas(name)).toEqual(formulas);
}, 120_000);
