import { usedArea } from "./cellAreas";
import type { MemoryEdit } from "./edit";
import {
  MEMORY_SHEET_KEY,
  MEMORY_SHEET_NAME,
  memoryRows,
  readMemory,
  SheetMemory,
  WorkbookMemory,
} from "./memory/cellMemory";
import { freeSheetName } from "./names";
import type { SheetSnapshot, WorkbookSnapshot } from "./snapshot";

/* Reading DEAL's memory from a snapshot, and the edit that writes what it remembers after. */

function memorySheet(snapshot: WorkbookSnapshot): SheetSnapshot | undefined {
  return snapshot.sheets.find((sheet) => sheet.dealKey === MEMORY_SHEET_KEY);
}

/** What DEAL remembers in this workbook; nothing when it has no memory sheet (or one DEAL cannot read). */
export function memoryOf(snapshot: WorkbookSnapshot): WorkbookMemory {
  const used = memorySheet(snapshot)?.usedRange;
  if (used === undefined || used.at.row !== 0 || used.at.column !== 0) return new Map();
  return readMemory(used.values);
}

/**
 * The edit of the memory sheet after an insert: what DEAL wrote now on the sheets it wrote, and
 * what it remembered of its other sheets that are still there. Undefined when the memory cannot
 * be written (its sheet is protected, or must be added to a workbook whose structure is), or
 * there is nothing new to remember.
 * @param sheetNames names in use, lower-cased, with the sheets this edit adds; a new memory sheet
 *   takes a free name among them.
 */
export function memoryEdit(
  snapshot: WorkbookSnapshot,
  before: WorkbookMemory,
  written: ReadonlyMap<string, SheetMemory>,
  sheetNames: ReadonlySet<string>
): MemoryEdit | undefined {
  // Nothing new to remember (a deal model): the memory stays as it is.
  if (written.size === 0) return undefined;
  const dealKeys = new Set(snapshot.sheets.map((sheet) => sheet.dealKey));
  const after = new Map(written);
  for (const [key, sheet] of before) {
    if (!after.has(key) && dealKeys.has(key)) after.set(key, sheet);
  }
  const rows = memoryRows(after);
  const existing = memorySheet(snapshot);
  if (existing === undefined) {
    if (snapshot.structureProtected) return undefined;
    return { sheetName: freeSheetName(MEMORY_SHEET_NAME, sheetNames), create: true, rows };
  }
  if (existing.protected) return undefined;
  const clear = usedArea(existing);
  return { sheetName: existing.name, create: false, ...(clear && { clear }), rows };
}
