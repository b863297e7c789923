/*
 * npm run compare-workbooks -- BEFORE.xlsx AFTER.xlsx
 * Says whether two .xlsx files hold the same workbook, part by part: every sheet, table, chart,
 * style and name, to the byte. Only the file's creation and modification times
 * (docProps/core.xml) and zip folder entries are left out, since they differ between any two
 * writes. For a refactor that must leave DEAL's files as they are: write the demo before and
 * after (`npm run demo -- --out …`, with and without --share-safe) and compare.
 * Exits 1, listing the parts that differ and the first cells that differ in each sheet, if any.
 */
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";

const IGNORED = new Set(["docProps/core.xml"]);
const CELLS_SHOWN = 10;

async function parts(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const texts = new Map<string, string>();
  for (const entry of Object.values(zip.files)) {
    if (entry.dir || IGNORED.has(entry.name)) continue;
    texts.set(entry.name, await entry.async("string"));
  }
  return texts;
}

/** What a cell holds, as a line: its formula or value, and its number format. */
function cellText(cell: ExcelJS.Cell): string {
  return JSON.stringify({ value: cell.value, numFmt: cell.numFmt });
}

/** The first cells that differ between the two files' sheets of the same name. */
async function cellDifferences(before: string, after: string): Promise<string[]> {
  const [a, b] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
  await a.xlsx.readFile(before);
  await b.xlsx.readFile(after);
  const lines: string[] = [];
  a.eachSheet((sheetA) => {
    const sheetB = b.getWorksheet(sheetA.name);
    if (sheetB === undefined) return;
    const seen = new Set<string>();
    const compare = (cell: ExcelJS.Cell) => {
      if (seen.has(cell.address) || lines.length >= CELLS_SHOWN) return;
      seen.add(cell.address);
      const [x, y] = [
        cellText(sheetA.getCell(cell.address)),
        cellText(sheetB.getCell(cell.address)),
      ];
      if (x !== y) lines.push(`  '${sheetA.name}'!${cell.address}: ${x} → ${y}`);
    };
    for (const sheet of [sheetA, sheetB]) {
      sheet.eachRow({ includeEmpty: false }, (row) => row.eachCell(compare));
    }
  });
  return lines;
}

async function main(): Promise<void> {
  const [before, after] = process.argv.slice(2);
  if (before === undefined || after === undefined) {
    throw new Error("Usage: npm run compare-workbooks -- BEFORE.xlsx AFTER.xlsx");
  }
  const [a, b] = await Promise.all([parts(before), parts(after)]);
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  const differing = names.filter((name) => a.get(name) !== b.get(name));
  if (differing.length === 0) {
    console.log(`Same workbook: all ${names.length} parts are identical.`);
    return;
  }
  console.log(`${differing.length} of ${names.length} parts differ:`);
  for (const name of differing) {
    const where = !a.has(name) ? " (only after)" : !b.has(name) ? " (only before)" : "";
    console.log(`  ${name}${where}`);
  }
  const cells = await cellDifferences(before, after);
  if (cells.length > 0) console.log(`First cells that differ:\n${cells.join("\n")}`);
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`compare-workbooks: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
});
