import { parseCellAddress, type Rect } from "../../../../formula";
import type { OfficeCell, ScopeRead, ScopeSheet, StoredFormula } from "../../types";

/*
 * ScopeReads for the planners' tests, written cell by cell: a constant, or a formula with the
 * value it shows ({ f, v }). Cells a formula spills into are constants here, as Excel reports them.
 */

export type CellSpec = OfficeCell | { readonly f: string; readonly v: OfficeCell };

export interface SheetSpec {
  readonly name: string;
  readonly id?: string;
  readonly protected?: boolean;
  readonly names?: readonly string[];
  readonly cells: Readonly<Record<string, CellSpec>>;
  readonly areas?: readonly Rect[];
}

/** A ScopeSheet whose used range covers exactly the cells given. */
export function scopeSheet(spec: SheetSpec): ScopeSheet {
  const positions = Object.keys(spec.cells).map((address) => parseCellAddress(address)!);
  const top = positions.length === 0 ? 0 : Math.min(...positions.map((p) => p.row));
  const left = positions.length === 0 ? 0 : Math.min(...positions.map((p) => p.column));
  const bottom = positions.length === 0 ? -1 : Math.max(...positions.map((p) => p.row));
  const right = positions.length === 0 ? -1 : Math.max(...positions.map((p) => p.column));
  const formulas: OfficeCell[][] = [];
  const values: OfficeCell[][] = [];
  for (let r = top; r <= bottom; r++) {
    formulas.push(Array<OfficeCell>(right - left + 1).fill(""));
    values.push(Array<OfficeCell>(right - left + 1).fill(""));
  }
  for (const [address, cell] of Object.entries(spec.cells)) {
    const at = parseCellAddress(address)!;
    const isFormula = typeof cell === "object";
    formulas[at.row - top][at.column - left] = isFormula ? cell.f : cell;
    values[at.row - top][at.column - left] = isFormula ? cell.v : cell;
  }
  return {
    name: spec.name,
    id: spec.id ?? `{${spec.name}}`,
    protected: spec.protected ?? false,
    names: spec.names ?? [],
    at: { row: top, column: left },
    formulas,
    values,
    ...(spec.areas === undefined ? {} : { areas: spec.areas }),
  };
}

export function scopeRead(
  sheets: readonly SheetSpec[],
  extra: Partial<Omit<ScopeRead, "sheets">> = {}
): ScopeRead {
  return {
    scope: "sheet",
    readOnly: false,
    structureProtected: false,
    sheetNames: sheets.map((sheet) => sheet.name),
    names: [],
    ...extra,
    sheets: sheets.map(scopeSheet),
  };
}

/** A stored formula as "values" writes it, for a sheet made with scopeSheet. */
export function stored(
  sheet: string,
  address: string,
  formula: string,
  value: OfficeCell,
  rows = 1,
  columns = 1
): StoredFormula {
  return {
    sheetId: `{${sheet}}`,
    sheetName: sheet,
    address,
    formula,
    rows,
    columns,
    value: JSON.stringify(value),
  };
}
