import fc from "fast-check";
import { contractYears, yearValue, type Offer, type PoolModel } from "../../src/dealModel";
import { LIST_COLUMNS, type OfferLayout } from "../../src/workbook/model";
import { poolModelColumn, poolRow, type PoolRow } from "../../src/workbook/model/poolLayout";

/*
 * Random edits of the deal model's inputs, each as a cell of the sheet and as the change it makes
 * to the offer, so that a test can type them into a file and ask the pricing core what the edited
 * offer costs.
 */

/** One input typed in: where, what, and the offer it makes. */
export interface ModelEdit {
  readonly offer: number;
  readonly what: string;
  readonly at: (section: OfferLayout) => { row: number; column: number };
  /** The number typed, or null to clear the cell. */
  readonly value: number | null;
  readonly apply: (offer: Offer) => Offer;
}

const field = (name: keyof OfferLayout["fieldRows"]) => (section: OfferLayout) => ({
  row: section.fieldRows[name]!,
  column: 1,
});

/** Model 1's cell of a row of the pool table. */
const pooled = (name: PoolRow) => (section: OfferLayout) => ({
  row: poolRow(section.pool, name),
  column: poolModelColumn(0),
});

/** A cell of the year table (price change, commitment, seats) in contract year `year`. */
const yearCell = (offset: number, year: number) => (section: OfferLayout) => ({
  row: section.ramp.header + year,
  column: LIST_COLUMNS.ramp + offset,
});

/** One value per contract year, year `year`'s set to `value`, the others as before. */
const withYear = (o: Offer, values: readonly number[], year: number, value: number) =>
  Array.from({ length: contractYears(o.termMonths) }, (_, y) =>
    y === year - 1 ? value : yearValue(values, y + 1)
  );

const hundredths = (min: number, max: number) => fc.integer({ min, max }).map((k) => k / 100);

type EditMaker = (offer: number) => fc.Arbitrary<ModelEdit>;

const edit =
  (
    what: string,
    at: ModelEdit["at"],
    values: fc.Arbitrary<number | null>,
    apply: (offer: Offer, value: number | null) => Offer
  ): EditMaker =>
  (offer) =>
    values.map((value) => ({ offer, what, at, value, apply: (o: Offer) => apply(o, value) }));

/** The offer with its pool's first model (the one the sheet writes) changed. */
const firstModel = (o: Offer, change: (model: PoolModel) => PoolModel): Offer => ({
  ...o,
  models: o.models.map((m, i) => (i === 0 ? change(m) : m)),
});

const growthForecast = (o: Offer) => {
  if (o.forecast.kind === "cells") throw new Error("the demo's forecasts grow");
  return o.forecast;
};

/** The offer's exit terms with one changed; no exit terms are notice 0, fee 0, from the term's end. */
const exitWith = (o: Offer, change: Partial<NonNullable<Offer["exit"]>>): Offer => ({
  ...o,
  exit: {
    ...(o.exit ?? { noticeMonths: 0, feeMonths: 0, earliestMonth: o.termMonths }),
    ...change,
  },
});

