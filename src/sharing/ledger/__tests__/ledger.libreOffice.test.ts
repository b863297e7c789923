import fc from "fast-check";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  readValues,
  recalculateWithLibreOffice,
  toLibreOfficePrecision,
} from "../../../../test/libreoffice/libreOffice";
import { columnLetters } from "../../../formula";
import { DifferenceLog } from "../../twins/__tests__/difference";
import { RESULTS_SHEET } from "./ledgerEngine";
import { writeLedgerWorkbook } from "./ledgerWorkbook";
import { SCALE_TOLERANCE, measure } from "./measure";
import { SAMPLE, rolloverCase } from "./rolloverCases";

/*
 * The calls of ledger.properties.test.ts, every ledger in one workbook, recalculated by the
 * LibreOffice installed here in one run (DEAL_SKIP_LIBREOFFICE=1 skips it). LibreOffice writes
 * 15 significant digits, so DEAL's numbers are compared as it would write them.
 */

const maybe = process.env.DEAL_SKIP_LIBREOFFICE === "1" ? describe.skip : describe;

maybe("the ledger in LibreOffice", () => {
  const cases = fc.sample(rolloverCase, SAMPLE);
  const log = new DifferenceLog();
  let outputs: unknown[][][] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "deal-ledger-"));
    try {
      const book = join(dir, "ledgers.xlsx");
      const firstRows = await writeLedgerWorkbook(cases, book);
      const values = (await readValues(await recalculateWithLibreOffice(book, join(dir, "out"))))[
        RESULTS_SHEET
      ];
      outputs = cases.map((c, i) =>
        c.expected.map((_, r) =>
          [0, 1, 2, 3, 4].map((col) => values?.[`${columnLetters(col)}${firstRows[i] + r + 1}`])
        )
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  afterAll(() => console.info(`Ledger in LibreOffice, ${cases.length} calls\n${log.summary()}`));

  it("gives DEAL's numbers, to the digits LibreOffice writes, for every call", () => {
    const wrong = cases.flatMap((c, i) => {
      const expected = c.expected.map((p) => ({
        carriedIn: toLibreOfficePrecision(p.carriedIn),
        covered: toLibreOfficePrecision(p.covered),
        overage: toLibreOfficePrecision(p.overage),
        carriedOut: toLibreOfficePrecision(p.carriedOut),
        forfeited: toLibreOfficePrecision(p.forfeited),
      }));
      const m = measure(outputs[i] as (number | string)[][], expected, c.scale);
      log.recordDifference("relative to the call's largest amount", m.ofScale, c.scale);
      if (m.relative > 0)
        log.recordDifference("relative, where DEAL's figure is not 0", m.relative, m.at);
      const fails = m.notNumbers.length > 0 || m.ofScale > SCALE_TOLERANCE;
      return fails ? [`${c.label}: ${m.notNumbers.join("; ") || m.ofScale}`] : [];
    });
    expect(wrong).toEqual([]);
  });
});
