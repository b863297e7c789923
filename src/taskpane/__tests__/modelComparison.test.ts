import fc from "fast-check";
import { defaultOffers, offerProblems, type Offer } from "../../dealModel";
import { extremeOffers } from "../../dealModel/__tests__/extremeOffers";
import { compareOffers } from "../text/modelComparison";

const [anthropic, openAi] = defaultOffers();

describe("the comparison before writing", () => {
  it("gives each offer's term total and the cheapest", () => {
    expect(compareOffers(defaultOffers())).toEqual({
      kind: "comparison",
      lines: [
        expect.stringMatching(/^Offer 1 \(Anthropic\): \$\d{1,3}(,\d{3})+ over 36 months$/),
        expect.stringMatching(/^Offer 2 \(OpenAI\): \$\d{1,3}(,\d{3})+ over 36 months$/),
      ],
      verdict: "Cheapest at the forecast: Offer 2 (OpenAI).",
    });
  });

  it("cautions when the terms differ", () => {
    expect(compareOffers([anthropic, { ...openAi, termMonths: 48 }])).toMatchObject({
      verdict: expect.stringMatching(
        /The terms differ, so the totals cover different lengths of time\.$/
      ),
    });
  });

  it("says which offer cannot be priced, and why, for the issue's 600 months at 1000% growth", () => {
    const runaway: Offer = {
      ...openAi,
      termMonths: 600,
      forecast: { inputTokensM: 20_000, outputTokensM: 4_000, monthlyGrowth: 10 },
    };
    expect(compareOffers([anthropic, runaway])).toEqual({
      kind: "problem",
      message: expect.stringMatching(
        /^Offer 2 \(OpenAI\) cannot be priced: .*forecast\.monthlyGrowth: expected growth that keeps every month within a trillion \(1E\+12\) M tokens; month 9 of 600 goes past it.* Change its figures to write the model\.$/
      ),
    });
  });

  it("returns a comparison of finite figures or a problem for any offers, never throws", () => {
    fc.assert(
      fc.property(extremeOffers, extremeOffers, (first, second) => {
        const preview = compareOffers([first, second]);
        // Offers the form takes are priced: its checks leave nothing for the preview to refuse.
        const valid = offerProblems(first).length === 0 && offerProblems(second).length === 0;
        expect(preview.kind).toBe(valid ? "comparison" : "problem");
        if (preview.kind === "problem") {
          expect(preview.message).toMatch(/^Offer [12]\b.* cannot be priced: /);
        } else {
          expect(preview.lines).toHaveLength(2);
          for (const line of preview.lines) expect(line).toMatch(/: -?\$[\d,]+ over \d+ months?$/);
        }
      }),
      { numRuns: 60 }
    );
  });
});
