import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { cellAddress } from "../../src/formula";
import {
  FORECAST_SCENARIO,
  buildModelSheet,
  comparisonRow,
  exposureRow,
  offerColumn,
  scenarioBand,
  scenarioColumn,
} from "../../src/workbook/model";
import {
  DEFAULT_SETTINGS,
  cashFlows,
  cheapest,
  cheapestAtExits,
  computeSchedule,
  defaultOffers,
  EXPOSURE_FACTORS,
  impliedPrepaymentRate,
  presentValue,
  summarize,
} from "../../src/dealModel";
import { moneyRow } from "../../src/workbook/model/moneyLayout";
import { VALUE_COLUMN } from "../../src/workbook/model/offerInputs";
import { buildDemoWorkbook } from "../../src/xlsx/demoWorkbook";
import { storedCells, StoredCell } from "../../src/xlsx/__tests__/support/sheetXml";
import {
  pngInk,
  readValues,
  recalculateWithLibreOffice,
  renderSheetToPng,
  toLibreOfficePrecision,
  WorkbookValues,
} from "./libreOffice";

/*
 * The demo workbook in a real spreadsheet program. The share-safe file is recalculated by
 * LibreOffice Calc 7.4: every formula, native twins of DEAL's functions included, must give the
 * value DEAL computed with its pricing core (cached in the file). The file with DEAL formulas is
 * opened as a colleague's LibreOffice opens it (no recalculation): every cell shows its cached value.
 * LibreOffice writes numbers with 15 significant digits, so numbers are compared at that precision.
 * Recalculated, a number may also differ from DEAL's by the float rounding of a long chain of
 * arithmetic (the deal model's schedules): DEAL's own calls compute in exact decimals, their twins
 * and LibreOffice in floating point, which also sums a column its own way.
 */

jest.setTimeout(240_000);

const RESULTS = path.resolve(__dirname, "../../test-results/libreoffice");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "deal-demo-lo-"));
  mkdirSync(RESULTS, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * How far a recalculated number may be from DEAL's. DEAL takes each input at the 15 significant
 * digits Excel holds; LibreOffice's native formulas take it at its full binary value. Where a
 * draw-down subtracts amounts near 600,000 to leave about 600, the inputs' 16th and 17th digits
 * show at 1.6e-13 of the result. Opened without recalculation, the values must be the cached
 * ones exactly.
 */
const RECALCULATED_TOLERANCE = 2e-13;

interface Comparison {
  compared: number;
  formulas: number;
  /** Numbers equal at the 15 significant digits LibreOffice writes (and texts, booleans, errors). */
  exact: number;
  /** The largest relative difference between two numbers. */
  largestRelative: number;
  mismatches: string[];
}

/** A value as LibreOffice shows it: 15 significant digits; a formula's empty text as an empty cell. */
const shown = (value: unknown) =>
  typeof value === "number" ? toLibreOfficePrecision(value) : value === "" ? null : value;

const relativeDifference = (a: number, b: number) =>
  a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));

/**
 * The deal model's cells that hold an implied rate of a prepayment discount (native RATE), as
 * "sheet!address": an engine's RATE stops iterating at about 1e-7 of the monthly rate, so these
 * are compared to an absolute RATE_TOLERANCE (the evaluator iterates to the last bits).
 */
const RATE_TOLERANCE = 1e-8;
function rateCells(): Set<string> {
  const { layout } = model;
  const cells = layout.offers.flatMap((offer, i) => [
    { row: offer.fieldRows.impliedRate!, column: VALUE_COLUMN },
    { row: moneyRow(layout.money, "impliedRate"), column: offerColumn(i) },
  ]);
  return new Set(cells.map((cell) => `DEAL model!${cellAddress(cell)}`));
}

/**
 * Compares every formula cell's cached value in DEAL's file with what LibreOffice shows: equal at
 * LibreOffice's precision, or numbers within `tolerance` of each other (relative), an implied
 * rate within RATE_TOLERANCE.
 */
