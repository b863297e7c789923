import fc from "fast-check";
import { WorkbookRefusal } from "../../../workbook/workbookRefusal";
import { packBatches } from "../batches";
import { jsonBytes, REQUEST_ENVELOPE_BYTES } from "../payloadSize";
import { SHEET_FETCH_BYTES, type SizedOperation } from "../sizedOperations";

/** An operation of these unit sizes on one sheet, that records what it was asked to queue. */
function operation(label: string, units: number[], fixedBytes = 0, sheet = "S"): SizedOperation {
  return { label, sheet, fixedBytes, unitBytes: units, apply: () => undefined };
}

const sliceLabels = (batches: ReturnType<typeof packBatches>) =>
  batches.map((batch) => batch.slices.map((s) => `${s.operation.label}[${s.from},${s.to})`));

describe("packBatches", () => {
  it("puts everything in one batch when it fits, the sheet fetched once", () => {
    const batches = packBatches([operation("a", [100]), operation("b", [200, 300], 50)], 10_000);
    expect(sliceLabels(batches)).toEqual([["a[0,1)", "b[0,2)"]]);
    expect(batches[0].bytes).toBe(REQUEST_ENVELOPE_BYTES + SHEET_FETCH_BYTES + 100 + 50 + 500);
  });

  it("splits an operation by units where a batch is full, keeping the order", () => {
    const budget = REQUEST_ENVELOPE_BYTES + SHEET_FETCH_BYTES + 1_000;
    const batches = packBatches(
      [operation("a", [400]), operation("b", [300, 300, 300, 300])],
      budget
    );
    expect(sliceLabels(batches)).toEqual([["a[0,1)", "b[0,2)"], ["b[2,4)"]]);
    for (const batch of batches) expect(batch.bytes).toBeLessThanOrEqual(budget);
  });

  it("refuses, before anything is written, a unit that no request could hold", () => {
    expect(() => packBatches([operation("The cells at A1:B1 on S", [3_000_000])])).toThrow(
      WorkbookRefusal
    );
    expect(() => packBatches([operation("The cells at A1:B1 on S", [3_000_000])])).toThrow(
      /The cells at A1:B1 on S alone would take about 3\.0 MB .* Nothing was changed\.$/
    );
  });

  it("keeps every unit, in order, in as few batches as a greedy fill allows, each under the budget", () => {
    const units = fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 1, maxLength: 20 });
    fc.assert(
      fc.property(fc.array(units, { minLength: 1, maxLength: 8 }), (all) => {
        const budget = REQUEST_ENVELOPE_BYTES + SHEET_FETCH_BYTES + 1_000;
        const operations = all.map((u, i) => operation(`op${i}`, u, 10));
        const batches = packBatches(operations, budget);
        const flat = batches.flatMap((b) => b.slices);
        // Every unit once, in order.
        const seen = flat.flatMap((s) =>
          Array.from({ length: s.to - s.from }, (_, k) => `${s.operation.label}:${s.from + k}`)
        );
        expect(seen).toEqual(all.flatMap((u, i) => u.map((_, k) => `op${i}:${k}`)));
        for (const batch of batches) expect(batch.bytes).toBeLessThanOrEqual(budget);
        // Greedy: the next unit would not have fitted in the batch before.
        batches.slice(1).forEach((batch, i) => {
          const first = batch.slices[0];
          const extra = first.operation.unitBytes[first.from] + first.operation.fixedBytes;
          expect(batches[i].bytes + extra).toBeGreaterThan(budget);
        });
      })
    );
  });
});

describe("jsonBytes", () => {
  it("is the UTF-8 length of JSON.stringify for ordinary cells, and never less for any text", () => {
    const cell = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constant(""),
      fc.string(),
      fc.string({ unit: "binary" })
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 6 }), (matrix) => {
        const real = Buffer.byteLength(JSON.stringify(matrix), "utf8");
        expect(jsonBytes(matrix)).toBeGreaterThanOrEqual(real);
      }),
      { numRuns: 100 }
    );
    const ordinary = [[1, 0.1 + 0.2, -1e21, "Claude Sonnet 4 — $3.00", true, ""], []];
    expect(jsonBytes(ordinary)).toBe(Buffer.byteLength(JSON.stringify(ordinary), "utf8"));
  });
});
