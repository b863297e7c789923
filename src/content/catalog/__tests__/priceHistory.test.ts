import { MODEL_PRICES } from "..";
import {
  hasDatedPrices,
  listPriceSchedule,
  listPricesOn,
  monthlyListPrices,
  nextPriceChange,
  pricesAYearBefore,
  yearBefore,
} from "../priceHistory";
import type { ModelPrice } from "../types";

const terra: ModelPrice = {
  vendor: "OpenAI",
  model: "GPT-5.6 Terra",
  input: 2,
  output: 12,
  cacheWrite: 2.5,
  cacheHit: 0.2,
  batchInput: null,
  batchOutput: null,
  source: "developers.openai.com/api/docs/pricing",
  asOf: "2026-12-07",
  history: [
    { from: null, input: 2.5, output: 15, cacheWrite: 3.125, cacheHit: 0.25 },
    { from: "2026-07-30", input: 2, output: 12, cacheWrite: 2.5, cacheHit: 0.2 },
  ],
};
const undated: ModelPrice = { ...terra, history: undefined };

describe("a model's list-price schedule", () => {
  it("is the source's dated prices, oldest first", () => {
    expect(listPriceSchedule(terra).map((entry) => entry.from)).toEqual([null, "2026-07-30"]);
  });

  it("is one undated entry at the model's prices when the source dates none", () => {
    expect(listPriceSchedule(undated)).toEqual([
      { from: null, input: 2, output: 12, cacheWrite: 2.5, cacheHit: 0.2 },
    ]);
    expect(hasDatedPrices(undated)).toBe(false);
  });

  it("gives the prices in force on a date, the new price from its first day", () => {
    expect(listPricesOn(terra, "2026-07-29").input).toBe(2.5);
    expect(listPricesOn(terra, "2026-07-30").input).toBe(2);
  });

  it("gives the prices a year before, or nothing when no price is dated", () => {
    expect(pricesAYearBefore(terra, "2026-12-07")).toEqual({
      date: "2025-12-07",
      prices: { input: 2.5, output: 15, cacheWrite: 3.125, cacheHit: 0.25 },
    });
    expect(pricesAYearBefore(undated, "2026-12-07")).toBeNull();
  });

  it("counts a year back from 29 February to 28 February", () => {
    expect(yearBefore("2028-02-29")).toBe("2027-02-28");
    expect(yearBefore("2026-12-07")).toBe("2025-12-07");
  });

  it("gives a contract's list prices month by month, for price protection", () => {
    const months = monthlyListPrices(terra, "2026-06", 3).map((p) => p.input);
    expect(months).toEqual([2.5, 2.5, 2]);
    expect(monthlyListPrices(terra, "2026-11", 3)).toHaveLength(3);
  });

  it("finds a change the source announces for later", () => {
    const flash = MODEL_PRICES.find((row) => row.model === "Gemini 3.8 Flash");
    expect(flash && nextPriceChange(flash, flash.asOf)).toMatchObject({
      from: "2027-01-01",
      input: 1.5,
      output: 7.5,
    });
  });
});
