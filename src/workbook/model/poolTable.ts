import type { Offer } from "../../dealModel";
import { HEADER_STYLE, HEADING_STYLE, abs, at, formula, range, value } from "../cellPlans";
import type { CellBlock, CellContent, CellValue, InputCell } from "../plan";
import type { OfferLayout } from "./modelLayout";
import {
  POOL_LABEL_COLUMN,
  POOL_ROWS,
  listScheduleColumns,
  poolModelColumn,
  poolRow,
  poolTotalColumn,
  type PoolRow,
} from "./poolLayout";

/*
 * An offer's pool of models and its list schedule on the model sheet (src/dealModel/usageMix.ts
 * and listSchedule.ts are the rules): yellow inputs for each model's share, list prices, batch
 * and long-context shares; live formulas for its blended prices per M tokens and the pool's; and,
 * with price protection, the vendor's list prices over the term as a factor per model from a month,
 * with the pool's prices at each step.
 */

/** Absolute addresses the schedule's formulas read from the pool table and the list schedule. */
export interface PoolCells {
  /** The models' shares, a row. */
  readonly shares: string;
  /** The first model's standard list prices: what tier prices are all-in prices for. */
  readonly firstInput: string;
  readonly firstOutput: string;
  /** The pool's blended list prices per M input and output tokens at signing. */
  readonly input: string;
  readonly output: string;
  /** The pool's batch share of tokens (token-weighted). */
  readonly batchShare: string;
  /** With price protection: the steps' months and the change of the pool's prices at each. */
  readonly listFrom?: string;
  readonly stepInput?: string;
  readonly stepOutput?: string;
}

export function poolCells(layout: OfferLayout): PoolCells {
  const { pool, listSchedule } = layout;
  const total = poolTotalColumn(pool);
  const row = (name: PoolRow) => poolRow(pool, name);
  const first = poolModelColumn(0);
  const last = poolModelColumn(pool.models - 1);
  const steps = listSchedule && {
    top: listSchedule.header + 1,
    bottom: listSchedule.header + listSchedule.rows,
    columns: listScheduleColumns(listSchedule.models),
  };
  const stepColumn = (column: number | undefined) =>
    steps && column !== undefined && range(steps.top, column, steps.bottom, column);
  return {
    shares: range(row("share"), first, row("share"), last),
    firstInput: abs(row("listInput"), first),
    firstOutput: abs(row("listOutput"), first),
    input: abs(row("blendedInput"), total),
    output: abs(row("blendedOutput"), total),
    batchShare: abs(row("batchShare"), total),
    listFrom: stepColumn(steps?.columns.from) || undefined,
    stepInput: stepColumn(steps?.columns.stepInput) || undefined,
    stepOutput: stepColumn(steps?.columns.stepOutput) || undefined,
  };
}

const LABELS: Readonly<Record<PoolRow, string>> = {
  model: "Model",
  share: "Share of the offer's tokens",
  listInput: "List price: input (USD per M tokens)",
  listOutput: "List price: output (USD per M tokens)",
  listCacheHit: "List price: cache hit (USD per M)",
  listCacheWrite: "List price: cache write (USD per M)",
  listBatchInput: "List price: batch input (USD per M)",
  listBatchOutput: "List price: batch output (USD per M)",
  listLongContextInput: "List price: long-context input (USD per M)",
  listLongContextOutput: "List price: long-context output (USD per M)",
  batchShare: "Batch share of the model's tokens",
  longContextShare: "Long-context share of the model's tokens",
  blendedInput: "Blended list price: input (USD per M)",
  blendedOutput: "Blended list price: output (USD per M)",
};

const PRICE = "$#,##0.00";
const SHARE = "0.0%";
const BLENDED = "$#,##0.0000";

/** A model's input value in a row; a missing price is the standard one, written as such. */
function modelValue(model: Offer["models"][number], name: PoolRow): CellValue {
  const { list } = model;
  switch (name) {
    case "model":
      return model.model;
    case "share":
      return model.share;
    case "listInput":
      return list.input;
    case "listOutput":
      return list.output;
    case "listCacheHit":
      return list.cacheHit ?? list.input;
    case "listCacheWrite":
      return list.cacheWrite ?? list.input;
    case "listBatchInput":
      return list.batchInput ?? list.input;
    case "listBatchOutput":
      return list.batchOutput ?? list.output;
    case "listLongContextInput":
      return list.longContextInput ?? list.input;
    case "listLongContextOutput":
      return list.longContextOutput ?? list.output;
    case "batchShare":
      return model.batchShare;
    case "longContextShare":
      return model.longContextShare;
    case "blendedInput":
    case "blendedOutput":
      return null;
  }
}