function compareFormulaCells(
  file: Map<string, Map<string, StoredCell>>,
  shownValues: WorkbookValues,
  tolerance = 0
): Comparison {
  const rates = rateCells();
  const result: Comparison = {
    compared: 0,
    formulas: 0,
    exact: 0,
    largestRelative: 0,
    mismatches: [],
  };
  for (const [sheet, cells] of file) {
    for (const [address, cell] of cells) {
      if (cell.formula === undefined) continue;
      result.formulas++;
      const expected = shown(cell.value ?? null);
      const actual = shown(shownValues[sheet]?.[address] ?? null);
      result.compared++;
      if (expected === actual) {
        result.exact++;
        continue;
      }
      if (typeof expected === "number" && typeof actual === "number") {
        const rate = rates.has(`${sheet}!${address}`) && tolerance > 0;
        if (rate && Math.abs(expected - actual) <= RATE_TOLERANCE) continue;
        const relative = relativeDifference(expected, actual);
        result.largestRelative = Math.max(result.largestRelative, relative);
        if (relative <= tolerance) continue;
      }
      result.mismatches.push(
        `${sheet}!${address}: DEAL ${String(expected)}, LibreOffice ${String(actual)}`
      );
    }
  }
  return result;
}

async function writeDemo(name: string, shareSafe: boolean) {
  const demo = await buildDemoWorkbook({ shareSafe });
  const file = path.join(dir, name);
  writeFileSync(file, demo.bytes);
  return { file, cells: storedCells(demo.bytes), demo };
}

/** The deal model of the demo's first sheet: the default offers. */
const model = (() => {
  const offers = defaultOffers();
  return { offers, layout: buildModelSheet(offers).layout };
})();

/** `make`'s result, made on the first call only, so each test may run alone. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}

/** The share-safe demo and the values LibreOffice recalculates for it. */
const shareSafeRecalculated = once(async () => {
  const written = await writeDemo("deal-demo-share-safe.xlsx", true);
  const recalculated = await recalculateWithLibreOffice(written.file, path.join(dir, "recalc"));
  return { ...written, values: await readValues(recalculated) };
});
const plainDemo = once(() => writeDemo("deal-demo.xlsx", false));

