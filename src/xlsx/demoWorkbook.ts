import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { MODEL_PRICES } from "../content/catalog";
import { PLAYBOOK_SECTIONS } from "../content/playbook";
import {
  DEFAULT_SETTINGS,
  cheapest,
  computeSchedule,
  defaultOffers,
  type Offer,
  summarize,
} from "../dealModel";
import { nativeDrawDowns } from "../sharing/drawDowns";
import type { NativeTwin } from "../sharing/nativeTwin";
import { buildBenchmarkSheet } from "../workbook/benchmarkSheet";
import { buildChecklistSheets } from "../workbook/checklistSheets";
import { buildExampleSheets } from "../workbook/exampleSheets";
import { buildModelSheet } from "../workbook/model";
import type { SheetPlan } from "../workbook/plan";
import { reconcile } from "../workbook/reconcile";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { applyEditToExcelJs, ExcelJsReport } from "./applyEdit";
import { writeXlsx } from "./writeFile";

/*
 * The sample workbook of `npm run demo`: everything the taskpane inserts (the deal model of the
 * default offers, the ten playbook checklists, a sheet each, and the competitor benchmark on the
 * built-in catalog) plus a worked example sheet per DEAL function, built by the taskpane's own
 * builders and merged by its own reconcile into a new workbook, then written through the ExcelJS
 * adapter.
 */

/** A new, empty workbook as reconcile sees it. */
export const EMPTY_SNAPSHOT: WorkbookSnapshot = {
  readOnly: false,
  structureProtected: false,
  sheets: [],
  tableNames: [],
  definedNames: [],
};

/** The demo's sheet plans, in the order of the workbook's tabs: the deal model first, the most useful. */
export function demoPlans(): SheetPlan[] {
  return [
    buildModelSheet(defaultOffers(), DEFAULT_SETTINGS).plan,
    ...buildExampleSheets(),
    buildBenchmarkSheet(MODEL_PRICES),
    ...buildChecklistSheets(PLAYBOOK_SECTIONS, "sheetPerSection"),
  ];
}

export interface DemoOptions {
  /** Native twins in place of DEAL calls (`--share-safe`). */
  readonly shareSafe?: boolean;
  /** The twins to use; DEAL's own by default. */
  readonly twins?: readonly NativeTwin[];
}

export interface DemoWorkbook {
  readonly bytes: Buffer;
  readonly report: ExcelJsReport;
}

/** The demo workbook's .xlsx bytes and what they hold. */
export async function buildDemoWorkbook(options: DemoOptions = {}): Promise<DemoWorkbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "DEAL";
  workbook.title = "DEAL sample workbook";
  // Share-safe, ROLLOVER's spills become native ledgers on a sheet of their own.
  const plans = options.shareSafe ? nativeDrawDowns(demoPlans()) : demoPlans();
  const edit = reconcile(EMPTY_SNAPSHOT, plans);
  const report = applyEditToExcelJs(workbook, edit, options);
  return { bytes: await writeXlsx(workbook, report), report };
}

/** Builds the demo workbook and writes it to `path`. */
export async function writeDemoWorkbook(
  path: string,
  options: DemoOptions = {}
): Promise<DemoWorkbook> {
  const demo = await buildDemoWorkbook(options);
  await writeFile(path, demo.bytes);
  return demo;
}

/** What the file holds, in lines for the terminal. */
export function describeDemo(path: string, demo: DemoWorkbook, shareSafe: boolean): string[] {
  const { report } = demo;
  const lines = [
    `Wrote ${path} (${Math.round(demo.bytes.length / 1024)} KB${shareSafe ? ", share-safe" : ""}).`,
    `Sheets (${report.sheets.length}): ${report.sheets.map((sheet) => sheet.name).join(", ")}.`,
  ];
  if (shareSafe) {
    const stale = report.valuesWithoutTwin;
    const fns = [...new Set(stale.map((v) => `DEAL.${v.fn}`))].join(", ");
    lines.push(
      `DEAL formulas: ${report.dealFormulaCells}; ${report.twinFormulas} written as native formulas ` +
        `with their values cached, ` +
        (stale.length === 0
          ? "none as values."
          : `${stale.length} as values flagged as stale on their sheets (no native formula for ${fns}).`)
    );
  } else {
    lines.push(
      `DEAL formulas: ${report.dealFormulaCells}, ${report.dealFormulasCached} with cached values ` +
        "(stored as _xldudf_DEAL_…, the form Excel gives add-in functions)."
    );
  }
  const cachedOthers = report.otherFormulaCells - report.uncachedFormulas.length;
  lines.push(`Other formulas: ${report.otherFormulaCells}, ${cachedOthers} with cached values.`);
  lines.push(modelLine(defaultOffers()));
  const charts = [...report.charts.values()].flat();
  lines.push(`Charts: ${charts.length}, drawn from the cached values.`);
  if (report.chartsLeftOut.length > 0) {
    lines.push(
      `Left out: ${report.chartsLeftOut.length} chart(s): ${report.chartsLeftOut.join("; ")}.`
    );
  }
  return lines;
}

const usd = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  maximumFractionDigits: 0,
});

/**
 * The deal model's verdict: each offer's net cost over its term and the cheapest. It comes from
 * the pricing core (src/dealModel); the tests hold the sheet's cached term totals, and
 * LibreOffice's recalculation of them, to the same numbers.
 */
function modelLine(offers: readonly Offer[]): string {
  const name = (offer: Offer) => `${offer.vendor} ${offer.model}`;
  const costs = offers.map(
    (offer) =>
      `${name(offer)} ${usd.format(summarize(offer, computeSchedule(offer)).term.netCost)} ` +
      `over ${offer.termMonths} months`
  );
  const best = cheapest(offers);
  return (
    `Deal model (first sheet): net cost at the forecast, ${costs.join("; ")}. ` +
    `Cheapest: ${name(best.offer)}.`
  );
}