const formatOf = (name: PoolRow): string | undefined =>
  name === "model"
    ? undefined
    : ["share", "batchShare", "longContextShare"].includes(name)
      ? SHARE
      : name.startsWith("blended")
        ? BLENDED
        : PRICE;

/**
 * A model's blended list price per M tokens (usageMix.ts): the mix at its prices, × 1 + the
 * long-context share × (long-context price ÷ standard price − 1).
 */
function blendedFormula(
  layout: OfferLayout,
  column: number,
  side: "input" | "output",
  field: (name: "cacheHitShare" | "cacheWriteShare") => string
): string {
  const p = (name: PoolRow) => abs(poolRow(layout.pool, name), column);
  const [b, l] = [p("batchShare"), p("longContextShare")];
  const longContext = (standard: string, premium: string) =>
    `(1+${l}*(IF(${standard}=0,1,${premium}/${standard})-1))`;
  if (side === "output") {
    return (
      `=((1-${b})*${p("listOutput")}+${b}*${p("listBatchOutput")})*` +
      longContext(p("listOutput"), p("listLongContextOutput"))
    );
  }
  const [h, w] = [field("cacheHitShare"), field("cacheWriteShare")];
  return (
    `=((1-${b})*((1-${h}-${w})*${p("listInput")}+${h}*${p("listCacheHit")}+${w}*${p("listCacheWrite")})` +
    `+${b}*${p("listBatchInput")})*` +
    longContext(p("listInput"), p("listLongContextInput"))
  );
}

/** The pool's column: total share, token-weighted shares and the pool's blended prices. */
function poolTotal(layout: OfferLayout, name: PoolRow): CellContent | undefined {
  const { pool } = layout;
  const rowOf = (row: PoolRow) =>
    range(
      poolRow(pool, row),
      poolModelColumn(0),
      poolRow(pool, row),
      poolModelColumn(pool.models - 1)
    );
  const shares = rowOf("share");
  switch (name) {
    case "share":
      return formula(`=SUM(${shares})`);
    case "batchShare":
    case "longContextShare":
    case "blendedInput":
    case "blendedOutput":
      return formula(`=SUMPRODUCT(${shares},${rowOf(name)})`);
    default:
      return undefined;
  }
}

/** The pool table: inputs per model, the blended prices, the pool's column and the shares' check. */
function poolTableBlocks(
  offer: Offer,
  layout: OfferLayout,
  field: (name: "cacheHitShare" | "cacheWriteShare") => string
): { blocks: CellBlock[]; inputs: InputCell[] } {
  const { pool } = layout;
  const total = poolTotalColumn(pool);
  const blocks: CellBlock[] = [
    {
      at: at(pool.heading, POOL_LABEL_COLUMN),
      cells: [
        [
          value(
            "Pool of models: each takes its share of the offer's tokens, drawing on one commitment"
          ),
        ],
      ],
      style: HEADING_STYLE,
    },
    {
      at: at(pool.header, POOL_LABEL_COLUMN),
      cells: [
        [
          value(""),
          ...offer.models.map((_, k) =>
            value(k === 0 ? "Model 1 (tiers' prices)" : `Model ${k + 1}`)
          ),
          value("Pool"),
        ],
      ],
      style: HEADER_STYLE,
    },
    {
      at: at(poolRow(pool, "model"), POOL_LABEL_COLUMN),
      cells: POOL_ROWS.map((name) => [value(LABELS[name])]),
    },
  ];
  const inputs: InputCell[] = [];
  for (const name of POOL_ROWS) {
    const row = poolRow(pool, name);
    const numberFormat = formatOf(name);
    offer.models.forEach((model, k) => {
      const column = poolModelColumn(k);
      if (name === "blendedInput" || name === "blendedOutput") {
        const side = name === "blendedInput" ? "input" : "output";
        const text = blendedFormula(layout, column, side, field);
        blocks.push({ at: at(row, column), cells: [[formula(text)]], style: { numberFormat } });
      } else {
        const label = `${LABELS[name]}, model ${k + 1}`;
        const style = { input: true, numberFormat };
        inputs.push({ at: at(row, column), label, value: modelValue(model, name), style });
      }
    });
    const totalCell = poolTotal(layout, name);
    if (totalCell) {
      blocks.push({
        at: at(row, total),
        cells: [[totalCell]],
        style: { bold: true, numberFormat },
      });
    }
  }
  const shares = poolCells(layout).shares;
  blocks.push({
    at: at(pool.checkRow, POOL_LABEL_COLUMN),
    cells: [
      [formula(`=IF(ROUND(SUM(${shares}),9)=1,"","The models' shares should add up to 100%")`)],
    ],
    style: { bold: true, fontColor: "#A4262C" },
  });
  return { blocks, inputs };
}

