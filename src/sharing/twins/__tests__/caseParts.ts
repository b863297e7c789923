import fc from "fast-check";
import { FunctionName } from "../../../pricing/errors";
import { asExcelHolds } from "../../../pricing/excelNumber";
import { CellInput, SheetInputs } from "./hyperformulaSheet";

/*
 * Calls of the DEAL functions as a sheet would hold them: input cells, the argument texts of the
 * call, and DEAL's own answer (the pricing core's). The same cases are evaluated in HyperFormula
 * and, where it is installed, in LibreOffice, where each case's inputs sit in a band of their own
 * on another sheet: hence the references go through a function.
 */

/** Where a case's input address is, as the call writes it: "E1", or "'Case inputs'!E41". */
export type RefText = (address: string) => string;

/** References as written on the inputs' own sheet. */
export const SAME_SHEET: RefText = (address) => address;

export interface TwinCase {
  readonly fn: FunctionName;
  readonly label: string;
  /** Input cells of the case's sheet, by A1 address. */
  readonly inputs: SheetInputs;
  /** The call's argument texts, references written by `ref`. */
  readonly args: (ref: RefText) => string[];
  /** What DEAL returns for this call. */
  readonly expected: number;
  /**
   * How far a correct floating-point formula may be off beyond the relative tolerance: DEAL reads
   * 131072.364768382 as that decimal, a spreadsheet as the nearest double, and the difference of
   * two such bounds carries their representation error (0 where the inputs are whole numbers).
   */
  readonly slack?: number;
  /** Which kind of input the case stands for, to report the differences by kind. */
  readonly kind?: string;
}

/** An argument: a reference to an input cell, a literal, or left out. */
export type Placed = { readonly cell: string } | { readonly literal: string } | "omitted";

function argText(placed: Placed, ref: RefText): string {
  if (placed === "omitted") return "";
  return "cell" in placed ? ref(placed.cell) : placed.literal;
}

export const argTexts = (placed: readonly Placed[]) => (ref: RefText) =>
  placed
    .map((p) => argText(p, ref))
    .reduceRight<string[]>(
      // Trailing omitted arguments are left out of the call, as a person types it.
      (acc, text) => (acc.length === 0 && text === "" ? acc : [text, ...acc]),
      []
    );

/** Column letters of a 1-based column number (1 → A). */
function letters(column: number): string {
  let text = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  }
  return text;
}

export const address = (row: number, column: number): string => `${letters(column)}${row}`;
export const range = (top: number, left: number, bottom: number, right: number): string =>
  `$${letters(left)}$${top}:$${letters(right)}$${bottom}`;

/** A number short enough to type into a formula without losing digits (Excel reads 15). */
const isShort = (n: number): boolean => /^-?\d*\.?\d+$/.test(String(n)) && String(n).length <= 15;

/** Where a scalar goes: into `cell`, or typed into the call when it is short enough. */
export function place(
  inputs: Record<string, CellInput>,
  cell: string,
  value: number | string,
  typed: boolean
): Placed {
  if (typed && (typeof value === "string" || isShort(value))) {
    return {
      literal: typeof value === "string" ? `"${value.replace(/"/g, '""')}"` : String(value),
    };
  }
  inputs[cell] = value;
  return { cell };
}

/**
 * Any double in a range, as a cell holds it once typed: at 15 significant digits. Both DEAL and
 * the native formula then read the same number; a 17-digit double would test the 15-digit rule
 * (pinned in excelNumber.test.ts), not the twin.
 */
export function typedDouble(min: number, max: number): fc.Arbitrary<number> {
  return fc.double({ min, max, noNaN: true }).map(asExcelHolds);
}

/** A decimal with few digits, as prices, shares and changes are typed: k × 10^-places. */
export function decimal(maxDigits: number, maxPlaces: number): fc.Arbitrary<number> {
  return fc
    .tuple(fc.integer({ min: 0, max: 10 ** maxDigits }), fc.integer({ min: 0, max: maxPlaces }))
    .map(([k, places]) => Number(`${k}e-${places}`));
}

/** An optional scalar: left out, a blank cell, or a value (typed or in a cell). */
export type Optional<T> =
  | { readonly kind: "omitted" }
  | { readonly kind: "blank"; readonly blank: CellInput }
  | { readonly kind: "given"; readonly value: T; readonly typed: boolean };

export function optional<T>(value: fc.Arbitrary<T>): fc.Arbitrary<Optional<T>> {
  return fc.oneof(
    fc.constant({ kind: "omitted" as const }),
    fc.constantFrom<CellInput>(null, '=""').map((blank) => ({ kind: "blank" as const, blank })),
    fc.record({ kind: fc.constant("given" as const), value, typed: fc.boolean() })
  );
}

/** Places an optional scalar; returns its value for DEAL (undefined: the default). */
export function placeOptional<T extends number | string>(
  inputs: Record<string, CellInput>,
  cell: string,
  option: Optional<T>
): [Placed, T | undefined] {
  if (option.kind === "omitted") return ["omitted", undefined];
  if (option.kind === "blank") {
    inputs[cell] = option.blank;
    return [{ cell }, undefined];
  }
  return [place(inputs, cell, option.value, option.typed), option.value];
}
