import type ExcelJS from "exceljs";
import type { MemoryEdit } from "../workbook/edit";

/*
 * DEAL's memory of its cells (src/workbook/memory/cellMemory.ts) in a file: a new very hidden
 * sheet holding its rows from A1 as plain values. ExcelJS cannot write worksheet custom
 * properties, so the sheet carries no DEAL key, like every sheet the file writer adds.
 */
export function writeMemorySheet(workbook: ExcelJS.Workbook, memory: MemoryEdit): void {
  if (!memory.create) {
    throw new Error(
      `The file writer adds a new memory sheet only; "${memory.sheetName}" already exists.`
    );
  }
  const sheet = workbook.addWorksheet(memory.sheetName, { state: "veryHidden" });
  memory.rows.forEach((row, r) =>
    row.forEach((value, c) => {
      // A string stays a string in ExcelJS, whatever it starts with: never a formula.
      if (value !== null) sheet.getCell(r + 1, c + 1).value = value;
    })
  );
}
