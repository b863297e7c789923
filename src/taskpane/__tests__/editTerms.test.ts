import { MODEL_PRICES } from "../../content/catalog";
import { MAX_LIST_STEPS, MAX_POOL_MODELS, defaultOffers, type Offer } from "../../dealModel";
import { editOffer, type OfferEdit } from "../offerForm/editOffer";

/** An example offer with its first model alone and none of the terms the edits switch on. */
const plain = (offer: Offer): Offer => ({
  ...offer,
  models: [{ ...offer.models[0], share: 1, batchShare: 0, longContextShare: 0 }],
  burst: null,
  fees: { seatPrice: 0, seats: [0], platformFee: 0 },
  priceProtection: null,
});
const [anthropic, openAi] = defaultOffers().map(plain);
const apply = (offer: Offer, ...edits: OfferEdit[]) => edits.reduce(editOffer, offer);
const byName = (name: string) => MODEL_PRICES.find((model) => model.model === name)!;
const anthropicModels = MODEL_PRICES.filter((model) => model.vendor === "Anthropic");

describe("editing an offer's pool of models", () => {
  it("adds the catalog's next model of the offer's vendor at a 0% share, up to five", () => {
    const added = editOffer(anthropic, { type: "addPoolModel", catalog: MODEL_PRICES });
    expect(added.models).toHaveLength(2);
    expect(added.models[0]).toBe(anthropic.models[0]);
    const second = added.models[1];
    expect(second.model).toBe(anthropicModels[0].model);
    expect(second).toMatchObject({ share: 0, batchShare: 0, longContextShare: 0 });
    expect(second.list.input).toBe(anthropicModels[0].input);

    const full = apply(
      added,
      ...Array.from({ length: 5 }, (): OfferEdit => ({
        type: "addPoolModel",
        catalog: MODEL_PRICES,
      }))
    );
    expect(full.models).toHaveLength(MAX_POOL_MODELS);
    expect(new Set(full.models.map((m) => m.model)).size).toBe(MAX_POOL_MODELS);
  });

  it("adds an unnamed model at the first model's prices without a catalog", () => {
    const added = editOffer(openAi, { type: "addPoolModel", catalog: [] });
    expect(added.models[1]).toEqual({ ...openAi.models[0], model: "", share: 0, batchShare: 0 });
  });

  it("picks a pool model from the catalog with its long-context prices, or takes a typed name", () => {
    const terra = byName("GPT-5.6 Terra");
    const two = editOffer(openAi, { type: "addPoolModel", catalog: [] });
    const picked = editOffer(two, { type: "poolCatalogModel", index: 1, model: terra });
    expect(picked.models[1].model).toBe("GPT-5.6 Terra");
    expect(picked.models[1].list).toMatchObject({
      input: terra.input,
      longContextInput: terra.longContext!.input,
      longContextOutput: terra.longContext!.output,
    });
    // The offer's own name and the first model are left as they are.
    expect(picked.model).toBe(openAi.model);
    expect(picked.models[0]).toBe(openAi.models[0]);
    const typed = editOffer(picked, { type: "poolModelName", index: 1, name: "ours" });
    expect(typed.models[1]).toEqual({ ...picked.models[1], model: "ours" });
    expect(editOffer(openAi, { type: "poolModelName", index: 3, name: "x" })).toBe(openAi);
  });

  it("edits a pool model's shares, and removes one giving its share to the first model left", () => {
    const three = apply(
      anthropic,
      { type: "addPoolModel", catalog: MODEL_PRICES },
      { type: "addPoolModel", catalog: MODEL_PRICES },
      { type: "poolModel", index: 0, changes: { share: 0.7 } },
      { type: "poolModel", index: 1, changes: { share: 0.2, batchShare: 0.4 } },
      { type: "poolModel", index: 2, changes: { share: 0.1, longContextShare: 0.1 } }
    );
    expect(three.models.map((m) => m.share)).toEqual([0.7, 0.2, 0.1]);
    expect(three.models[1].batchShare).toBe(0.4);
    expect(three.models[2].longContextShare).toBe(0.1);

    const withoutSecond = editOffer(three, { type: "removePoolModel", index: 1 });
    expect(withoutSecond.models.map((m) => m.share)).toEqual([0.9, 0.1]);
    const withoutFirst = editOffer(three, { type: "removePoolModel", index: 0 });
    // 0.2 + 0.7 in exact decimals, not 0.8999999999999999.
    expect(withoutFirst.models.map((m) => m.share)).toEqual([0.9, 0.1]);
    const one = editOffer(anthropic, { type: "removePoolModel", index: 0 });
    expect(one).toBe(anthropic);
  });

  it("keeps one list-price factor per pool model in every step when models come and go", () => {
    const protectedOffer = apply(
      anthropic,
      { type: "priceProtection", on: true },
      { type: "addListStep" },
      { type: "listStepFactor", row: 0, index: 0, factor: 0.8 }
    );
    const added = editOffer(protectedOffer, { type: "addPoolModel", catalog: MODEL_PRICES });
    expect(added.priceProtection!.listSchedule[0].factors).toEqual([0.8, 1]);
    const removed = editOffer(added, { type: "removePoolModel", index: 0 });
    expect(removed.priceProtection!.listSchedule[0].factors).toEqual([1]);
  });
});

