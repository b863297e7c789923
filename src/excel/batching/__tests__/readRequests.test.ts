import { recordOfficeJsRun, utf8Bytes } from "../../../../test/support/officeJsRequests";
import type { DealFormulaCell, ScopeSheet } from "../../../sharing/prepare";
import { resultReads } from "../../sharing/readResults";
import type { FirstRead } from "../../sharing/readScope";
import { bandsWindow, UsedCellsRead, windowCells } from "../cellReads";
import { SAFE_PAYLOAD_BYTES } from "../payloadSize";
import { syncReads, type ReadGroup, type SizedRead } from "../readBatches";

/*
 * The request estimate of reads against Office.js's own requests (test/support/officeJsRequests.ts),
 * as requestEstimate.test.ts does for writes: every sync's estimate at least the real size, and
 * not so far above it that syncs are wasted. The sheets are fetched in a sync of their own first,
 * as the reads reuse the sheets the first sync listed.
 */

async function measured(
  sheetNames: readonly string[],
  readsOf: (sheets: Excel.Worksheet[]) => SizedRead[]
) {
  let groups: ReadGroup[] = [];
  const run = await recordOfficeJsRun(async (context) => {
    const sheets = sheetNames.map((name) => context.workbook.worksheets.getItem(name));
    await context.sync();
    groups = await syncReads(context, readsOf(sheets));
  });
  return { groups, real: run.syncs.slice(1).map(utf8Bytes) };
}

function expectSafeAndClose(groups: readonly ReadGroup[], real: readonly number[]) {
  expect(real).toHaveLength(groups.length);
  groups.forEach((group, i) => {
    expect(group.requestBytes).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
    expect(group.requestBytes).toBeGreaterThanOrEqual(real[i]);
    expect(group.requestBytes).toBeLessThanOrEqual(1.5 * real[i] + 20_000);
  });
}

const names = Array.from({ length: 40 }, (_, i) => `Sheet ${i + 1}`);

describe("the request estimate of reads, against Office.js's own requests", () => {
  it("is safe and close for the opening reads of many sheets", async () => {
    const window = bandsWindow(windowCells(40_000, ["formulas", "values"], 2));
    const { groups, real } = await measured(names, (sheets) =>
      sheets.map((sheet) =>
        new UsedCellsRead(() => sheet, ["formulas", "values"], window).opening()
      )
    );
    expect(groups).toHaveLength(1);
    expectSafeAndClose(groups, real);
  });

  it("is safe and close for 20,000 formulas' results, in several syncs", async () => {
    const scopeSheets = names.map((name, i): ScopeSheet => ({
      name,
      id: `{sheet-${i}}`,
      protected: false,
      names: [],
      at: { row: 0, column: 0 },
      formulas: [],
      values: [],
    }));
    const cells = Array.from({ length: 20_000 }, (_, i): DealFormulaCell => ({
      sheet: scopeSheets[i % scopeSheets.length],
      row: Math.floor(i / scopeSheets.length) * 7,
      column: (i * 3) % 16_000,
      formula: "=DEAL.TIEREDCOST(A1,B1:C5)",
    }));
    const { groups, real } = await measured(names, (sheets) => {
      // The sheets as the first read lists them: by id, used again in each request.
      const items = sheets.map((sheet, i) => ({ sheet, id: scopeSheets[i].id }));
      const first = {
        sheets: {
          items: items.map(({ sheet, id }) => withId(sheet, id)),
          getItem: () => {
            throw new Error("every formula's sheet was listed");
          },
        },
      } as unknown as FirstRead;
      return resultReads(first, cells).reads;
    });
    expect(groups.length).toBeGreaterThan(1);
    expectSafeAndClose(groups, real);
  }, 60_000);
});

/** A fetched sheet whose id reads as if loaded. */
function withId(sheet: Excel.Worksheet, id: string): Excel.Worksheet {
  return new Proxy(sheet, {
    get(target, key) {
      if (key === "id") return id;
      const value = Reflect.get(target, key, target) as unknown;
      return typeof value === "function" ? (value as () => unknown).bind(target) : value;
    },
  });
}
