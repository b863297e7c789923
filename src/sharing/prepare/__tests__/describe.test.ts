import { WorkbookRefusal } from "../../../workbook/workbookRefusal";
import { describeSharingFailure, describeSharingReport } from "../describe";
import type { SharingReport } from "../types";

const report = (overrides: Partial<SharingReport>): SharingReport => ({
  action: "native",
  scope: "sheet",
  changed: [],
  skipped: [],
  namesDefined: [],
  ...overrides,
});

describe("describeSharingReport", () => {
  it("says what changed where, what was defined, and what was left alone and why", () => {
    const message = describeSharingReport(
      report({
        changed: [
          { sheet: "Prices", address: "B6" },
          { sheet: "Prices", address: "B7" },
          { sheet: "Q1", address: "A1" },
        ],
        skipped: [
          {
            sheet: "Prices",
            address: "D10",
            reason: "no native form of DEAL.NEWFN (needs the add-in)",
          },
          {
            sheet: "Prices",
            address: "D20",
            reason: "no native form of DEAL.NEWFN (needs the add-in)",
          },
        ],
        namesDefined: ["DEAL_TIEREDCOST", "DEAL_SLACREDIT"],
      })
    );
    expect(message).toEqual({
      intent: "warning",
      text: "Converted 3 formulas to native Excel formulas: colleagues with Excel 365 see them calculate without DEAL. Defined DEAL_TIEREDCOST, DEAL_SLACREDIT in Name Manager. 2 formulas could not be converted:",
      changed: ["'Prices': B6, B7", "'Q1': A1"],
      skipped: ["'Prices' D10, D20: no native form of DEAL.NEWFN (needs the add-in)"],
    });
  });

  it("tells the ledgers of DEAL.ROLLOVER apart from the twins, which need Excel 365", () => {
    const changed = [
      { sheet: "Prices", address: "B6" },
      { sheet: "Prices", address: "D10:H45" },
      { sheet: "Prices", address: "J10:N45" },
    ];
    const drawDowns = { sheet: "DEAL draw-downs", ledgers: 2 };
    expect(describeSharingReport(report({ changed, drawDowns })).text).toBe(
      "Converted 1 formula to native Excel formulas: colleagues with Excel 365 see it calculate without DEAL. Wrote the draw-downs of 2 DEAL.ROLLOVER formulas as native formulas on 'DEAL draw-downs', which any spreadsheet calculates; the cells they spilled into now refer there. Restore DEAL formulas puts DEAL.ROLLOVER back."
    );
    const restored = report({ action: "restore", changed, drawDowns });
    expect(describeSharingReport(restored).text).toBe(
      "Restored 3 DEAL formulas. Removed 2 native ledgers of DEAL.ROLLOVER from 'DEAL draw-downs'."
    );
  });

  it.each([
    ["values", "Replaced 1 formula with its value. Restore DEAL formulas brings it back."],
    ["restore", "Restored 1 DEAL formula."],
    ["repair", "Re-entered 1 DEAL formula, so Excel calculates it again."],
  ] as const)("tells what %s did", (action, text) => {
    const message = describeSharingReport(
      report({ action, changed: [{ sheet: "S", address: "D10:H12" }] })
    );
    expect(message).toEqual({ intent: "success", text, changed: ["'S': D10:H12"], skipped: [] });
  });

  it("says plainly when there was nothing to do, and when nothing could be done", () => {
    expect(describeSharingReport(report({ scope: "workbook" }))).toEqual({
      intent: "info",
      text: "No DEAL formulas in this workbook. Nothing was changed.",
      changed: [],
      skipped: [],
    });
    expect(describeSharingReport(report({ action: "restore", scope: "selection" })).text).toBe(
      "Nothing to restore in the selection: no formulas DEAL replaced with values, and no native DEAL formulas. Nothing was changed."
    );
    const none = describeSharingReport(
      report({ action: "values", skipped: [{ sheet: "S", address: "A1", reason: "why" }] })
    );
    expect(none.intent).toBe("warning");
    expect(none.text).toBe("Nothing was changed: 1 formula could not be replaced:");
  });

  it("lists at most twelve addresses a line", () => {
    const changed = Array.from({ length: 15 }, (_, i) => ({ sheet: "S", address: `A${i + 1}` }));
    expect(describeSharingReport(report({ action: "repair", changed })).changed).toEqual([
      "'S': A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12 and 3 more",
    ]);
  });
});

describe("describeSharingFailure", () => {
  it("shows a refusal as it is, and anything else with what is safe to do", () => {
    expect(describeSharingFailure(new WorkbookRefusal("The sheet is protected."))).toEqual({
      intent: "error",
      text: "The sheet is protected.",
      changed: [],
      skipped: [],
    });
    expect(describeSharingFailure(new Error("The connection to Excel was lost.")).text).toBe(
      "Could not prepare the workbook: The connection to Excel was lost. DEAL keeps every formula before it replaces one, so running the action again is safe."
    );
  });
});
