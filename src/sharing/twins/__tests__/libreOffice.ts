import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readValues, recalculateWithLibreOffice } from "../../../../test/libreoffice/libreOffice";
import { RefText } from "./caseParts";
import { SheetInputs } from "./hyperformulaSheet";

/*
 * Recalculates formulas in LibreOffice, through the project's harness (test/libreoffice): an
 * .xlsx written with ExcelJS (as a shared workbook would be), recalculated on load. Every case's
 * inputs go on one sheet, each case in a band of rows of its own (LibreOffice takes far longer to
 * open hundreds of sheets), and each formula goes on a results sheet, reading its inputs through
 * sheet-qualified references.
 */

/** Input cells (the case's own addresses), a formula reading them, and the number it should give. */
export interface LibreOfficeCase {
  readonly inputs: SheetInputs;
  /** Formula text without "=", its references written by `ref`. */
  readonly formula: (ref: RefText) => string;
  readonly expected: number;
}

/** Rows each case's inputs may use (they sit in rows 1–12). */
const BAND = 20;
const INPUTS_SHEET = "Case inputs";

/** An address or range moved down by `rows`: "$A$2:$C$4" → "$A$42:$C$44". */
export const moveDown = (address: string, rows: number): string =>
  address.replace(
    /(\$?[A-Z]+\$?)(\d+)/g,
    (_, column: string, row: string) => `${column}${Number(row) + rows}`
  );

/**
 * What LibreOffice computed: the value (to the digits the file keeps), and the relative difference
 * from the expected number, computed by LibreOffice itself from the full doubles. (LibreOffice
 * writes at most 15 significant digits and 20 decimal places, so 1.3e-12 comes back with 9
 * digits; its subtraction also reads differences below about 3.5e-15 of the operands as 0.)
 */
export type LibreOfficeResult =
  { readonly value: number; readonly relativeDifference: number } | { readonly error: string };

/** Column C: (A − B) / B in units of 1e-12, so that the file's digits suffice. */
const SCALE = 1e12;

async function writeWorkbook(cases: readonly LibreOfficeCase[], file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const results = workbook.addWorksheet("Results");
  const inputs = workbook.addWorksheet(INPUTS_SHEET);
  cases.forEach((c, i) => {
    const offset = i * BAND;
    for (const [address, value] of Object.entries(c.inputs)) {
      if (value === null) continue;
      inputs.getCell(moveDown(address, offset)).value =
        typeof value === "string" && value.startsWith("=") ? { formula: value.slice(1) } : value;
    }
    const row = i + 1;
    const formula = c.formula((address) => `'${INPUTS_SHEET}'!${moveDown(address, offset)}`);
    results.getCell(row, 1).value = { formula };
    results.getCell(row, 2).value = c.expected;
    results.getCell(row, 3).value = {
      formula: `IF(B${row}=0,A${row},(A${row}-B${row})/B${row})*${SCALE}`,
    };
  });
  await workbook.xlsx.writeFile(file);
}

/** Recalculates the cases' formulas in LibreOffice; one result per case, in order. */
export async function recalculateInLibreOffice(
  cases: readonly LibreOfficeCase[]
): Promise<LibreOfficeResult[]> {
  const dir = mkdtempSync(join(tmpdir(), "deal-twins-"));
  try {
    const book = join(dir, "twins.xlsx");
    await writeWorkbook(cases, book);
    const results =
      (await readValues(await recalculateWithLibreOffice(book, join(dir, "out"))))["Results"] ?? {};
    return cases.map((_, i) => {
      const value = results[`A${i + 1}`];
      const difference = results[`C${i + 1}`];
      if (typeof value !== "number") return { error: String(value) };
      if (typeof difference !== "number") return { error: `difference: ${String(difference)}` };
      return { value, relativeDifference: difference / SCALE };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
