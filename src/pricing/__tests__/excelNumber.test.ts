import fc from "fast-check";
import Decimal from "decimal.js";
import { dec } from "../decimal";
import { asExcelHolds } from "../excelNumber";
import { shortDecimal, withBinaryNoise } from "./arbitraries";

const SMALLEST = 2.2250738585072e-308;
const LARGEST_DOUBLE = Number.MAX_VALUE;

/**
 * The rule written the slow, obvious way: JavaScript's toPrecision rounds a double's exact binary
 * value to 15 significant digits, halves away from zero; then Excel's range.
 */
function reference(x: number): number {
  if (!Number.isFinite(x)) return x;
  const held = Number(x.toPrecision(15));
  if (Math.abs(held) < SMALLEST) return 0;
  return Number.isFinite(held) ? held : Math.sign(x) * 1.79769313486231e308;
}

/** Doubles from every part of the range: any bit pattern, short decimals with noise, halves. */
const anyDouble = fc.double({ noNaN: true, noDefaultInfinity: true });
const decimalsWithNoise = withBinaryNoise(
  fc
    .tuple(fc.integer({ min: 1, max: 10 ** 15 - 1 }), fc.integer({ min: -330, max: 290 }))
    .map(([digits, exponent]) => Number(`${digits}e${exponent}`))
);
/** Doubles whose exact value ends in a 5 at the 16th significant digit: exact halves. */
const halves = fc
  .tuple(fc.integer({ min: 10 ** 14, max: 10 ** 15 - 1 }), fc.constantFrom(1, 0.1, 0.25, 0.5))
  .map(([digits, scale]) => (digits * 10 + 5) * scale)
  .filter((x) => new Decimal(x).toFixed() === new Decimal(x.toPrecision(20)).toFixed());
const signed = (value: fc.Arbitrary<number>) =>
  fc.tuple(value, fc.boolean()).map(([x, negative]) => (negative ? -x : x));

describe("numbers as Excel holds them", () => {
  it("are the doubles nearest to their 15-digit values, halves away from zero", () => {
    fc.assert(
      fc.property(signed(fc.oneof(anyDouble, decimalsWithNoise, halves)), (x) => {
        expect(asExcelHolds(x)).toBe(reference(x));
      }),
      { numRuns: 20000 }
    );
  });

  it("read as decimals exactly at their 15-digit values, and holding them again changes nothing", () => {
    fc.assert(
      fc.property(signed(fc.oneof(anyDouble, decimalsWithNoise)), (x) => {
        const held = asExcelHolds(x);
        expect(asExcelHolds(held)).toBe(held);
        if (held === 0 || Math.abs(held) === 1.79769313486231e308) return;
        expect(dec(held).eq(new Decimal(x.toPrecision(15)))).toBe(true);
        expect(dec(held).precision()).toBeLessThanOrEqual(15);
      }),
      { numRuns: 10000 }
    );
  });

  it("keep the order of the values they come from", () => {
    fc.assert(
      fc.property(decimalsWithNoise, decimalsWithNoise, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(asExcelHolds(low)).toBeLessThanOrEqual(asExcelHolds(high));
      }),
      { numRuns: 5000 }
    );
  });

  it("take arithmetic at the value Excel shows for it", () => {
    expect(asExcelHolds(0.1 + 0.2)).toBe(0.3);
    expect(asExcelHolds((43800 - 43.8) / 43800)).toBe(0.999);
    expect((43800 - 43.8) / 43800).toBe(0.9989999999999999);
    expect(asExcelHolds(1 - 1e-16)).toBe(1);
    expect(asExcelHolds(0.3 - 0.2 - 0.1)).toBe(-2.77555756156289e-17);
    const tenths = (count: number) =>
      Array.from({ length: count }, () => 0.1).reduce((a, b) => a + b);
    expect(asExcelHolds(tenths(30))).toBe(3);
    // Error that reaches the 15th digit stays: a thousand additions carry it that far, and Excel
    // shows 99.9999999999986 too.
    expect(asExcelHolds(tenths(1000))).toBe(99.9999999999986);
  });

  it("keep 15 digits of long numbers, rounding the 16th", () => {
    // 18 and 17 digits: a double holds the first as 123456789012345680.
    expect(asExcelHolds(Number("123456789012345678"))).toBe(123456789012346000);
    expect(asExcelHolds(1234567890123456)).toBe(1234567890123460);
    expect(asExcelHolds(Number("0.12345678901234567"))).toBe(0.123456789012346);
    expect(asExcelHolds(2 ** 53)).toBe(9007199254740990);
    expect(asExcelHolds(999999999999999.9)).toBe(1e15);
  });

  it("round exact halves away from zero, and near-halves by their exact binary value", () => {
    expect(asExcelHolds(1234567890123455)).toBe(1234567890123460);
    expect(asExcelHolds(1234567890123445)).toBe(1234567890123450);
    expect(asExcelHolds(-1234567890123445)).toBe(-1234567890123450);
    expect(asExcelHolds(123456789012345.5)).toBe(123456789012346);
    expect(asExcelHolds(-123456789012345.5)).toBe(-123456789012346);
    // Printed 1515497.456043735, exactly 1515497.4560437349…: below the half.
    expect(asExcelHolds(1515497.456043735)).toBe(1515497.45604373);
  });

  it("have no negative zero and nothing below Excel's smallest number", () => {
    expect(Object.is(asExcelHolds(-0), 0)).toBe(true);
    expect(Object.is(asExcelHolds(-1e-320), 0)).toBe(true);
    expect(asExcelHolds(Number.MIN_VALUE)).toBe(0);
    expect(asExcelHolds(2.225073858507e-308)).toBe(0);
    // The smallest normal double, 2.2250738585072014E-308, is held at its 15 digits.
    expect(asExcelHolds(2.2250738585072014e-308)).toBe(SMALLEST);
    expect(asExcelHolds(1e-300)).toBe(1e-300);
  });

  it("cut to 15 digits a number that would round past the largest double", () => {
    expect(asExcelHolds(LARGEST_DOUBLE)).toBe(1.79769313486231e308);
    expect(asExcelHolds(-LARGEST_DOUBLE)).toBe(-1.79769313486231e308);
    expect(asExcelHolds(1.7976931348623e308)).toBe(1.7976931348623e308);
    expect(asExcelHolds(9.99999999999999e307)).toBe(9.99999999999999e307);
  });

  it("leave what is not a finite number for the checks to refuse", () => {
    expect(asExcelHolds(Infinity)).toBe(Infinity);
    expect(asExcelHolds(-Infinity)).toBe(-Infinity);
    expect(asExcelHolds(NaN)).toBeNaN();
  });

  it("leave short decimals as they are", () => {
    fc.assert(
      fc.property(shortDecimal(15, 20), (x) => {
        fc.pre(new Decimal(x).precision() <= 15);
        expect(asExcelHolds(x)).toBe(x);
      }),
      { numRuns: 5000 }
    );
  });
});
