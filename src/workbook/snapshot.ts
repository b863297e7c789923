import { CellValue, TablePlan } from "./plan";

/** What DEAL reads of a workbook before it writes: enough to merge its plans without harm. */
export interface WorkbookSnapshot {
  /** The workbook cannot be changed (opened read-only). */
  readonly readOnly: boolean;
  /** The workbook's structure is protected: no sheet can be added or renamed. */
  readonly structureProtected: boolean;
  readonly sheets: readonly SheetSnapshot[];
  /** Every table name in the workbook (Excel table names are workbook-wide). */
  readonly tableNames: readonly string[];
  /** Every defined name (Name Manager): a table may not take one of these either. */
  readonly definedNames: readonly string[];
}

export interface SheetSnapshot {
  readonly name: string;
  /** The DEAL sheet key from the worksheet's custom property, if DEAL made the sheet. */
  readonly dealKey?: string;
  readonly protected: boolean;
  /**
   * The tables of a DEAL sheet the insert merges with, with their content; none on other sheets,
   * whose tables reconcile needs only by name (`tableNames`).
   */
  readonly tables: readonly TableSnapshot[];
  /**
   * For the DEAL sheets the insert merges with (and DEAL's memory), the values of the used range:
   * input cells and earlier notes are found there.
   */
  readonly usedRange?: {
    readonly at: { readonly row: number; readonly column: number };
    readonly values: readonly (readonly CellValue[])[];
  };
}

export interface TableSnapshot {
  readonly name: string;
  /** Zero-based position of the header row's first cell. */
  readonly at: { readonly row: number; readonly column: number };
  readonly headers: readonly string[];
  /** The data rows, in header order. */
  readonly values: readonly (readonly CellValue[])[];
}

/** DEAL's table name or a variant DEAL picked ("_2", "_3" …), ignoring case. */
function isPreferredOrVariant(name: string, preferred: string): boolean {
  const lower = name.toLowerCase();
  const base = preferred.toLowerCase();
  return (
    lower === base || (lower.startsWith(`${base}_`) && /^\d+$/.test(lower.slice(base.length + 1)))
  );
}

/** The sheet's table for this plan: by name (or DEAL's own variant), else by position. */
export function findTable(
  sheet: SheetSnapshot | undefined,
  plan: Pick<TablePlan, "preferredName" | "at">
): TableSnapshot | undefined {
  const tables = sheet?.tables ?? [];
  return (
    tables.find((table) => isPreferredOrVariant(table.name, plan.preferredName)) ??
    tables.find((table) => table.at.row === plan.at.row && table.at.column === plan.at.column)
  );
}
