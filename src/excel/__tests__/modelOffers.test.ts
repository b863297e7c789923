import { DEFAULT_SETTINGS, defaultOffers, type ModelSettings, type Offer } from "../../dealModel";
import { WorkbookRefusal } from "../../workbook/workbookRefusal";
import { requireModelOffers } from "../modelOffers";

/** The refusal `requireModelOffers` throws for these offers (fails the test if it throws none). */
function refusalFor(
  offers: readonly Offer[],
  settings: ModelSettings = DEFAULT_SETTINGS
): WorkbookRefusal {
  try {
    requireModelOffers(offers, settings);
  } catch (error) {
    if (error instanceof WorkbookRefusal) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("requireModelOffers", () => {
  it("accepts two to four valid offers", () => {
    const offers = defaultOffers();
    expect(offers.length).toBeGreaterThanOrEqual(2);
    expect(() => requireModelOffers(offers.slice(0, 2), DEFAULT_SETTINGS)).not.toThrow();
    expect(() =>
      requireModelOffers([...offers, ...offers].slice(0, 4), DEFAULT_SETTINGS)
    ).not.toThrow();
  });

  it("refuses fewer than two offers and more than four, saying how many a model takes", () => {
    const [offer] = defaultOffers();
    expect(refusalFor([offer]).message).toBe(
      "A deal model compares 2 to 4 offers; 1 was given. Nothing was changed."
    );
    expect(refusalFor(Array.from({ length: 5 }, () => offer)).message).toMatch(
      /2 to 4 offers; 5 were given\. Nothing was changed\.$/
    );
    expect(refusalFor([]).message).toMatch(/; 0 were given\./);
  });

  it("lists every problem of every invalid offer, naming the offer", () => {
    const [first, second] = defaultOffers();
    const broken: Offer = {
      ...second,
      vendor: " ",
      model: "",
      termMonths: 0,
      models: [{ ...second.models[0], batchShare: 2 }],
    };
    const message = refusalFor([first, broken]).message;
    expect(message).toMatch(
      /^DEAL cannot model offers that are not complete and valid\. Offer 2: /
    );
    expect(message).toContain("vendor: expected some text");
    expect(message).toContain("termMonths: expected a whole number of months from 1 to 600");
    expect(message).toContain("models[0].batchShare: expected a fraction from 0 to 1");
    expect(message).not.toContain("Offer 1");
    expect(message).toMatch(/Correct them and insert again\. Nothing was changed\.$/);
  });

  it("names an offer by its vendor and model when it has them", () => {
    const [first, second] = defaultOffers();
    const message = refusalFor([{ ...first, termMonths: 1.5 }, second]).message;
    expect(message).toContain(`Offer 1 (${first.vendor} ${first.model}): termMonths:`);
  });

  it("refuses settings that are not valid, naming each problem", () => {
    const settings = { ...DEFAULT_SETTINGS, discountRate: -1.5 };
    expect(refusalFor(defaultOffers(), settings).message).toBe(
      "DEAL cannot model offers with settings that are not valid: settings.discountRate: " +
        "expected a rate above -100%. Correct them and insert again. Nothing was changed."
    );
  });
});
