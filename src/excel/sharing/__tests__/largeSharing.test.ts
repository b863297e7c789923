import { cellAddress } from "../../../formula";
import * as batching from "../../batching/batches";
import { SAFE_PAYLOAD_BYTES } from "../../batching/payloadSize";
import { createExcelWorkbookService } from "../../excelWorkbookService";
import { installExcel } from "./support/fakeExcel";

/*
 * Prepare for sharing on a workbook whose change is too large for one request: it is written in
 * several syncs, each estimated under the budget, and restore still gives back every formula
 * exactly.
 */

const ROWS = 2_000;

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

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
  jest.restoreAllMocks();
});

it("replaces a large workbook's formulas with values and restores them, every write sync under the budget", async () => {
  const cells = pricesSheet();
  const excel = installExcel({
    sheets: [
      { name: "Prices", cells },
      { name: "Notes", cells: { A1: "'Plain text" } },
    ],
    evaluate: (formula) => (formula.startsWith("=DEAL.TIEREDCOST") ? 1250.5 : 42),
  });
  const writes = jest.spyOn(batching, "syncBatches");
  const service = createExcelWorkbookService();

  const before = excel.syncs();
  const report = await service.prepareForSharing("values", "workbook");
  const syncs = excel.syncs() - before;
  expect(report.changed).toHaveLength(2 * ROWS);

  const writeBatches = writes.mock.calls.flatMap((call) => call[1]);
  expect(writeBatches.length).toBeGreaterThan(1);
  for (const batch of writeBatches) expect(batch.bytes).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
  // The reads (sheets, cells and store, results), then one sync per write batch.
  expect(syncs).toBe(3 + writeBatches.length);
  expect(excel.workbook.formulas("Prices")).toEqual({});

  await service.prepareForSharing("restore", "workbook");
  const formulas = Object.fromEntries(
    Object.entries(cells).filter(([, v]) => String(v).startsWith("="))
  );
  expect(excel.workbook.formulas("Prices")).toEqual(formulas);
}, 60_000);
