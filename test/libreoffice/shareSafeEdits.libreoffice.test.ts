import fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import {
  cheapest,
  computeSchedule,
  defaultOffers,
  offerProblems,
  summarize,
  type ListPrices,
  type Offer,
} from "../../src/dealModel";
import { cellAddress } from "../../src/formula";
import { buildModelSheet, comparisonRow, offerColumn } from "../../src/workbook/model";
import { buildDemoWorkbook } from "../../src/xlsx/demoWorkbook";
import { editCells } from "./editCells";
import { readValues, recalculateAllWithLibreOffice } from "./libreOffice";
import { modelEdit, type ModelEdit } from "./modelEdits";

/*
 * Issue 11's check that a share-safe copy follows every edit: the inputs of the deal model are
 * typed into the share-safe demo file, 1 to 3 at a time, LibreOffice recalculates it, and the
 * model's totals equal what the pricing core gives for the edited offers. The first copy is the
 * edit the issue found wrong before the native ledger: month-1 tokens of 10,000 and 2,000 M.
 */

const maybe = process.env.DEAL_SKIP_LIBREOFFICE === "1" ? describe.skip : describe;
const RESULTS = path.join(__dirname, "..", "..", "test-results", "libreoffice");
const COPIES = 24;
const SEED = 20261204;

jest.setTimeout(300_000);

const relative = (a: number, b: number) =>
  a === b ? 0 : Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));

/** List prices with the fallbacks the sheet writes in place of missing ones. */
const asWritten = (list: ListPrices): ListPrices => ({
  ...list,
  cacheHit: list.cacheHit ?? list.input,
  cacheWrite: list.cacheWrite ?? list.input,
  batchInput: list.batchInput ?? list.input,
  batchOutput: list.batchOutput ?? list.output,
  longContextInput: list.longContextInput ?? list.input,
  longContextOutput: list.longContextOutput ?? list.output,
});

/** Month-1 tokens of a growth forecast set to `input` and `output` M. */
const tokens = (o: Offer, input: number, output: number): Offer =>
  o.forecast.kind === "cells"
    ? o
    : { ...o, forecast: { ...o.forecast, inputTokensM: input, outputTokensM: output } };

const ISSUE_EDIT: ModelEdit[] = [0, 1].flatMap((offer): ModelEdit[] => [
  {
    offer,
    what: "input tokens in month 1",
    at: (s) => ({ row: s.fieldRows.inputTokens!, column: 1 }),
    value: 10_000,
    apply: (o) => tokens(o, 10_000, o.forecast.kind === "cells" ? 0 : o.forecast.outputTokensM),
  },
  {
    offer,
    what: "output tokens in month 1",
    at: (s) => ({ row: s.fieldRows.outputTokens!, column: 1 }),
    value: 2_000,
    apply: (o) => tokens(o, o.forecast.kind === "cells" ? 0 : o.forecast.inputTokensM, 2_000),
  },
]);

maybe("the share-safe demo, edited and recalculated by LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "deal-edits-"));
    mkdirSync(RESULTS, { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("gives the pricing core's totals for the edited inputs, after every edit", async () => {
    const offers = defaultOffers();
    const { layout } = buildModelSheet(offers);
    const { bytes } = await buildDemoWorkbook({ shareSafe: true });
    const random = fc.sample(fc.array(modelEdit, { minLength: 1, maxLength: 3 }), {
      numRuns: COPIES - 1,
      seed: SEED,
    });
    // The sheet writes a missing cache or batch price as the standard price it falls back to, so
    // the offers edited are the offers as written: editing the input price leaves those alone.
    const written = offers.map((offer): Offer => ({
      ...offer,
      models: offer.models.map((m) => ({ ...m, list: asWritten(m.list) })),
    }));
    const copies = [ISSUE_EDIT, ...random].map((edits) => {
      const edited = written.map((offer, i) =>
        edits.filter((e) => e.offer === i).reduce((o, e) => e.apply(o), offer)
      );
      return { edits, edited };
    });
    for (const { edited } of copies) for (const o of edited) expect(offerProblems(o)).toEqual([]);

    const files = await Promise.all(
      copies.map(async ({ edits }, k) => {
        const cells = Object.fromEntries(
          edits.map((e) => [cellAddress(e.at(layout.offers[e.offer])), e.value])
        );
        const file = path.join(dir, `edit-${k}.xlsx`);
        writeFileSync(file, await editCells(bytes, "DEAL model", cells));
        return file;
      })
    );
    const recalculated = await recalculateAllWithLibreOffice(files, path.join(dir, "out"));

    let largest = 0;
    const lines: string[] = [];
    for (const [k, { edits, edited }] of copies.entries()) {
      const shown = (await readValues(recalculated[k]))["DEAL model"];
      const at = (row: number, column: number) => shown[cellAddress({ row, column })];
      edited.forEach((offer, i) => {
        const { term } = summarize(offer, computeSchedule(offer));
        for (const [row, expected] of [
          ["netCost", term.netCost],
          ["forfeited", term.forfeited],
          ["overageCharge", term.overageCharge],
          ["listCost", term.listCost],
        ] as const) {
          const value = at(comparisonRow(layout, row), offerColumn(i));
          expect(typeof value).toBe("number");
          const difference = relative(value as number, expected);
          largest = Math.max(largest, difference);
          expect(`${row} of offer ${i + 1} after ${describeEdits(edits)}: ${difference}`).toMatch(
            difference <= 1e-10 ? /./ : /^never$/
          );
        }
      });
      const best = cheapest(edited).index;
      expect(at(layout.cheapestRow, 1)).toBe(at(layout.comparisonHeader, offerColumn(best)));
      lines.push(`${k + 1}. ${describeEdits(edits)}`);
    }
    writeFileSync(
      path.join(RESULTS, "share-safe-edits.txt"),
      `${copies.length} edited copies, ${copies.reduce((n, c) => n + c.edits.length, 0)} edits; ` +
        `largest relative difference of a term total from the pricing core: ${largest.toExponential(2)}\n` +
        lines.join("\n") +
        "\n"
    );
  });
});

function describeEdits(edits: readonly ModelEdit[]): string {
  return edits.map((e) => `offer ${e.offer + 1} ${e.what} = ${e.value ?? "blank"}`).join("; ");
}