/** Edits any offer takes. */
const COMMON: readonly EditMaker[] = [
  edit("prepayment discount", field("prepaymentDiscount"), hundredths(0, 10), (o, v) => ({
    ...o,
    billing: { ...o.billing, prepaymentDiscount: v! },
  })),
  edit("notice months", field("noticeMonths"), fc.integer({ min: 0, max: 3 }), (o, v) =>
    exitWith(o, { noticeMonths: v! })
  ),
  edit("exit fee months", field("exitFeeMonths"), fc.integer({ min: 0, max: 6 }), (o, v) =>
    exitWith(o, { feeMonths: v! })
  ),
  edit("exit from month", field("exitFrom"), fc.integer({ min: 1, max: 36 }), (o, v) =>
    exitWith(o, { earliestMonth: v! })
  ),
  edit(
    "input tokens in month 1",
    field("inputTokens"),
    fc.integer({ min: 1_000, max: 40_000 }),
    (o, v) => ({
      ...o,
      forecast: { ...growthForecast(o), inputTokensM: v! },
    })
  ),
  edit(
    "output tokens in month 1",
    field("outputTokens"),
    fc.integer({ min: 0, max: 10_000 }),
    (o, v) => ({
      ...o,
      forecast: { ...growthForecast(o), outputTokensM: v! },
    })
  ),
  edit(
    "growth",
    field("growth"),
    fc.integer({ min: -30, max: 50 }).map((k) => k / 1000),
    (o, v) => ({
      ...o,
      forecast: { ...growthForecast(o), monthlyGrowth: v! },
    })
  ),
  ...[1, 2].map((year) =>
    edit(
      `commitment in year ${year}`,
      yearCell(2, year),
      fc.integer({ min: 0, max: 800 }).map((k) => k * 1000),
      (o, v) => ({
        ...o,
        commitment: { ...o.commitment, amounts: withYear(o, o.commitment.amounts, year, v!) },
      })
    )
  ),
  edit("seats in year 2", yearCell(3, 2), fc.integer({ min: 0, max: 5000 }), (o, v) => ({
    ...o,
    fees: { ...o.fees, seats: withYear(o, o.fees.seats, 2, v!) },
  })),
  edit("seat price", field("seatPrice"), fc.integer({ min: 0, max: 80 }), (o, v) => ({
    ...o,
    fees: { ...o.fees, seatPrice: v! },
  })),
  edit(
    "platform fee",
    field("platformFee"),
    fc.integer({ min: 0, max: 30 }).map((k) => k * 10_000),
    (o, v) => ({ ...o, fees: { ...o.fees, platformFee: v! } })
  ),
  edit("rollover cap", field("rolloverCap"), hundredths(0, 100), (o, v) => ({
    ...o,
    commitment: { ...o.commitment, rolloverCap: v! },
  })),
  edit(
    "expiry",
    field("expiry"),
    fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
    (o, v) => ({ ...o, commitment: { ...o.commitment, expiryMonths: v ?? undefined } })
  ),
  edit(
    "true-up",
    field("trueUp"),
    fc.option(fc.integer({ min: 1, max: 24 }), { nil: null }),
    (o, v) => ({ ...o, commitment: { ...o.commitment, trueUpMonths: v ?? undefined } })
  ),
  ...(
    [
      ["list input price", "listInput", "input", hundredths(50, 1000)],
      ["list output price", "listOutput", "output", hundredths(100, 4000)],
      ["list cache-hit price", "listCacheHit", "cacheHit", hundredths(5, 200)],
      ["list cache-write price", "listCacheWrite", "cacheWrite", hundredths(50, 800)],
    ] as const
  ).map(([what, name, price, values]) =>
    edit(what, pooled(name), values, (o, v) =>
      firstModel(o, (m) => ({ ...m, list: { ...m.list, [price]: v! } }))
    )
  ),
  edit("batch share of model 1", pooled("batchShare"), hundredths(0, 60), (o, v) =>
    firstModel(o, (m) => ({ ...m, batchShare: v! }))
  ),
  edit("long-context share of model 1", pooled("longContextShare"), hundredths(0, 40), (o, v) =>
    firstModel(o, (m) => ({ ...m, longContextShare: v! }))
  ),
  edit("cache-hit share", field("cacheHitShare"), hundredths(0, 60), (o, v) => ({
    ...o,
    cacheHitShare: v!,
  })),
  edit("overage rate", field("overageRate"), hundredths(100, 200), (o, v) => ({
    ...o,
    overageRate: v!,
  })),
  edit(
    "year-2 price change",
    (s) => ({ row: s.ramp.header + 2, column: LIST_COLUMNS.ramp + 1 }),
    hundredths(-30, 10),
    (o, v) => ({ ...o, ramp: [o.ramp[0] ?? 0, v!, ...o.ramp.slice(2)] })
  ),
  ...[0, 1, 2, 3, 4].map((k) =>
    edit(
      `uptime of outcome ${k + 1}`,
      (s) => ({ row: s.outcomes.header + 1 + k, column: LIST_COLUMNS.outcomes }),
      fc.integer({ min: 940, max: 1000 }).map((u) => u / 1000),
      (o, v) => ({
        ...o,
        sla: {
          ...o.sla,
          uptimeOutcomes: o.sla.uptimeOutcomes.map((x, i) => (i === k ? { ...x, uptime: v! } : x)),
        },
      })
    )
  ),
];

/** Edits of a tiered offer (the demo's first) and of a discount one (its second). */
const TIERED: readonly EditMaker[] = [
  edit(
    "burst multiple",
    field("burstMultiple"),
    fc.integer({ min: 10, max: 30 }).map((k) => k / 10),
    (o, v) => ({ ...o, burst: { windowMonths: o.burst?.windowMonths ?? 1, multiple: v! } })
  ),
  ...[0, 1, 2].map((k) =>
    edit(
      `price of tier ${k + 1}`,
      (s) => ({ row: s.tiers!.header + 1 + k, column: LIST_COLUMNS.tiers + 1 }),
      hundredths(200, 600),
      (o, v) =>
        o.pricing.kind !== "tiers"
          ? o
          : {
              ...o,
              pricing: {
                ...o.pricing,
                tiers: o.pricing.tiers.map((t, i) => (i === k ? { ...t, price: v! } : t)),
              },
            }
    )
  ),
];
const DISCOUNTED: readonly EditMaker[] = [
  edit("discount", field("discount"), hundredths(0, 50), (o, v) =>
    o.pricing.kind !== "discount" ? o : { ...o, pricing: { kind: "discount", discount: v! } }
  ),
  edit("kept discount", field("keptDiscount"), hundredths(0, 40), (o, v) => ({
    ...o,
    priceProtection: o.priceProtection && { ...o.priceProtection, keptDiscount: v! },
  })),
];

/** A random edit of offer 1 (tiered) or offer 2 (discount). */
export const modelEdit: fc.Arbitrary<ModelEdit> = fc
  .constantFrom(0, 1)
  .chain((offer) =>
    fc.constantFrom(...COMMON, ...(offer === 0 ? TIERED : DISCOUNTED)).chain((make) => make(offer))
  );
