import { computeSchedule, defaultOffers, summarize, type Offer } from "../../src/dealModel";
import { usageFromCells } from "../../src/dealModel";
import {
  FORECAST_SCENARIO,
  SHARED_COLUMNS,
  scenarioBand,
  scenarioColumn,
  sharedColumn,
} from "../../src/workbook/model";
import { close, modelEngine } from "./modelEngine";

/*
 * An offer whose usage forecast is a range the user points to: the model's token columns read
 * those cells on their own sheet, so HyperFormula's figures equal the pricing core's computed
 * from the values picked, and follow an edit of the range.
 */

const [anthropic, openAi] = defaultOffers();
const PLAN_SHEET = "Usage plan";
/** Two header rows, then 36 months of input and output tokens (M) in B3:C38. */
const usageRows = Array.from({ length: 36 }, (_, m) => [
  `Month ${m + 1}`,
  18_000 + 750 * m + (m % 12 === 11 ? 6_000 : 0), // a year-end peak
  3_500 + 100 * m,
]);
const planSheet = [["Usage plan"], ["Month", "Input (M)", "Output (M)"], ...usageRows];
const forecast = usageFromCells(
  "'Usage plan'!$B$3:$C$38",
  usageRows.map(([, input, output]) => [input, output])
);

describe("a usage forecast kept in the workbook", () => {
  const offers: Offer[] = [{ ...anthropic, forecast }, openAi];
  const { layout, at, hf } = modelEngine(offers, { [PLAN_SHEET]: planSheet });
  afterAll(() => hf.destroy());
  const section = layout.offers[0];
  const { prices } = section;
  const forecastTerm = scenarioBand(section, FORECAST_SCENARIO).termRow;

  it("reads each month's tokens from the range, and prices them as the pricing core does", () => {
    const rows = computeSchedule(offers[0]);
    expect(at(prices.firstMonth, sharedColumn("inputTokensM"))).toBe(18_000);
    expect(at(prices.firstMonth + 11, sharedColumn("inputTokensM"))).toBe(32_250);
    rows.forEach((row, m) => {
      for (const name of SHARED_COLUMNS) {
        close(
          at(prices.firstMonth + m, sharedColumn(name)),
          row[name],
          `${name} of month ${m + 1}`
        );
      }
    });
    const term = summarize(offers[0], rows).term;
    close(at(forecastTerm, scenarioColumn("netCost")), term.netCost, "term");
  });

  it("follows an edit of the range", () => {
    const sheet = hf.getSheetId(PLAN_SHEET)!;
    const before = at(forecastTerm, scenarioColumn("netCost")) as number;
    hf.setCellContents({ sheet, row: 2, col: 1 }, [[100_000]]);
    const edited: Offer = {
      ...offers[0],
      forecast: {
        ...forecast,
        months: [{ inputTokensM: 100_000, outputTokensM: 3_500 }, ...forecast.months.slice(1)],
      },
    };
    const after = at(forecastTerm, scenarioColumn("netCost")) as number;
    expect(after).toBeGreaterThan(before);
    close(after, summarize(edited, computeSchedule(edited)).term.netCost, "term after the edit");
  });
});