describe("the demo workbook in LibreOffice Calc", () => {
  it("recalculates every formula of the share-safe file to DEAL's value", async () => {
    const { cells, demo, values } = await shareSafeRecalculated();
    expect(demo.report.twinFormulas).toBeGreaterThan(0);
    const comparison = compareFormulaCells(cells, values, RECALCULATED_TOLERANCE);
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.compared).toBe(comparison.formulas);
    // Every formula the writer wrote: the twins and the native formulas (ROLLOVER's ledgers and
    // the references to them among them); no DEAL formula is left as values.
    expect(comparison.compared).toBe(demo.report.twinFormulas + demo.report.otherFormulaCells);
    expect(demo.report.valuesWithoutTwin).toEqual([]);
    const plain = [...(await plainDemo()).cells.values()]
      .flatMap((sheet) => [...sheet.values()])
      .filter((cell) => cell.formula !== undefined).length;
    writeFileSync(
      path.join(RESULTS, "share-safe-compared.txt"),
      `${comparison.compared} formula cells compared (the plain file holds ${plain}), ` +
        `${comparison.exact} equal at 15 significant digits, the others within a relative ` +
        `${comparison.largestRelative.toExponential(2)}\n`
    );
  });

  it("recalculates the deal model's term totals to the pricing core's, and names the cheapest", async () => {
    const { values } = await shareSafeRecalculated();
    const shown = values["DEAL model"];
    const { offers, layout } = model;
    const valueAt = (row: number, column: number) => shown[cellAddress({ row, column })];
    offers.forEach((offer, i) => {
      const expected = summarize(offer, computeSchedule(offer)).term.netCost;
      const inComparison = valueAt(comparisonRow(layout, "netCost"), offerColumn(i));
      const band = scenarioBand(layout.offers[i], FORECAST_SCENARIO);
      const underSchedule = valueAt(band.termRow, scenarioColumn("netCost"));
      for (const total of [inComparison, underSchedule]) {
        expect(typeof total).toBe("number");
        expect(relativeDifference(total as number, expected)).toBeLessThanOrEqual(1e-12);
      }
    });
    const best = offerColumn(cheapest(offers).index);
    expect(valueAt(layout.cheapestRow, 1)).toBe(valueAt(layout.comparisonHeader, best));
  });

  it("recalculates money over time to the pricing core's: present values, implied rates, exit costs", async () => {
    const { values } = await shareSafeRecalculated();
    const shown = values["DEAL model"];
    const { offers, layout } = model;
    const { money } = layout;
    const valueAt = (row: number, column: number) => shown[cellAddress({ row, column })];
    const near = (actual: unknown, expected: number, tolerance: number) => {
      expect(typeof actual).toBe("number");
      expect(relativeDifference(actual as number, expected)).toBeLessThanOrEqual(tolerance);
    };
    offers.forEach((offer, i) => {
      const pv = presentValue(cashFlows(offer), DEFAULT_SETTINGS.discountRate);
      near(valueAt(moneyRow(money, "presentValue"), offerColumn(i)), pv, 1e-12);
      // RATE stops at about 1e-7 of the monthly rate in any engine: an absolute 1e-8 a year here.
      const rate = impliedPrepaymentRate(offer.billing, offer.termMonths)!;
      const shownRate = valueAt(moneyRow(money, "impliedRate"), offerColumn(i)) as number;
      expect(Math.abs(shownRate - rate)).toBeLessThanOrEqual(1e-8);
    });
    cheapestAtExits(offers, DEFAULT_SETTINGS.exitMonths).forEach(({ costs, index }, e) => {
      const row = money.exitRows[e];
      costs.forEach((cost, i) => near(valueAt(row, offerColumn(i)), cost, 1e-12));
      expect(valueAt(row, offerColumn(offers.length))).toBe(
        valueAt(money.exitHeader, offerColumn(index))
      );
    });
  });

  it("shows the DEAL file's cached values where LibreOffice does not recalculate (a colleague without DEAL)", async () => {
    const { file, cells } = await plainDemo();
    const opened = await recalculateWithLibreOffice(file, path.join(dir, "stock"), {
      recalcOnLoad: false,
    });
    const values = await readValues(opened);
    const comparison = compareFormulaCells(cells, values);
    // Every cached value is shown, ROLLOVER's spills included: they are stored cell by cell, not
    // as array formulas, which LibreOffice would recalculate to #NAME?.
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.compared).toBeGreaterThan(3000);
    const errors = Object.entries(values).flatMap(([sheet, shown]) =>
      Object.entries(shown)
        .filter(([, value]) => typeof value === "string" && /^#[A-Z/0!?]+$/.test(value))
        .map(([address, value]) => `${sheet}!${address}: ${value}`)
    );
    expect(errors).toEqual([]);
    writeFileSync(
      path.join(RESULTS, "plain-stock-settings.txt"),
      `${comparison.compared} formula cells shown as cached; ${errors.length} error cells\n`
    );
  });

  it("renders a sheet of each file to PNG", async () => {
    const shareSafe = (await shareSafeRecalculated()).file;
    const plain = (await plainDemo()).file;
    const outputs = [
      // The model's summary: the comparison, the years and the exposure tables.
      await renderSheetToPng(shareSafe, "DEAL model", path.join(RESULTS, "demo-model.png"), {
        area: `A1:${cellAddress({
          row: exposureRow(model.layout, "overageCharge", EXPOSURE_FACTORS.length - 1),
          column: offerColumn(model.offers.length - 1),
        })}`,
        dpi: 110,
      }),
      await renderSheetToPng(
        shareSafe,
        "DEAL example TIEREDCOST",
        path.join(RESULTS, "demo-share-safe-tieredcost.png")
      ),
      await renderSheetToPng(
        plain,
        "DEAL SLA checklist",
        path.join(RESULTS, "demo-sla-checklist.png"),
        { recalcOnLoad: false }
      ),
    ];
    for (const png of outputs) expect(pngInk(png).inkPixels).toBeGreaterThan(1000);
  });
});
