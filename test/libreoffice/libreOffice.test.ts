/*
 * The LibreOffice harness (libreOffice.ts) on workbooks made here with ExcelJS, and what
 * Debian's LibreOffice Calc 7.4 does with them:
 * - with the harness's profile it recalculates every formula on load: cached values that are
 *   deliberately wrong come back right;
 * - with LibreOffice's own settings it keeps the cached values (the control: the recalculation
 *   is the profile's doing);
 * - a function it does not know, such as the add-in's DEAL.TIEREDCOST, gives #NAME? once
 *   recalculated, but shows its cached value with the stock settings;
 * - an array formula (how a dynamic array such as DEAL.ROLLOVER's spill is stored) is
 *   recalculated on load even with the stock settings, so an add-in's shows #NAME?; the same
 *   results stored cell by cell, INDEX(call, row, column), keep their cached values;
 * - a sheet renders to a PNG (saved under test-results/libreoffice/ to be looked at).
 *
 * Needs /usr/bin/soffice (Debian: libreoffice-calc) and /usr/bin/pdftoppm (poppler-utils);
 * `npm test` installs them (scripts/ensureTestTools.js).
 */
import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import {
  PDFTOPPM,
  pngInk,
  readFormulas,
  readValues,
  recalculateWithLibreOffice,
  renderSheetToPng,
  SOFFICE,
  toLibreOfficePrecision,
  WorkbookValues,
} from "./libreOffice";

jest.setTimeout(180_000);

const ROOT = path.resolve(__dirname, "../..");
const RESULTS = path.join(ROOT, "test-results", "libreoffice");

let work: string;

