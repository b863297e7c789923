import fc from "fast-check";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import {
  DEFAULT_SETTINGS,
  cashFlows,
  cheapest,
  cheapestAtExits,
  computeSchedule,
  presentValue,
  defaultOffers,
  offerProblems,
  summarize,
  type ListPrices,
  type Offer,
} from "../../src/dealModel";
import { cellAddress } from "../../src/formula";
import { PLAYBOOK_SECTIONS } from "../../src/content/playbook";
import { buildChecklistSheets } from "../../src/workbook/checklistSheets";
import { buildModelSheet, comparisonRow, offerColumn } from "../../src/workbook/model";
import { moneyRow } from "../../src/workbook/model/moneyLayout";
import { buildDemoWorkbook } from "../../src/xlsx/demoWorkbook";
import { editCells } from "./editCells";
import { readValues, recalculateAllWithLibreOffice } from "./libreOffice";
import { modelEdit, type ModelEdit } from "./modelEdits";

/*
 * Issue 11's check that a share-safe copy follows every edit: the inputs of the deal model are
 * typed into the share-safe demo file, 1 to 3 at a time, LibreOffice recalculates it, and the
 * model's totals equal what the pricing core gives for the edited offers. The first copy is the
 * edit the issue found wrong before the native ledger: month-1 tokens of 10,000 and 2,000 M. In
 * every copy, the checklists' "Model (offer 1)" cells show the edited first offer's terms;
 * the second copy edits the renewal cap and the rollover expiry they show.
 */

const maybe = process.env.DEAL_SKIP_LIBREOFFICE === "1" ? describe.skip : describe;
const RESULTS = path.join(__dirname, "..", "..", "test-results", "libreoffice");
const COPIES = 24;
const CHECKLIST_LINKS = "Model (offer 1)";
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

/**
 * The first offer's renewal cap and rollover terms changed, which the checklists show (termNames.ts):
 * the renewal cap moves no total, so no random edit covers it.
 */
const TERMS_EDIT: ModelEdit[] = [
  {
    offer: 0,
    what: "renewal cap",
    at: (s) => ({ row: s.fieldRows.renewalCap!, column: 1 }),
    value: 0.075,
    apply: (o) => ({ ...o, renewalUpliftCap: 0.075 }),
  },
  {
    offer: 0,
    what: "expiry",
    at: (s) => ({ row: s.fieldRows.expiry!, column: 1 }),
    value: null,
    apply: (o) => ({ ...o, commitment: { ...o.commitment, expiryMonths: undefined } }),
  },
];

/** Where each checklist item's model figure is in the demo: sheet and A1 address, by item id. */
function linkCells(): Map<string, { sheet: string; address: string }> {
  const cells = new Map<string, { sheet: string; address: string }>();
  for (const plan of buildChecklistSheets(PLAYBOOK_SECTIONS, "sheetPerSection")) {
    const [table] = plan.tables;
    const column = table.at.column + table.columns.findIndex((c) => c.header === CHECKLIST_LINKS);
    table.rows.forEach((row, r) => {
      const id = row[table.idColumn];
      const address = cellAddress({ row: table.at.row + 1 + r, column });
      if ("value" in id) cells.set(String(id.value), { sheet: plan.preferredName, address });
    });
  }
  return cells;
}

/** The texts the checklists show for an offer's terms, as termNames.ts builds them. */
function termTexts(offer: Offer): Record<string, string> {
  const percent = (x: number) => `${Number((x * 100).toFixed(1))}%`;
  const { rolloverCap, expiryMonths } = offer.commitment;
  return {
    "REN-05": `${percent(offer.renewalUpliftCap)} a year`,
    "CST-04":
      percent(rolloverCap) +
      (expiryMonths === undefined ? ", no expiry" : ` for ${expiryMonths} months`),
    "CST-06": `${Number(offer.overageRate.toFixed(2))}x the committed rate`,
    ...(offer.exit && {
      "REN-09": `${offer.exit.feeMonths} months of fees on ${offer.exit.noticeMonths} months' notice`,
      "REN-12": `exit from month ${offer.exit.earliestMonth}`,
    }),
  };
}

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
      numRuns: COPIES - 2,
      seed: SEED,
    });
    // The sheet writes a missing cache or batch price as the standard price it falls back to, so
    // the offers edited are the offers as written: editing the input price leaves those alone.
    const written = offers.map((offer): Offer => ({
      ...offer,
      models: offer.models.map((m) => ({ ...m, list: asWritten(m.list) })),
    }));
    const copies = [ISSUE_EDIT, TERMS_EDIT, ...random].map((edits) => {
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
    const links = linkCells();
    for (const [k, { edits, edited }] of copies.entries()) {
      const values = await readValues(recalculated[k]);
      const shown = values["DEAL model"];
      // The checklists show the edited first offer's terms.
      const texts = Object.entries(termTexts(edited[0])).map(([id, text]) => {
        const { sheet, address } = links.get(id)!;
        return [id, values[sheet]?.[address], text];
      });
      for (const [id, value, text] of texts) expect([id, value]).toEqual([id, text]);
      if (k === 1)
        lines.push(`Checklists after copy 2: ${texts.map(([id, v]) => `${id} "${v}"`).join(", ")}`);
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
      // Money over time follows too: present values and the exit table.
      const exits = cheapestAtExits(edited, DEFAULT_SETTINGS.exitMonths);
      edited.forEach((offer, i) => {
        const money = [
          [
            moneyRow(layout.money, "presentValue"),
            presentValue(cashFlows(offer), DEFAULT_SETTINGS.discountRate),
          ],
          ...exits.map((e, j) => [layout.money.exitRows[j], e.costs[i]]),
        ];
        for (const [row, expected] of money) {
          const difference = relative(at(row, offerColumn(i)) as number, expected);
          largest = Math.max(largest, difference);
          expect(
            `money row ${row} of offer ${i + 1} after ${describeEdits(edits)}: ${difference}`
          ).toMatch(difference <= 1e-10 ? /./ : /^never$/);
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
