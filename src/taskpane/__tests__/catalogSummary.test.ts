import { MODEL_PRICES } from "../../content/catalog";
import { summarizeCatalog } from "../text/catalogSummary";

describe("the catalog summary", () => {
  it("counts the built-in models and vendors and gives their date", () => {
    expect(summarizeCatalog(MODEL_PRICES)).toBe(
      "24 models from 6 vendors, prices as of 2026-12-07"
    );
  });

  it("gives the range of dates when the rows were read at different times", () => {
    const imported = { ...MODEL_PRICES[0], vendor: "Mistral", asOf: "2026-11-24" };
    expect(summarizeCatalog([...MODEL_PRICES, imported])).toBe(
      "25 models from 7 vendors, prices as of 2026-11-24 to 2026-12-07"
    );
  });

  it("uses the singular for one model and says when there is none", () => {
    expect(summarizeCatalog([MODEL_PRICES[0]])).toBe(
      "1 model from 1 vendor, prices as of 2026-12-07"
    );
    expect(summarizeCatalog([])).toBe("No models");
  });
});
