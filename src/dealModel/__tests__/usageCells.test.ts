import { UsageCellsProblem, usageFromCells } from "../usageCells";
import { offerProblems } from "../offerProblems";
import { computeSchedule } from "../schedule";
import { smallOffer } from "./fixtures";

describe("a usage forecast read from selected cells", () => {
  it("takes two columns, input then output, a row per month; blanks are months without usage", () => {
    expect(
      usageFromCells("'Usage plan'!$B$2:$C$4", [
        [100, 20],
        ["", null],
        [120.5, 24],
      ])
    ).toEqual({
      kind: "cells",
      source: "'Usage plan'!$B$2:$C$4",
      months: [
        { inputTokensM: 100, outputTokensM: 20 },
        { inputTokensM: 0, outputTokensM: 0 },
        { inputTokensM: 120.5, outputTokensM: 24 },
      ],
    });
  });

  it("names what is wrong with any other selection", () => {
    expect(() =>
      usageFromCells("Usage!B2:D3", [
        [1, 2, 3],
        [1, 2, 3],
      ])
    ).toThrow(/Select two columns.*Usage!B2:D3 has 3 columns/);
    expect(() => usageFromCells("Usage!B:C", [])).toThrow(/is not one range/);
    expect(() =>
      usageFromCells("Usage!B2:C3", [
        [1, 2],
        [3, "lots"],
      ])
    ).toThrow(/Row 2 of Usage!B2:C3 \(output tokens\) holds "lots"; expected a number ≥ 0/);
    expect(() => usageFromCells("Usage!B2:C2", [[-1, 2]])).toThrow(UsageCellsProblem);
  });
});

describe("an offer priced on cells", () => {
  const months = Array.from({ length: 14 }, (_, m) => ({
    inputTokensM: 100 + m,
    outputTokensM: 10,
  }));
  const offer = smallOffer({
    termMonths: 14,
    forecast: { kind: "cells", source: "Usage!B2:C15", months },
  });

  it("uses each month's row as the forecast", () => {
    expect(offerProblems(offer)).toEqual([]);
    const rows = computeSchedule(offer);
    expect(rows.map((r) => r.inputTokensM)).toEqual(months.map((m) => m.inputTokensM));
    expect(computeSchedule(offer, 0.5)[3].totalTokensM).toBe(56.5);
  });

  it("needs a range of two columns with a row for every month of the term", () => {
    const field = (o: typeof offer) => offerProblems(o).map((p) => `${p.field}: ${p.message}`);
    expect(field({ ...offer, forecast: { kind: "cells", source: "B2:C15", months } })).toEqual([
      "forecast.source: expected a range of two columns (input, output tokens) on a sheet, e.g. 'Usage plan'!B2:C37",
    ]);
    expect(field({ ...offer, termMonths: 24 })).toEqual([
      "forecast.months: expected a row for each of the 24 months of the term; the range has 14",
    ]);
    expect(
      field({
        ...offer,
        forecast: { kind: "cells", source: "Usage!B2:C15", months: months.slice(1) },
      })
    ).toEqual(["forecast.months: expected 14 months, one per row of the range"]);
    const negative = [{ inputTokensM: -1, outputTokensM: 0 }, ...months.slice(1)];
    expect(
      field({ ...offer, forecast: { kind: "cells", source: "Usage!B2:C15", months: negative } })
    ).toEqual(["forecast.months: month 1: expected a number ≥ 0 of each"]);
  });
});