/** The list schedule: month 1 at factor 1, then a yellow row per step, with the pool's prices. */
function listScheduleBlocks(
  offer: Offer,
  layout: OfferLayout
): { blocks: CellBlock[]; inputs: InputCell[] } {
  const area = layout.listSchedule;
  const steps = offer.priceProtection?.listSchedule ?? [];
  if (area === undefined) return { blocks: [], inputs: [] };
  const columns = listScheduleColumns(area.models);
  const { pool } = layout;
  const shares = poolCells(layout).shares;
  const blended = (name: PoolRow) =>
    range(
      poolRow(pool, name),
      poolModelColumn(0),
      poolRow(pool, name),
      poolModelColumn(pool.models - 1)
    );
  const blocks: CellBlock[] = [
    {
      at: at(area.heading, 0),
      cells: [
        [
          value(
            "List prices over the term (price protection): each model's list price ÷ its list price at signing, from a month"
          ),
        ],
      ],
      style: HEADING_STYLE,
    },
    {
      at: at(area.header, 0),
      cells: [
        [
          value("From month"),
          ...offer.models.map((_, k) => value(`Model ${k + 1} factor`)),
          value("Pool $/M input"),
          value("Pool $/M output"),
          value("Step: input"),
          value("Step: output"),
        ],
      ],
      style: HEADER_STYLE,
    },
  ];
  const inputs: InputCell[] = [];
  for (let j = 0; j < area.rows; j++) {
    const row = area.header + 1 + j;
    const factors = range(row, columns.factor(0), row, columns.factor(area.models - 1));
    if (j === 0) {
      blocks.push(
        { at: at(row, columns.from), cells: [[value(1)]], style: { numberFormat: "0" } },
        {
          at: at(row, columns.factor(0)),
          cells: [offer.models.map(() => value(1))],
          style: { numberFormat: "0.00" },
        }
      );
    } else {
      const step = steps[j - 1];
      inputs.push({
        at: at(row, columns.from),
        label: `List step ${j}: from month`,
        value: step.fromMonth,
        style: { input: true, numberFormat: "0" },
      });
      step.factors.forEach((factor, k) =>
        inputs.push({
          at: at(row, columns.factor(k)),
          label: `List step ${j}: factor of model ${k + 1}`,
          value: factor,
          style: { input: true, numberFormat: "0.00" },
        })
      );
      blocks.push({
        at: at(row, columns.check),
        cells: [
          [
            formula(
              `=IF(${abs(row, columns.from)}>${abs(row - 1, columns.from)},"","Months should increase")`
            ),
          ],
        ],
        style: { bold: true, fontColor: "#A4262C" },
      });
    }
    const price = (side: PoolRow) => `=SUMPRODUCT(${shares},${blended(side)},${factors})`;
    const step = (column: number) =>
      j === 0 ? `=${abs(row, column)}` : `=${abs(row, column)}-${abs(row - 1, column)}`;
    blocks.push({
      at: at(row, columns.poolInput),
      cells: [
        [
          formula(price("blendedInput")),
          formula(price("blendedOutput")),
          formula(step(columns.poolInput)),
          formula(step(columns.poolOutput)),
        ],
      ],
      style: { numberFormat: BLENDED },
    });
  }
  return { blocks, inputs };
}

/** The pool table and the list schedule of an offer. */
export function poolBlocks(
  offer: Offer,
  layout: OfferLayout,
  field: (name: "cacheHitShare" | "cacheWriteShare") => string
): { blocks: CellBlock[]; inputs: InputCell[] } {
  const table = poolTableBlocks(offer, layout, field);
  const schedule = listScheduleBlocks(offer, layout);
  return {
    blocks: [...table.blocks, ...schedule.blocks],
    inputs: [...table.inputs, ...schedule.inputs],
  };
}

/**
 * The default of the kept discount when it follows the offer: its discount, or for tiers the
 * year-1 discount they give at the forecast over the first twelve months (listSchedule.ts).
 */
export function keptDiscountFormula(
  offer: Offer,
  discount: () => string,
  yearOne: (column: "listCost" | "forecastBaseCost") => string
): string | undefined {
  if (offer.priceProtection?.keptDiscount !== "offer") return undefined;
  if (offer.pricing.kind === "discount") return `=${discount()}`;
  const [list, base] = [yearOne("listCost"), yearOne("forecastBaseCost")];
  return `=IF(SUM(${list})=0,0,1-SUM(${base})/SUM(${list}))`;
}
