import ExcelJS from "exceljs";
import fc from "fast-check";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  readValues,
  recalculateWithLibreOffice,
  toLibreOfficePrecision,
} from "../../../../test/libreoffice/libreOffice";
import { DifferenceLog } from "../../twins/__tests__/difference";
import { COMMITCOST_SAMPLE, commitCostCase } from "./commitCostCases";
import { commitCostSheets } from "./commitCostWorkbook";
import { RESULTS_SHEET } from "./ledgerEngine";
import { writeCells } from "./ledgerWorkbook";

/*
 * 300 random DEAL.COMMITCOST calls, each as its native ledger, in one workbook recalculated by
 * the LibreOffice installed here in one run (DEAL_SKIP_LIBREOFFICE=1 skips it). LibreOffice
 * writes 15 significant digits, so DEAL's costs are compared as it would write them.
 */

const maybe = process.env.DEAL_SKIP_LIBREOFFICE === "1" ? describe.skip : describe;
const TOLERANCE = 1e-12;

maybe("DEAL.COMMITCOST's ledger in LibreOffice", () => {
  const cases = fc.sample(commitCostCase, COMMITCOST_SAMPLE);
  const log = new DifferenceLog();
  let costs: unknown[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "deal-commitcost-"));
    try {
      const book = join(dir, "commitcost.xlsx");
      const workbook = new ExcelJS.Workbook();
      for (const [name, cells] of Object.entries(commitCostSheets(cases, false))) {
        writeCells(workbook.addWorksheet(name), cells);
      }
      await workbook.xlsx.writeFile(book);
      const values = (await readValues(await recalculateWithLibreOffice(book, join(dir, "out"))))[
        RESULTS_SHEET
      ];
      costs = cases.map((_, i) => values?.[`A${i + 1}`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  afterAll(() =>
    console.info(`COMMITCOST ledger in LibreOffice, ${cases.length} calls\n${log.summary()}`)
  );

  it("gives DEAL's cost, to the digits LibreOffice writes, for every call", () => {
    const wrong = cases.flatMap((c, i) => {
      const cost = costs[i];
      if (typeof cost !== "number") return [`${c.label}: ${JSON.stringify(cost)}`];
      const expected = toLibreOfficePrecision(c.expected);
      const difference = Math.abs(cost - expected);
      const relative = expected === 0 ? difference : difference / expected;
      log.recordDifference("relative to DEAL's cost", relative, c.expected);
      return relative > TOLERANCE ? [`${c.label}: ${relative}`] : [];
    });
    expect(wrong).toEqual([]);
  });
});
