import { HyperFormula } from "hyperformula";

/*
 * Evaluates a formula in a HyperFormula sheet (GPL, used by the tests only). HyperFormula is set
 * to plain IEEE arithmetic: by default it rounds results to 14 digits and treats numbers within
 * 1e-13 of each other as equal, which would hide differences the tests must see.
 */

/** A cell's content: a number, text, TRUE/FALSE, a formula ("=…"), or null for an empty cell. */
export type CellInput = number | string | boolean | null;

/** A sheet's inputs by A1 address, e.g. { A2: 1000000000, B2: 15 }. */
export type SheetInputs = Readonly<Record<string, CellInput>>;

export type Evaluated =
  { readonly value: number | string | boolean | null } | { readonly error: string };

/** Where the formula under test goes: beyond any input the tests write. */
const RESULT_CELL = "AZ1";

function position(address: string): { row: number; col: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address);
  if (match === null) throw new Error(`not a cell address: ${address}`);
  const col = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}

/**
 * The value of `formula` (without "=") in a cell of a sheet holding `inputs`.
 * @param arrays evaluate as Excel 365 does (arrays through every function) rather than as a
 *   spreadsheet without dynamic arrays.
 */
export function evaluate(inputs: SheetInputs, formula: string, arrays = false): Evaluated {
  const rows: CellInput[][] = [];
  for (const [address, value] of [
    ...Object.entries(inputs),
    [RESULT_CELL, `=${formula}`] as const,
  ]) {
    const { row, col } = position(address);
    while (rows.length <= row) rows.push([]);
    rows[row][col] = value;
  }
  const hf = HyperFormula.buildFromArray(rows, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: arrays,
    smartRounding: false,
    precisionEpsilon: 0,
  });
  try {
    const value = hf.getCellValue({ sheet: 0, ...position(RESULT_CELL) });
    if (value !== null && typeof value === "object")
      return { error: `${value.value} ${value.message}` };
    return { value };
  } finally {
    hf.destroy();
  }
}

/** The number a formula gives; fails the test with the error or value it gave instead. */
export function evaluateNumber(inputs: SheetInputs, formula: string, arrays = false): number {
  const result = evaluate(inputs, formula, arrays);
  if ("value" in result && typeof result.value === "number") return result.value;
  throw new Error(`expected a number from ${formula}, got ${JSON.stringify(result)}`);
}
