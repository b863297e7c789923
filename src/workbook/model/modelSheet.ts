import {
  DEFAULT_SETTINGS,
  requireValidOffer,
  requireValidSettings,
  type ModelSettings,
  type Offer,
} from "../../dealModel";
import { HEADER_STYLE, NOTE_STYLE, TITLE_STYLE, abs, at, value } from "../cellPlans";
import { charactersPerLine, wrappedLines } from "../rowHeights";
import type { SheetPlan, SheetPrintPlan } from "../plan";
import type { WorkbookSnapshot } from "../snapshot";
import { forecastNamePlans } from "./forecastNamePlans";
import { termNamePlans } from "./termNamePlans";
import { cashBand } from "./cashBand";
import { modelCharts } from "./modelCharts";
import { LAST_COLUMN, modelLayout, type ModelLayout } from "./modelLayout";
import { moneyBlocks } from "./moneyBlocks";
import { offerCells, offerInputs } from "./offerInputs";
import { scheduleBlocks } from "./scheduleBlocks";
import { sizingPlan } from "./sizingBlocks";
import { factorCells, summaryBlocks } from "./summaryBlocks";

/*
 * The deal-model sheet: competing offers priced month by month over their term with live
 * formulas, compared at the forecast and across shares of it (layout in modelLayout.ts).
 */

/** Which sheet a model goes to: its key (kept in a custom property) and the name DEAL asks for. */
export interface ModelSheetNaming {
  readonly key: string;
  readonly preferredName: string;
}

export interface ModelSheet {
  readonly plan: SheetPlan;
  /** Where every figure sits, for the adapters' reports and the tests. */
  readonly layout: ModelLayout;
}

/** Fits the longest input label; the months of the bands share the column. */
const LABEL_WIDTH = 44;
/** Fits the bands' longest header and a money figure in the tens of millions. */
const FIGURE_WIDTH = 15;

export const FIRST_MODEL: ModelSheetNaming = { key: "model", preferredName: "DEAL model" };

/** Model n's number from its sheet key: "model" is 1, "model-2" is 2; undefined for other keys. */
function modelNumber(key: string | undefined): number | undefined {
  if (key === FIRST_MODEL.key) return 1;
  const match = /^model-(\d+)$/.exec(key ?? "");
  return match ? Number(match[1]) : undefined;
}

/**
 * The naming of a new model sheet: each model goes to a sheet of its own ("DEAL model",
 * "DEAL model 2" …), so that writing one never changes an earlier one.
 */
export function nextModelNaming(snapshot: WorkbookSnapshot): ModelSheetNaming {
  const numbers = snapshot.sheets.map((s) => modelNumber(s.dealKey) ?? 0);
  const n = Math.max(0, ...numbers) + 1;
  return n === 1 ? FIRST_MODEL : { key: `model-${n}`, preferredName: `DEAL model ${n}` };
}

const HOW_TO_READ =
  "Yellow cells are inputs: change one and every figure recalculates. Nothing is pasted: each " +
  "number is a formula you can trace to the inputs. Every offer is priced on the same usage mix.";
const UNITS =
  "Money in USD; tokens in millions (M) a month; prices in USD per million tokens. Each offer's " +
  "workings follow, a page each: inputs, then the schedule month by month for each usage scenario.";

/**
 * On paper: the sheet's title on every page, the summary on its own pages, then each offer's
 * inputs and each band of its schedule from the top of a page.
 */
function printPlan(layout: ModelLayout): SheetPrintPlan {
  return {
    titleRows: { first: 0, last: 0 },
    rowBreaks: [
      layout.money.heading,
      ...layout.offers.flatMap((offer) => [
        offer.title,
        offer.prices.title,
        ...offer.scenarios.map((band) => band.title),
        offer.cash.title,
        offer.sizing.title,
      ]),
    ],
  };
}

/**
 * The lines the offers' names take in the summary's header rows, where formulas show them
 * ("Vendor Model", wrapped in an offer's column): the row-height estimate cannot read them.
 */
function offerNameLines(offers: readonly Offer[], layout: ModelLayout): Record<number, number> {
  const perLine = charactersPerLine(FIGURE_WIDTH, HEADER_STYLE);
  const lines = Math.max(...offers.map((o) => wrappedLines(`${o.vendor} ${o.model}`, perLine)));
  const rows = [
    layout.comparisonHeader,
    layout.yearlyHeader,
    ...Object.values(layout.exposureHeaders),
    layout.money.header,
    layout.money.exitHeader,
    layout.sizing.header,
  ];
  return Object.fromEntries(rows.map((row) => [row, lines]));
}

/**
 * The model sheet of these offers, with the model's settings (the scenarios' shares of the
 * forecast are the exposure block's inputs).
 * @throws InvalidOfferError when an offer is not complete and valid; InvalidSettingsError for
 * settings that are not; RangeError for no offers.
 */
export function buildModelSheet(
  offers: readonly Offer[],
  settings: ModelSettings = DEFAULT_SETTINGS,
  naming: ModelSheetNaming = FIRST_MODEL
): ModelSheet {
  if (offers.length === 0) throw new RangeError("A deal model compares at least one offer.");
  offers.forEach(requireValidOffer);
  requireValidSettings(settings);
  const layout = modelLayout(offers, settings.exitMonths.length, settings.commitLevels.length);
  const cells = offers.map((offer, i) => offerCells(offer, layout.offers[i]));
  const factors = factorCells(layout);
  const summary = summaryBlocks(layout, cells, settings);
  const money = moneyBlocks(layout, cells, settings);
  const monthlyRate = abs(layout.money.monthlyRateRow, 1);
  const sizing = sizingPlan(offers, layout, cells, settings, factors);
  const sections = offers.map((offer, i) => {
    const inputs = offerInputs(offer, layout.offers[i], cells[i]);
    return {
      blocks: [
        ...inputs.blocks,
        ...scheduleBlocks(offer, layout.offers[i], cells[i], factors),
        ...cashBand(layout.offers[i], cells[i], monthlyRate),
      ],
      inputs: inputs.inputs,
    };
  });
  const widths = Object.fromEntries(
    Array.from({ length: LAST_COLUMN + 1 }, (_, c) => [c, c === 0 ? LABEL_WIDTH : FIGURE_WIDTH])
  );
  return {
    layout,
    plan: {
      print: printPlan(layout),
      textLines: offerNameLines(offers, layout),
      key: naming.key,
      preferredName: naming.preferredName,
      tabColor: "#CA5010",
      blocks: [
        {
          at: at(0, 0),
          cells: [[value(`Deal model: ${offers.length} offers over the term`)]],
          style: TITLE_STYLE,
        },
        { at: at(1, 0), cells: [[value(HOW_TO_READ)]], style: NOTE_STYLE },
        { at: at(2, 0), cells: [[value(UNITS)]], style: NOTE_STYLE },
        ...summary.blocks,
        ...money.blocks,
        ...sections.flatMap((s) => s.blocks),
        ...sizing.blocks,
      ],
      inputs: [
        ...summary.inputs,
        ...money.inputs,
        ...sections.flatMap((s) => s.inputs),
        ...sizing.inputs,
      ],
      tables: [],
      charts: modelCharts(offers, layout),
      freezeRows: 0,
      columnWidths: widths,
      writtenOnce: true,
      // The benchmark's usage inputs follow these (forecastNames.ts), the checklists these (termNames.ts).
      names: [...forecastNamePlans(layout.offers[0]), ...termNamePlans(layout.offers[0])],
    },
  };
}
