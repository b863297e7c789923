import { cellRect, rectAddress, type Rect } from "../../formula";
import { refuseSharing } from "../../workbook/refusals";
import type {
  ChangedPlace,
  ScopeRead,
  ScopeSheet,
  SharingAction,
  SharingPlan,
  SharingStep,
  SkippedPlace,
} from "./types";

/*
 * The four actions as pure functions from what was read to the steps to apply and the report.
 * Each refuses (throws a WorkbookRefusal) before planning a single step when the workbook cannot
 * take it, so a refused action writes nothing; with no DEAL formula in scope, the plan has no
 * steps and the workbook is left untouched.
 */

/** Collects the report and the steps as a plan is built. */
export class PlanBuilder {
  readonly steps: SharingStep[] = [];
  readonly changed: ChangedPlace[] = [];
  readonly skipped: SkippedPlace[] = [];
  readonly namesDefined: string[] = [];
  /** The ledgers of DEAL.ROLLOVER written or removed, and their sheet. */
  drawDowns?: { sheet: string; ledgers: number };

  constructor(
    private readonly read: ScopeRead,
    private readonly action: SharingAction
  ) {}

  skip(sheet: ScopeSheet | string, rect: Rect, reason: string): void {
    const name = typeof sheet === "string" ? sheet : sheet.name;
    this.skipped.push({ sheet: name, address: rectAddress(rect), reason });
  }

  setFormula(cell: { sheet: ScopeSheet; row: number; column: number }, formula: string): void {
    this.steps.push({
      kind: "write",
      sheet: cell.sheet.name,
      rect: cellRect(cell.row, cell.column),
      property: "formulas",
      cells: [[formula]],
    });
  }

  /** Refuses when a sheet the steps so far write to is protected. */
  refuseLockedSheets(): void {
    const written = new Set(
      this.steps.flatMap((step) =>
        step.kind === "write" || step.kind === "clear" ? [step.sheet] : []
      )
    );
    const locked = this.read.sheets.find((sheet) => sheet.protected && written.has(sheet.name));
    if (locked !== undefined) throw refuseSharing.sheetProtected(locked.name);
  }

  /** Refuses when a sheet the steps write to is protected; otherwise the plan. */
  build(): SharingPlan {
    this.refuseLockedSheets();
    return {
      steps: this.steps,
      report: {
        action: this.action,
        scope: this.read.scope,
        changed: this.changed,
        skipped: this.skipped,
        namesDefined: this.namesDefined,
        ...(this.drawDowns === undefined ? {} : { drawDowns: this.drawDowns }),
      },
    };
  }
}

export function refuseIfReadOnly(read: ScopeRead): void {
  if (read.readOnly) throw refuseSharing.readOnly();
}
