import { dec } from "../../pricing/decimal";
import type { ListPrices } from "../offer";
import { mixCost, mixFactor, standardCost } from "../usageMix";

const sonnet: ListPrices = {
  input: 3,
  output: 15,
  cacheHit: 0.3,
  cacheWrite: 3.75,
  batchInput: 1.5,
  batchOutput: 7.5,
  longContextInput: 6,
  longContextOutput: 22.5,
};
const mix = { batchShare: 0.1, cacheHitShare: 0.3, cacheWriteShare: 0.05 };

describe("the usage mix", () => {
  it("prices batch, cache reads and cache writes at their list prices", () => {
    // 20,000 M in, 4,000 M out: 18,000 × (0.65·3 + 0.3·0.3 + 0.05·3.75) = 40,095 of other input,
    // 3,600 × 15 = 54,000 of other output, 0.1 × (20,000·1.5 + 4,000·7.5) = 6,000 of batch.
    expect(mixCost(sonnet, mix, 20_000, 4_000).toNumber()).toBe(100_095);
  });

  it("scales every price by a discount", () => {
    expect(mixCost(sonnet, mix, 20_000, 4_000, dec(0.8)).toNumber()).toBe(80_076);
  });

  it("falls back to the standard price where a cache or batch price is missing", () => {
    const plain: ListPrices = {
      ...sonnet,
      cacheHit: null,
      cacheWrite: null,
      batchInput: null,
      batchOutput: null,
    };
    expect(mixCost(plain, mix, 20_000, 4_000).toNumber()).toBe(120_000);
    expect(mixFactor(plain, mix, 20_000, 4_000).toNumber()).toBe(1);
  });

  it("gives a tiered price the share the mix saves at list prices", () => {
    expect(standardCost(sonnet, 20_000, 4_000).toNumber()).toBe(120_000);
    expect(mixFactor(sonnet, mix, 20_000, 4_000).toNumber()).toBe(0.834125);
  });

  it("leaves a month without tokens at a factor of 1", () => {
    expect(mixFactor(sonnet, mix, 0, 0).toNumber()).toBe(1);
  });
});
