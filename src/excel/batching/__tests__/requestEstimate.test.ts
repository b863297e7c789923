import { MODEL_PRICES } from "../../../content/catalog";
import { PLAYBOOK_SECTIONS } from "../../../content/playbook";
import { defaultOffers, type Offer } from "../../../dealModel";
import { planValues, type ScopeRead } from "../../../sharing/prepare";
import { buildBenchmarkSheet } from "../../../workbook/benchmarkSheet";
import { buildChecklistSheets } from "../../../workbook/checklistSheets";
import type { WorkbookEdit } from "../../../workbook/edit";
import { buildModelSheet } from "../../../workbook/model";
import type { SheetPlan } from "../../../workbook/plan";
import { reconcile } from "../../../workbook/reconcile";
import type { WorkbookSnapshot } from "../../../workbook/snapshot";
import { recordOfficeJsRun, utf8Bytes } from "../../../../test/support/officeJsRequests";
import { editOperations } from "../../applyEdit";
import {
  editOf,
  MODEL_SHEET_EDIT,
  NEW_SHEET_EDIT,
  RENAMED_SHEET_EDIT,
} from "../../__tests__/support/edits";
import { sharingOperations } from "../../sharing/applySharing";
import { packBatches, syncBatches, type Batch } from "../batches";
import { SAFE_PAYLOAD_BYTES } from "../payloadSize";
import type { SizedOperation } from "../sizedOperations";

/*
 * The estimator against the yardstick: the request text Microsoft's own Office.js builds for the
 * same batches (test/support/officeJsRequests.ts). Every sync's estimate must be at least the
 * real size (the safe side), and not so far above it that syncs are wasted.
 */

const EMPTY: WorkbookSnapshot = {
  readOnly: false,
  structureProtected: false,
  sheets: [{ name: "Sheet1", protected: false, tables: [] }],
  tableNames: [],
  definedNames: [],
};
const NOTHING_READ = { snapshot: EMPTY, chartNames: new Map<string, string[]>() };

const insertOf = (plans: readonly SheetPlan[]) => reconcile(EMPTY, plans);

function offers(count: number, termMonths: number): Offer[] {
  const [a, b] = defaultOffers();
  return Array.from({ length: count }, (_, i) => ({ ...(i % 2 === 0 ? a : b), termMonths }));
}

/** A price list of `count` models, the catalog's rows renamed. */
export function priceList(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    ...MODEL_PRICES[i % MODEL_PRICES.length],
    model: `${MODEL_PRICES[i % MODEL_PRICES.length].model} #${i + 1}`,
  }));
}

/** The estimate and the real request of each sync of these operations. */
async function measured(operations: readonly SizedOperation[]) {
  const batches: Batch[] = packBatches(operations);
  const run = await recordOfficeJsRun((context) => syncBatches(context, batches));
  return {
    batches,
    real: run.syncs.map(utf8Bytes),
    /** Excel.run's own requests after the batch's syncs: releasing the ranges it kept. */
    releases: run.requests.length - run.syncs.length,
  };
}

function expectSafeAndClose(estimates: readonly Batch[], real: readonly number[]) {
  expect(real).toHaveLength(estimates.length);
  estimates.forEach((batch, i) => {
    expect(batch.bytes).toBeLessThanOrEqual(SAFE_PAYLOAD_BYTES);
    expect(batch.bytes).toBeGreaterThanOrEqual(real[i]);
    // Close enough that a sync is not wasted on the estimate's margin.
    expect(batch.bytes).toBeLessThanOrEqual(1.5 * real[i] + 20_000);
  });
}

describe("the request estimate, against Office.js's own requests", () => {
  it.each<[string, () => WorkbookEdit]>([
    [
      "the adapter's test edits",
      () => editOf([NEW_SHEET_EDIT, RENAMED_SHEET_EDIT, MODEL_SHEET_EDIT]),
    ],
    ["the default deal model", () => insertOf([buildModelSheet(defaultOffers()).plan])],
    [
      "the 101-item checklists and the benchmark",
      () =>
        insertOf([
          ...buildChecklistSheets(PLAYBOOK_SECTIONS, "sheetPerSection"),
          buildBenchmarkSheet(MODEL_PRICES),
        ]),
    ],
    [
      "a 4-offer 60-month model (three syncs)",
      () => insertOf([buildModelSheet(offers(4, 60)).plan]),
    ],
    [
      "a benchmark of 5,000 models (several syncs)",
      () => insertOf([buildBenchmarkSheet(priceList(5_000))]),
    ],
  ])("is safe and close for %s", async (_name, edit) => {
    const read = {
      ...NOTHING_READ,
      snapshot: {
        ...EMPTY,
        sheets: [...EMPTY.sheets, { name: "Our SLA asks", protected: false, tables: [] }],
      },
    };
    const { batches, real, releases } = await measured(editOperations(edit(), read));
    expectSafeAndClose(batches, real);
    // Every range is untracked: Excel.run has no reference to release in a request of its own.
    expect(releases).toBe(0);
  });

  it("is safe and close for Prepare for sharing's values on a large sheet", async () => {
    const rows = 4_000;
    const formulas = Array.from({ length: rows }, (_, r) => [
      `=DEAL.TIEREDCOST(B${r + 1},$E$1:$G$3,"graduated",1000000)`,
      `=DEAL.SLACREDIT(C${r + 1},D${r + 1},$E$5:$F$7)`,
    ]);
    const read: ScopeRead = {
      scope: "sheet",
      readOnly: false,
      structureProtected: false,
      sheetNames: ["Prices"],
      names: [],
      sheets: [
        {
          name: "Prices",
          id: "{1}",
          protected: false,
          names: [],
          at: { row: 0, column: 0 },
          formulas,
          values: formulas.map((row) => row.map((_, c) => 1000.25 * (c + 1))),
        },
      ],
    };
    const plan = planValues(
      read,
      formulas.flatMap((row, r) =>
        row.map((formula, c) => ({
          cell: { sheet: { name: "Prices", id: "{1}" }, row: r, column: c, formula, calls: [] },
          value: 1000.25,
          valueType: "Double",
        }))
      ) as never
    );
    const { batches, real } = await measured(sharingOperations(plan.steps));
    expect(batches.length).toBeGreaterThan(1);
    expectSafeAndClose(batches, real);
  });
});
