import { HyperFormula } from "hyperformula";
import { PLAYBOOK_SECTIONS } from "../../src/content/playbook";
import { defaultOffers } from "../../src/dealModel";
import { cellRect, rectAddress, sheetAddress } from "../../src/formula";
import { buildChecklistSheets } from "../../src/workbook/checklistSheets";
import { buildModelSheet } from "../../src/workbook/model";
import { VALUE_COLUMN } from "../../src/workbook/model/offerInputs";
import type { CellContent } from "../../src/workbook/plan";
import {
  TERM_LINKS,
  TERM_NAMES,
  termLinkFormula,
  termWorkbookName,
} from "../../src/workbook/termNames";
import { registerDealFunctions, type SheetCells } from "../support/hyperformulaDeal";
import { planSheetCells } from "../support/planSheetCells";

/*
 * The checklists' "Model (offer 1)" cells, calculated by HyperFormula next to the deal
 * model that defines the term names: each linked item shows the model's current figure, and
 * follows an edit of the model's input.
 */

const MODEL = "DEAL model";
const CHECKLIST = "Checklist";

/** The link cells of every checklist row, one per row of a sheet: [item id, formula or value]. */
function checklistCells(): { ids: string[]; cells: SheetCells } {
  const table = buildChecklistSheets(PLAYBOOK_SECTIONS, "oneSheet")[0].tables[0];
  const at = table.columns.findIndex((c) => c.header === "Model (offer 1)");
  const contentOf = (c: CellContent) => ("formula" in c ? c.formula : c.value);
  return {
    ids: table.rows.map((row) => String(contentOf(row[table.idColumn]))),
    cells: table.rows.map((row) => [contentOf(row[at])]),
  };
}

/** A HyperFormula engine of these sheets with these workbook names ("'Sheet'!$C$5"). */
function engine(sheets: Record<string, SheetCells>, names: Record<string, string>) {
  registerDealFunctions();
  return HyperFormula.buildFromSheets(
    sheets,
    { licenseKey: "gpl-v3", smartRounding: false, precisionEpsilon: 0 },
    Object.entries(names).map(([name, address]) => ({ name, expression: `=${address}` }))
  );
}

describe("the checklists' model figures in HyperFormula", () => {
  const { plan, layout } = buildModelSheet(defaultOffers());
  const names = Object.fromEntries(
    (plan.names ?? []).map((n) => [n.name, sheetAddress(MODEL, rectAddress(n.refersTo, true))])
  );
  const { ids, cells } = checklistCells();
  const hf = engine({ [MODEL]: planSheetCells(plan), [CHECKLIST]: cells }, names);
  const checklist = hf.getSheetId(CHECKLIST)!;
  const shown = () =>
    Object.fromEntries(
      ids
        .map((id, row) => [id, hf.getCellValue({ sheet: checklist, row, col: 0 })])
        .filter(([, value]) => value !== "" && value !== null)
    );

  it("show the first offer's current terms, and nothing for items the model does not hold", () => {
    expect(shown()).toEqual({
      "REN-02": "-15% in year 2",
      "REN-05": "5% a year",
      "SLA-04": "2% per 0.1% below 99.9%",
      "CST-04": "20% for 3 months",
      "CST-06": "1.05x the committed rate",
      "REN-09": "3 months of fees on 2 months' notice",
      "REN-12": "exit from month 18",
      "PRC-05": "annually, 5% off (12% a year)",
    });
  });

  it("show a prepayment discount without its rate when monthly bills have none", () => {
    const model = hf.getSheetId(MODEL)!;
    const row = layout.offers[0].fieldRows.billingFrequency!;
    hf.setCellContents({ sheet: model, row, col: VALUE_COLUMN }, "monthly");
    expect(shown()["PRC-05"]).toBe("monthly, 5% off");
    hf.setCellContents({ sheet: model, row, col: VALUE_COLUMN }, "annually");
  });

  it("link each figure to its name, which points at the model's input", () => {
    expect(cells[ids.indexOf("REN-05")][0]).toBe(
      '=IF(ISERROR(DEAL_Term_RenewalCap),"",' +
        'HYPERLINK("#DEAL_Term_RenewalCap",ROUND(DEAL_Term_RenewalCap*100,1)&"%"&" a year"))'
    );
    expect(names.DEAL_Term_RenewalCap).toBe(
      sheetAddress(
        MODEL,
        rectAddress(cellRect(layout.offers[0].fieldRows.renewalCap!, VALUE_COLUMN), true)
      )
    );
  });

  it("follow an edit of the model: a renewal cap of 7.5% and rollover without expiry", () => {
    const model = hf.getSheetId(MODEL)!;
    const offer = layout.offers[0];
    hf.setCellContents(
      { sheet: model, row: offer.fieldRows.renewalCap!, col: VALUE_COLUMN },
      0.075
    );
    hf.setCellContents({ sheet: model, row: offer.fieldRows.expiry!, col: VALUE_COLUMN }, null);
    expect(shown()).toMatchObject({
      "REN-05": "7.5% a year",
      "CST-04": "20%, no expiry",
    });
  });
});

describe("every term link's text", () => {
  // Figures for every name, as the model's later blocks would hold them.
  const FIGURES: Record<(typeof TERM_NAMES)[number], number | string | null> = {
    PriceChangeYear2: -0.15,
    CommitmentYear1: 80_000,
    CommitmentYear2: 100_000,
    RenewalCap: 0.05,
    ExitFeeMonths: 3,
    NoticeMonths: 2,
    ExitFrom: 18,
    Billing: "annually",
    PrepaymentDiscount: 0.05,
    PrepaymentRate: 0.1197,
    KeptDiscount: 0.2,
    PoolModels: 3,
    RolloverCap: 0.2,
    RolloverExpiry: 3,
    BurstMultiple: 2,
    BurstWindow: 3,
    OverageRate: 1.05,
    PlatformFee: 120_000,
    SeatPrice: 40,
    SlaPerStep: 0.02,
    SlaStep: 0.001,
    SlaTarget: 0.999,
  };

  it("reads as the design's examples", () => {
    const items = Object.keys(TERM_LINKS);
    const hf = engine(
      {
        Figures: TERM_NAMES.map((name) => [FIGURES[name]]),
        Links: items.map((item) => [termLinkFormula(TERM_LINKS[item])]),
      },
      Object.fromEntries(
        TERM_NAMES.map((name, row) => [
          termWorkbookName(name),
          sheetAddress("Figures", rectAddress(cellRect(row, 0), true)),
        ])
      )
    );
    const links = hf.getSheetId("Links")!;
    expect(
      Object.fromEntries(
        items.map((item, row) => [item, hf.getCellValue({ sheet: links, row, col: 0 })])
      )
    ).toEqual({
      "REN-02": "-15% in year 2",
      "REN-03": "$80k in year 1, $100k in year 2",
      "REN-05": "5% a year",
      "REN-09": "3 months of fees on 2 months' notice",
      "REN-12": "exit from month 18",
      "PRC-05": "annually, 5% off (12% a year)",
      "CST-02": "list - 20% at most",
      "CST-03": "3 models in one pool",
      "CST-04": "20% for 3 months",
      "CST-05": "2x within 3 months",
      "CST-06": "1.05x the committed rate",
      "CAP-04": "$120k a year",
      "CAP-05": "$40 a seat-month",
      "SLA-04": "2% per 0.1% below 99.9%",
    });
  });
});
