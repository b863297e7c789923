import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
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
 */

jest.setTimeout(240_000);

const RESULTS = path.resolve(__dirname, "../../test-results/libreoffice");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "deal-demo-lo-"));
  mkdirSync(RESULTS, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Comparison {
  compared: number;
  formulas: number;
  mismatches: string[];
}

const shown = (value: unknown) =>
  typeof value === "number" ? toLibreOfficePrecision(value) : value;

/** Compares every formula cell's cached value in DEAL's file with what LibreOffice shows. */
function compareFormulaCells(
  file: Map<string, Map<string, StoredCell>>,
  shownValues: WorkbookValues
): Comparison {
  const result: Comparison = { compared: 0, formulas: 0, mismatches: [] };
  for (const [sheet, cells] of file) {
    for (const [address, cell] of cells) {
      if (cell.formula === undefined) continue;
      result.formulas++;
      const expected = shown(cell.value ?? null);
      const actual = shown(shownValues[sheet]?.[address] ?? null);
      result.compared++;
      if (expected !== actual)
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

describe("the demo workbook in LibreOffice Calc", () => {
  it("recalculates every formula of the share-safe file to DEAL's value", async () => {
    const { file, cells, demo } = await writeDemo("deal-demo-share-safe.xlsx", true);
    expect(demo.report.twinFormulas).toBeGreaterThan(0);
    const recalculated = await recalculateWithLibreOffice(file, path.join(dir, "recalc"));
    const comparison = compareFormulaCells(cells, await readValues(recalculated));
    expect(comparison.mismatches).toEqual([]);
    expect(comparison.compared).toBe(comparison.formulas);
    expect(comparison.compared).toBeGreaterThan(100);
    writeFileSync(
      path.join(RESULTS, "share-safe-compared.txt"),
      `${comparison.compared} formula cells compared\n`
    );
  });

  it("shows the DEAL file's cached values where LibreOffice does not recalculate (a colleague without DEAL)", async () => {
    const { file, cells } = await writeDemo("deal-demo.xlsx", false);
    const opened = await recalculateWithLibreOffice(file, path.join(dir, "stock"), {
      recalcOnLoad: false,
    });
    const values = await readValues(opened);
    const comparison = compareFormulaCells(cells, values);
    // ROLLOVER's dynamic array is the exception: LibreOffice recalculates array formulas on load
    // whatever its settings, and it has no DEAL.ROLLOVER, so that block shows #NAME? there.
    const outsideRollover = comparison.mismatches.filter(
      (line) => !line.startsWith("DEAL example ROLLOVER!")
    );
    expect(outsideRollover).toEqual([]);
    expect(comparison.compared).toBeGreaterThan(100);
  });

  it("renders a sheet of each file to PNG", async () => {
    const shareSafe = path.join(dir, "deal-demo-share-safe.xlsx");
    const plain = path.join(dir, "deal-demo.xlsx");
    const outputs = [
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