describe("editing an offer's terms", () => {
  it("sets the amount and seats of a contract year, filling the years between", () => {
    const edited = apply(
      anthropic,
      { type: "yearAmount", year: 0, amount: 80_000 },
      { type: "yearAmount", year: 2, amount: 120_000 },
      { type: "yearSeats", year: 1, seats: 2_000 }
    );
    // The years the form showed (the term's three) keep what they showed: 100,000 in year 2.
    expect(edited.commitment.amounts).toEqual([80_000, 100_000, 120_000]);
    expect(edited.commitment.per).toBe("month");
    expect(edited.fees.seats).toEqual([0, 2_000, 0]);
  });

  it("sets billing and fees", () => {
    const edited = apply(
      openAi,
      { type: "billing", changes: { frequency: "up front" } },
      { type: "billing", changes: { prepaymentDiscount: 0.06 } },
      { type: "fees", changes: { seatPrice: 40 } },
      { type: "fees", changes: { platformFee: 120_000 } }
    );
    expect(edited.billing).toEqual({ frequency: "up front", prepaymentDiscount: 0.06 });
    expect(edited.fees).toEqual({ seatPrice: 40, seats: [0], platformFee: 120_000 });
  });

  it("switches a burst allowance on at the playbook's 2× over a quarter, edits it, and off", () => {
    const on = editOffer(anthropic, { type: "burst", changes: {} });
    expect(on.burst).toEqual({ multiple: 2, windowMonths: 3 });
    const edited = editOffer(on, { type: "burst", changes: { windowMonths: 6 } });
    expect(edited.burst).toEqual({ multiple: 2, windowMonths: 6 });
    expect(editOffer(edited, { type: "burst", changes: null }).burst).toBeNull();
    // An annual pool absorbs spikes: making the commitment annual drops the allowance.
    const annual = editOffer(edited, { type: "commitment", changes: { per: "year" } });
    expect(annual.burst).toBeNull();
    expect(editOffer(edited, { type: "commitment", changes: { rolloverCap: 0.5 } }).burst).toBe(
      edited.burst
    );
  });

  it("switches an exit on at the playbook's notice, fee and month 18, within the term", () => {
    const bound = { ...anthropic, exit: null };
    const on = editOffer(bound, { type: "exit", changes: {} });
    expect(on.exit).toEqual({ noticeMonths: 2, feeMonths: 3, earliestMonth: 18 });
    const short = editOffer({ ...bound, termMonths: 12 }, { type: "exit", changes: {} });
    expect(short.exit!.earliestMonth).toBe(12);
    const edited = editOffer(on, { type: "exit", changes: { earliestMonth: 12, feeMonths: 1 } });
    expect(edited.exit).toEqual({ noticeMonths: 2, feeMonths: 1, earliestMonth: 12 });
    expect(editOffer(edited, { type: "exit", changes: null }).exit).toBeNull();
  });

  it("switches price protection on with the offer's own discount, and edits the kept discount", () => {
    const on = editOffer(openAi, { type: "priceProtection", on: true });
    expect(on.priceProtection).toEqual({ keptDiscount: "offer", listSchedule: [] });
    expect(editOffer(on, { type: "priceProtection", on: true })).toBe(on);
    const kept = editOffer(on, { type: "keptDiscount", kept: 0.2 });
    expect(kept.priceProtection!.keptDiscount).toBe(0.2);
    expect(editOffer(kept, { type: "priceProtection", on: false }).priceProtection).toBeNull();
    // Without protection there is nothing to keep.
    expect(editOffer(openAi, { type: "keptDiscount", kept: 0.2 })).toBe(openAi);
  });

  it("adds list-price changes a year apart up to six, edits and removes them", () => {
    const on = editOffer(openAi, { type: "priceProtection", on: true });
    const steps = apply(
      on,
      ...Array.from({ length: MAX_LIST_STEPS + 1 }, (): OfferEdit => ({ type: "addListStep" }))
    ).priceProtection!.listSchedule;
    expect(steps.map((step) => step.fromMonth)).toEqual([13, 25, 37, 49, 61, 73]);
    expect(steps[0].factors).toEqual([1]);

    const edited = apply(
      on,
      { type: "addListStep" },
      { type: "listStepFactor", row: 0, index: 0, factor: 0.8 },
      { type: "addListStep" },
      { type: "listStepMonth", row: 1, fromMonth: 30 },
      { type: "listStepFactor", row: 1, index: 5, factor: 0.5 }
    );
    // A step after another starts at its prices.
    expect(edited.priceProtection!.listSchedule).toEqual([
      { fromMonth: 13, factors: [0.8] },
      { fromMonth: 30, factors: [0.8] },
    ]);
    const removed = editOffer(edited, { type: "removeListStep", row: 0 });
    expect(removed.priceProtection!.listSchedule).toEqual([{ fromMonth: 30, factors: [0.8] }]);
    const replaced = editOffer(edited, { type: "listSchedule", steps: [] });
    expect(replaced.priceProtection!.listSchedule).toEqual([]);
  });

  it("sets the start month", () => {
    expect(
      editOffer(openAi, { type: "offer", changes: { startMonth: "2027-07" } }).startMonth
    ).toBe("2027-07");
  });
});