beforeAll(() => {
  for (const tool of [SOFFICE, PDFTOPPM]) {
    if (!fs.existsSync(tool)) {
      throw new Error(
        `${tool} is missing. Install libreoffice-calc and poppler-utils (Debian), or run \`node scripts/ensureTestTools.js\`.`
      );
    }
  }
  work = fs.mkdtempSync(path.join(os.tmpdir(), "deal-lo-test-"));
  fs.mkdirSync(RESULTS, { recursive: true });
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function writeWorkbook(
  name: string,
  build: (workbook: ExcelJS.Workbook) => void
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const file = path.join(work, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** Plain formulas over the tier table of buildPricing: cell, label, formula, a wrong cached result. */
const PRICING_FORMULAS: [string, string, string, ExcelJS.CellValue][] = [
  ["D2", "Bounds × prices", "SUMPRODUCT(A2:A4,B2:B4)", 999],
  ["D3", "Price of the usage's tier", "INDEX(B2:B4,MATCH(E1,A2:A4,1))", 999],
  ["D4", "Usage capped at 2500", "MIN(E1,2500)", 999],
  ["D5", "Usage +7%, in blocks of 250", "CEILING(E1*1.07,250)", 999],
  ["D6", "Usage − 3000", "E1-3000", 5],
  ["D7", "Over 1000?", 'IF(E1>1000,"over","under")', "wrong"],
  ["D8", "Usage / 0", "E1/0", 1],
  // Tiered cost by differential rates: each tier's rate minus the one below it.
  ["D9", "Tiered cost", "SUMPRODUCT((E1>A2:A4)*(E1-A2:A4)*(B2:B4-{0;0.01;0.008}))", 999],
];

/** A tier table and the formulas above, each cached with a deliberately wrong result. */
function buildPricing(workbook: ExcelJS.Workbook): void {
  const prices = workbook.addWorksheet("Prices");
  prices.columns = [{ width: 12 }, { width: 10 }, { width: 28 }, { width: 12 }, { width: 10 }];
  prices.getRow(1).values = ["From tokens", "Price", null, "Usage", 3000];
  prices.getRow(2).values = [0, 0.01];
  prices.getRow(3).values = [1000, 0.008];
  prices.getRow(4).values = [5000, 0.005];
  for (const [address, label, formula, result] of PRICING_FORMULAS) {
    prices.getCell(address.replace("D", "C")).value = label;
    prices.getCell(address).value = { formula, result } as ExcelJS.CellFormulaValue;
  }
  const summary = workbook.addWorksheet("Summary");
  summary.getColumn(1).width = 26;
  summary.getCell("A1").value = "Twice the capped usage";
  summary.getCell("B1").value = { formula: "Prices!D4*2", result: 1 };
  summary.getCell("A2").value = "A ninth of the usage";
  summary.getCell("B2").value = { formula: "Prices!E1/9", result: 1 };
}

describe("recalculateWithLibreOffice", () => {
  let pricing: string;
  let recalculated: WorkbookValues;
  let stock: WorkbookValues;
  let cached: WorkbookValues;

  beforeAll(async () => {
    pricing = await writeWorkbook("pricing.xlsx", buildPricing);
    // Both at once: every run has its own profile.
    const [always, never] = await Promise.all([
      recalculateWithLibreOffice(pricing, path.join(work, "always")),
      recalculateWithLibreOffice(pricing, path.join(work, "stock"), { recalcOnLoad: false }),
    ]);
    [recalculated, stock, cached] = await Promise.all([
      readValues(always),
      readValues(never),
      readValues(pricing),
    ]);
  });

  test("recalculates every formula on load, replacing the wrong cached results", () => {
    expect(recalculated.Prices).toEqual({
      A1: "From tokens",
      B1: "Price",
      D1: "Usage",
      E1: 3000,
      A2: 0,
      B2: 0.01,
      A3: 1000,
      B3: 0.008,
      A4: 5000,
      B4: 0.005,
      ...Object.fromEntries(
        PRICING_FORMULAS.map(([address, label]) => [address.replace("D", "C"), label])
      ),
      D2: toLibreOfficePrecision(0 * 0.01 + 1000 * 0.008 + 5000 * 0.005),
      D3: 0.008,
      D4: 2500,
      D5: 3250, // CEILING(3210, 250)
      D6: 0, // ExcelJS's cell.value drops a zero result; readValues does not.
      D7: "over",
      D8: "#DIV/0!",
      // 1000 × 0.01 + 2000 × 0.008, the tiers up to 3000 tokens (JavaScript gets 25.999999999999996
      // the differential way; both are 26 at the 15 digits LibreOffice writes).
      D9: toLibreOfficePrecision(1000 * 0.01 + 2000 * 0.008),
    });
    expect(recalculated.Summary).toEqual({
      A1: "Twice the capped usage",
      B1: 5000,
      A2: "A ninth of the usage",
      // LibreOffice 7.4 writes 15 significant digits: 333.333333333333, not 333.3333333333333.
      B2: toLibreOfficePrecision(3000 / 9),
    });
    expect(recalculated.Summary.B2).not.toBe(3000 / 9);
  });

  test("with LibreOffice's own settings the cached results stay, wrong as they are", () => {
    // The file as ExcelJS wrote it, read back: the harness reads cached results, zeros too.
    expect(cached.Prices).toMatchObject({ D2: 999, D6: 5, D7: "wrong", D8: 1 });
    expect(stock.Prices).toMatchObject({
      D2: 999,
      D3: 999,
      D4: 999,
      D5: 999,
      D6: 5,
      D7: "wrong",
      D8: 1,
      D9: 999,
    });
    expect(stock.Summary).toMatchObject({ B1: 1, B2: 1 });
  });

  test("writes ods too, names the output after the source, and never overwrites the source", async () => {
    const before = fs.readFileSync(pricing);
    const ods = await recalculateWithLibreOffice(pricing, work, { format: "ods" });
    expect(ods).toBe(path.join(work, "pricing.ods"));
    expect(fs.readFileSync(ods).subarray(0, 2).toString()).toBe("PK");
    await expect(recalculateWithLibreOffice(pricing, work)).rejects.toThrow(/would overwrite it/);
    expect(fs.readFileSync(pricing).equals(before)).toBe(true);
  });

  test("fails with soffice's own words on a file it cannot load", async () => {
    const broken = path.join(work, "broken.xlsx");
    fs.writeFileSync(broken, "PK\u0003\u0004 not a zip");
    await expect(recalculateWithLibreOffice(broken, path.join(work, "broken"))).rejects.toThrow(
      /wrote no .*broken\.xlsx[\s\S]*stderr: [\s\S]*source file could not be loaded/
    );
    await expect(
      recalculateWithLibreOffice(path.join(work, "missing.xlsx"), path.join(work, "missing"))
    ).rejects.toThrow(/no file to convert/);
  });

  test("kills soffice when it runs out of time", async () => {
    await expect(
      recalculateWithLibreOffice(pricing, path.join(work, "late"), { timeoutMs: 200 })
    ).rejects.toThrow(/within 0\.2 s and was killed/);
  });
});

/** DEAL.ROLLOVER(100, 80): carried in, covered, overage, carried out, forfeited. */
const SPILLED = [0, 80, 0, 20, 0];

describe("an add-in function LibreOffice does not know, with cached values", () => {
  let deal: string;

  beforeAll(async () => {
    deal = await writeWorkbook("deal.xlsx", (workbook) => {
      const sheet = workbook.addWorksheet("Deal");
      sheet.columns = [{ width: 34 }, { width: 12 }];
      const rows: [string, ExcelJS.CellValue][] = [
        ["Usage", 3000],
        ["DEAL.TIEREDCOST", { formula: 'DEAL.TIEREDCOST(B1,"tiers")', result: 26 }],
        ["_xldudf_DEAL_TIEREDCOST", { formula: '_xldudf_DEAL_TIEREDCOST(B1,"tiers")', result: 26 }],
        ["Twice B2 (cached)", { formula: "B2*2", result: 52 }],
        ["Three times B2 (no cached value)", { formula: "B2*3" } as ExcelJS.CellFormulaValue],
        ["Usage + 1 (plain)", { formula: "B1+1", result: 3001 }],
        // Its shortest decimal ends in 5 at the 16th digit, its exact binary value just below.
        [
          "A half at the 16th digit",
          { formula: "B1*0+1515497.456043735", result: 1515497.456043735 },
        ],
      ];
      rows.forEach(([label, value], i) => {
        sheet.getCell(`A${i + 1}`).value = label;
        sheet.getCell(`B${i + 1}`).value = value;
      });
      // DEAL.ROLLOVER's spill of one period, as an array formula (row 1) and cell by cell (row 2).
      const spill = workbook.addWorksheet("Spill");
      spill.getCell("A1").value = 80;
      const call = "_xldudf_DEAL_ROLLOVER(100,A1)";
      SPILLED.forEach((result, c) => {
        const column = String.fromCharCode(66 + c);
        spill.getCell(`${column}1`).value =
          c === 0
            ? ({ formula: call, result, shareType: "array", ref: "B1:F1" } as ExcelJS.CellValue)
            : result;
        spill.getCell(`${column}2`).value = { formula: `INDEX(${call},1,${c + 1})`, result };
      });
    });
  });

  test("recalculated, it is #NAME?, and so is everything that depends on it", async () => {
    const out = await recalculateWithLibreOffice(deal, path.join(work, "deal-always"));
    expect((await readValues(out)).Deal).toMatchObject({
      B1: 3000,
      B2: "#NAME?",
      B3: "#NAME?",
      B4: "#NAME?",
      B5: "#NAME?",
      B6: 3001,
      B7: toLibreOfficePrecision(1515497.456043735),
    });
    // The call stays in the formula (LibreOffice writes the name in lower case).
    expect((await readFormulas(out)).Deal.B2).toMatch(/^deal\.tieredcost\(B1,"tiers"\)$/i);
  });

  test("with LibreOffice's own settings, the cached values show, and feed the cells without one; an array formula is recalculated all the same", async () => {
    const out = await recalculateWithLibreOffice(deal, path.join(work, "deal-stock"), {
      recalcOnLoad: false,
    });
    const values = await readValues(out);
    // The spill as an array formula is #NAME?; cell by cell it keeps its values.
    const row = (r: number) =>
      ["B", "C", "D", "E", "F"].map((column) => values.Spill[`${column}${r}`]);
    expect(row(1)).toEqual(["#NAME?", "#NAME?", "#NAME?", "#NAME?", "#NAME?"]);
    expect(row(2)).toEqual(SPILLED);
    expect(values.Deal).toMatchObject({
      B1: 3000,
      B2: 26,
      B3: 26,
      B4: 52,
      B5: 78,
      B6: 3001,
      // Written rounded half up from "1515497.456043735": 1515497.45604374, not toPrecision's …73.
      B7: 1515497.45604374,
    });
    expect(toLibreOfficePrecision(1515497.456043735)).toBe(1515497.45604374);
    expect((1515497.456043735).toPrecision(15)).toBe("1515497.45604373");
  });

  test("renders as LibreOffice shows it: #NAME? recalculated, the cached values with its own settings", async () => {
    const shown: Record<string, string> = {};
    await Promise.all(
      (["recalculated", "stock"] as const).map(async (mode) => {
        const pdf = path.join(work, `deal-${mode}.pdf`);
        const png = path.join(RESULTS, `deal-${mode}.png`);
        await renderSheetToPng(deal, "Deal", png, {
          recalcOnLoad: mode === "recalculated",
          pdfPath: pdf,
        });
        expect(pngInk(png).inkPixels).toBeGreaterThan(500);
        shown[mode] = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
      })
    );
    expect(shown.recalculated.match(/#NAME\?/g)).toHaveLength(4);
    expect(shown.stock).not.toContain("#NAME?");
    expect(shown.stock).toMatch(/DEAL\.TIEREDCOST\s+26\b/);
  });
});

describe("renderSheetToPng", () => {
  let pricing: string;

  beforeAll(async () => {
    pricing = await writeWorkbook("render.xlsx", buildPricing);
  });

  test("renders only the wanted sheet, recalculated, to a PNG", async () => {
    const png = path.join(RESULTS, "prices.png");
    const pdf = path.join(work, "prices.pdf");
    fs.rmSync(png, { force: true });
    expect(await renderSheetToPng(pricing, "Prices", png, { pdfPath: pdf })).toBe(png);

    const ink = pngInk(png);
    // A letter or A4 page at 80 dpi: 680 × 880 or 661 × 935 pixels.
    expect(ink.width).toBeGreaterThan(600);
    expect(ink.width).toBeLessThan(720);
    expect(ink.height).toBeGreaterThan(840);
    expect(ink.height).toBeLessThan(980);
    expect(ink.inkPixels).toBeGreaterThan(2000);
    // The sheet's few rows sit in the top left part of the page.
    expect(ink.box).not.toBeNull();
    expect(ink.box!.top).toBeLessThan(ink.height / 4);
    expect(ink.box!.bottom).toBeLessThan(ink.height / 2);

    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toContain("From tokens");
    expect(text).toContain("3250");
    expect(text).toContain("#DIV/0!");
    expect(text).not.toContain("999");
    expect(text).not.toContain("Twice the capped usage");
  });

  test("renders another sheet of the same workbook, and what the stock LibreOffice shows", async () => {
    const pdf = path.join(work, "summary.pdf");
    const png = await renderSheetToPng(
      pricing,
      "Summary",
      path.join(RESULTS, "summary-stock.png"),
      {
        recalcOnLoad: false,
        pdfPath: pdf,
      }
    );
    expect(pngInk(png).inkPixels).toBeGreaterThan(200);
    const text = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    expect(text).toContain("Twice the capped usage");
    expect(text).not.toContain("From tokens");
    // The cached (wrong) 1s, not 5000.
    expect(text).not.toContain("5000");
    await expect(renderSheetToPng(pricing, "Nope", path.join(work, "nope.png"))).rejects.toThrow(
      /no sheet "Nope"; it has "Prices", "Summary"/
    );
  });
});
