import fc from "fast-check";

/*
 * fast-check arbitraries for what Excel passes a custom function: cell values (numbers, text,
 * booleans, blanks, error values, data-type wrappers) and range arguments (tables, rows, columns,
 * ragged, empty and oversized ranges, bare scalars), plus the plausible values the random calls
 * are mostly built from.
 */

const EXCEL_ERRORS: ReadonlyArray<readonly [string, string]> = [
  ["Div0", "#DIV/0!"],
  ["NotAvailable", "#N/A"],
  ["Value", "#VALUE!"],
  ["Ref", "#REF!"],
  ["Name", "#NAME?"],
  ["Num", "#NUM!"],
  ["Null", "#NULL!"],
  ["Spill", "#SPILL!"],
  ["Calc", "#CALC!"],
  ["GettingData", "#GETTING_DATA"],
  ["Field", "#FIELD!"],
  ["Busy", "#BUSY!"],
  ["Connect", "#CONNECT!"],
  ["Blocked", "#BLOCKED!"],
];

export const DIV0 = { type: "Error", basicType: "Error", errorType: "Div0", basicValue: "#DIV/0!" };

/** An error as Excel passes it with allowErrorForDataTypeAny, with and without its basic value. */
const errorValue: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...EXCEL_ERRORS), fc.boolean())
  .map(([[errorType, basicValue], full]) =>
    full
      ? { type: "Error", basicType: "Error", errorType, basicValue }
      : { type: "Error", errorType }
  );

const extremeNumber = fc.constantFrom(
  0,
  -0,
  1,
  -1,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  5e-324,
  -5e-324,
  2 ** 53,
  2 ** 53 + 2,
  1e15,
  1e21,
  0.1,
  0.999,
  1200,
  1201,
  1e-7,
  123456789.12345679
);

const anyNumber: fc.Arbitrary<number> = fc.oneof(
  extremeNumber,
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -2, max: 2, noNaN: true })
);

const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    "  ",
    "abc",
    "#N/A",
    "#DIV/0!",
    "=1+1",
    "1e3",
    "TRUE",
    "FALSE",
    "12",
    "-1",
    "0.5",
    "Infinity",
    "NaN",
    "volume",
    "graduated",
    "stairstep"
  ),
  fc.string({ maxLength: 60 })
);

const blank = fc.constantFrom(null, undefined, "");

/** Data-type wrappers, including mismatched basic values and a type DEAL does not unwrap. */
const dataTypeWrapper: fc.Arbitrary<unknown> = fc.oneof(
  anyNumber.map((basicValue) => ({ type: "Double", basicValue })),
  anyNumber.map((basicValue) => ({ type: "FormattedNumber", basicValue, numberFormat: "0.00%" })),
  anyText.map((basicValue) => ({ type: "String", basicValue })),
  fc.boolean().map((basicValue) => ({ type: "Boolean", basicValue })),
  fc.constant({ type: "Empty", basicValue: "" }),
  fc
    .tuple(
      fc.constantFrom("Double", "String", "Boolean"),
      fc.oneof(anyNumber, anyText, fc.boolean())
    )
    .map(([type, basicValue]) => ({ type, basicValue })),
  fc.constant({ type: "Entity", text: "Contoso", properties: {} })
);

/** Anything a single cell can hold, as Excel passes it. */
export const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: anyNumber },
  { weight: 3, arbitrary: anyText },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: blank },
  { weight: 2, arbitrary: errorValue },
  { weight: 2, arbitrary: dataTypeWrapper }
);

function rectangle(cell: fc.Arbitrary<unknown>, maxRows: number, maxColumns: number) {
  return fc
    .tuple(fc.integer({ min: 1, max: maxRows }), fc.integer({ min: 1, max: maxColumns }))
    .chain(([rows, columns]) =>
      fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
        minLength: rows,
        maxLength: rows,
      })
    );
}

const asRow = (cells: unknown[]): unknown[][] => [cells];
const asColumn = (cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

/** Oversized ranges, built cheaply: mostly well-formed, sometimes with one bad cell. */
const LARGE_RANGES: Record<string, () => unknown[][]> = {
  "5000x3 tiers": () =>
    Array.from({ length: 5000 }, (_, i) => [
      i < 4999 ? (i + 1) * 10 : "",
      (i % 7) / 100,
      i % 3 ? "" : 1,
    ]),
  "5000x2 schedule": () => Array.from({ length: 5000 }, (_, i) => [1 - i / 10000, (i % 100) / 100]),
  "2000 usage column": () => Array.from({ length: 2000 }, (_, i) => [i % 50]),
  "2000 usage row": () => [Array.from({ length: 2000 }, (_, i) => i % 50)],
  "1200 usage column": () => Array.from({ length: 1200 }, (_, i) => [(i * 7) % 13]),
  "1201 ramp column": () => Array.from({ length: 1201 }, (_, i) => [((i % 5) - 2) / 10]),
  "1000x10 grid": () =>
    Array.from({ length: 1000 }, (_, i) => Array.from({ length: 10 }, (_, j) => i * j)),
};

const largeRange: fc.Arbitrary<unknown[][]> = fc
  .record({
    kind: fc.constantFrom(...Object.keys(LARGE_RANGES)),
    corruptAt: fc.option(fc.nat(), { nil: undefined }),
    bad: anyCell,
  })
  .map(({ kind, corruptAt, bad }) => {
    const range = LARGE_RANGES[kind]();
    if (corruptAt !== undefined) {
      const row = range[corruptAt % range.length];
      row[corruptAt % row.length] = bad;
    }
    return range;
  });

/** Anything Excel may pass where a range is expected, from well-formed tables to bare scalars. */
export function anyRange(cell: fc.Arbitrary<unknown> = anyCell): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: rectangle(cell, 6, 4) },
    { weight: 2, arbitrary: fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>([], [[]], [[""]], [[null]], [[], []]) },
    { weight: 2, arbitrary: cell.map((value) => [[value]]) },
    { weight: 2, arbitrary: cell },
    { weight: 1, arbitrary: fc.array(cell, { minLength: 1, maxLength: 8 }).map(asRow) },
    { weight: 1, arbitrary: fc.array(cell, { minLength: 1, maxLength: 8 }).map(asColumn) },
    { weight: 1, arbitrary: fc.array(cell, { minLength: 1, maxLength: 8 }) },
    { weight: 1, arbitrary: largeRange }
  );
}

/** A bad scalar argument: any cell, now and then a range where one value is expected. */
export const badScalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 9, arbitrary: anyCell },
  { weight: 1, arbitrary: rectangle(anyCell, 3, 3) }
);

/** Mostly a plausible value, sometimes a bad one, so that both outcomes occur often. */
export function mostly<T>(valid: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>, validWeight = 7) {
  return fc.oneof({ weight: validWeight, arbitrary: valid }, { weight: 1, arbitrary: bad });
}

/** A plain number, or now and then the same number as a Double data type. */
export function maybeWrapped(numbers: fc.Arbitrary<number>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 5, arbitrary: numbers },
    { weight: 1, arbitrary: numbers.map((basicValue) => ({ type: "Double", basicValue })) }
  );
}

export const optionalBlank = fc.constantFrom(undefined, null, "");

export const nonNegative: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1, 5, 6, 10, 100, 1e6, 2e9, 0.1, 5e-324),
  fc.integer({ min: 0, max: 100000 }),
  fc.integer({ min: 0, max: 1000000 }).map((n) => n / 100),
  fc.double({ min: 0, max: 1e9, noNaN: true })
);

export const share: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 1, 0.5, 0.999, 0.9989, 0.995, 0.99, 0.95),
  fc.double({ min: 0, max: 1, noNaN: true })
);

export const change: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -0, 0.05, -0.15, -0.1, 0.03, 1, -0.99),
  fc.double({ min: -0.99, max: 2, noNaN: true })
);

export function list(cell: fc.Arbitrary<unknown>, length: number): fc.Arbitrary<unknown[][]> {
  return fc
    .tuple(fc.array(cell, { minLength: length, maxLength: length }), fc.boolean())
    .map(([cells, row]) => (row ? asRow(cells) : asColumn(cells)));
}
