/*
 * "Prepare for sharing" in the built taskpane (dist/taskpane.html), in a real Chromium at the
 * width of an Excel taskpane, against the Office stand-in (officeHostStandIn.js): its empty
 * workbook, and with `workbook=deal` a sheet holding TIEREDCOST, SLACREDIT and ROLLOVER formulas
 * (the ROLLOVER spilling three periods).
 * The stand-in records what it is asked and applies nothing, so each click is checked on its
 * message and on the calls the host saw. Needs `npm run build` first and Debian's chromium.
 */
import path from "path";
import type { Locator } from "playwright-core";
import { expectHealthy, RESULTS, Taskpane, useTaskpaneInChromium } from "./taskpaneSession";

jest.setTimeout(60_000);

const openTaskpaneInChromium = useTaskpaneInChromium();

/** The taskpane, with its "Prepare for sharing" section. */
interface SharingTaskpane extends Taskpane {
  readonly region: Locator;
}

/** Opens the taskpane with the stand-in; `query` sets its options (workbook, host…). */
async function openTaskpane(query = ""): Promise<SharingTaskpane> {
  const taskpane = await openTaskpaneInChromium(query);
  const region = taskpane.page.getByRole("region", { name: "Prepare for sharing" });
  await region.waitFor();
  return { ...taskpane, region };
}

interface Message {
  intent: string;
  text: string;
  changed: string[];
  skipped: string[];
}

/** Clicks an action and waits for its message; returns it with the syncs of that run. */
async function runAction(
  taskpane: SharingTaskpane,
  button: string
): Promise<Message & { syncs: number; operations: string[] }> {
  const before = (await taskpane.host()).runs.length;
  await taskpane.region.getByRole("button", { name: button, exact: true }).click();
  const bar = taskpane.region.locator("[data-intent]");
  await bar.waitFor({ timeout: 20_000 });
  const record = await taskpane.host();
  const runs = record.runs.slice(before);
  return {
    intent: (await bar.getAttribute("data-intent")) ?? "",
    text: (await bar.locator('[data-part="text"]').innerText()).trim(),
    changed: await bar.locator('[data-list="changed"] li').allInnerTexts(),
    skipped: await bar.locator('[data-list="skipped"] li').allInnerTexts(),
    syncs: runs.reduce((sum, run) => sum + run.syncs, 0),
    operations: runs.flatMap((run) => run.operations),
  };
}

const writesIn = (operations: readonly string[], pattern: RegExp) =>
  operations.filter((operation) => pattern.test(operation)).length;

describe("Prepare for sharing in the taskpane, 320 px wide", () => {
  it("offers three scopes and explains each action in one line", async () => {
    const taskpane = await openTaskpane();
    const { region } = taskpane;
    const radios = region.getByRole("radio");
    await expect(radios.count()).resolves.toBe(3);
    for (const label of ["Selection", "This sheet", "Whole workbook"]) {
      await region.getByRole("radio", { name: label }).waitFor();
    }
    await expect(region.getByRole("radio", { name: "This sheet" }).isChecked()).resolves.toBe(true);
    const explained: [string, string][] = [
      ["Native formulas", "Live for Excel 365 users without DEAL"],
      ["Values", "Numbers only, restorable"],
      ["Repair", "Recalculate cells stuck on #NAME?"],
      ["Restore DEAL formulas", "Undo Native formulas and Values"],
    ];
    for (const [name, line] of explained) {
      const button = region.getByRole("button", { name, exact: true });
      const describedBy = (await button.getAttribute("aria-describedby")) ?? "";
      await expect(taskpane.page.locator(`[id="${describedBy}"]`).innerText()).resolves.toBe(line);
    }
    await expectHealthy(taskpane);
  });

  it("leaves a workbook without DEAL formulas untouched, whatever the action", async () => {
    const taskpane = await openTaskpane();
    const expected: [string, string][] = [
      ["Native formulas", "No DEAL formulas on this sheet. Nothing was changed."],
      ["Values", "No DEAL formulas on this sheet. Nothing was changed."],
      ["Repair", "No DEAL formulas on this sheet. Nothing was changed."],
      [
        "Restore DEAL formulas",
        "Nothing to restore on this sheet: no formulas DEAL replaced with values, and no native DEAL formulas. Nothing was changed.",
      ],
    ];
    for (const [button, text] of expected) {
      const message = await runAction(taskpane, button);
      expect(message).toEqual(
        expect.objectContaining({ intent: "info", text, changed: [], skipped: [], syncs: 1 })
      );
    }
    expect((await taskpane.host()).writes).toBe(0);
    await expectHealthy(taskpane);
  });

  it("converts, replaces and repairs the DEAL formulas of a sheet, and says what it left alone", async () => {
    const taskpane = await openTaskpane("workbook=deal");

    const native = await runAction(taskpane, "Native formulas");
    expect(native.intent).toBe("success");
    expect(native.text).toBe(
      "Converted 2 formulas to native Excel formulas: colleagues with Excel 365 see them calculate without DEAL. Defined DEAL_TIEREDCOST, DEAL_SLACREDIT in Name Manager. Wrote the draw-down of 1 DEAL.ROLLOVER as native formulas on 'DEAL draw-downs', which any spreadsheet calculates; the cells it spilled into now refer there. Restore DEAL formulas puts DEAL.ROLLOVER back."
    );
    expect(native.changed).toEqual(["'Prices': C1, B2, C2:G4"]);
    expect(native.skipped).toEqual([]);
    // The sheet, then the ROLLOVER's spill, then the write.
    expect(native.syncs).toBe(3);
    expect(writesIn(native.operations, /names\.add\(\)$/)).toBe(2);
    // The store that keeps the ROLLOVER, and the sheet of draw-downs.
    expect(writesIn(native.operations, /worksheets\.add\(\)$/)).toBe(2);
    expect(writesIn(native.operations, /getItem\(\)\.getRange\([^)]*\)\.formulas$/)).toBe(3);
    await taskpane.region.screenshot({ path: path.join(RESULTS, "taskpane-sharing.png") });

    const values = await runAction(taskpane, "Values");
    expect(values).toEqual(
      expect.objectContaining({
        intent: "success",
        text: "Replaced 3 formulas with their values. Restore DEAL formulas brings them back.",
        changed: ["'Prices': C1, B2, C2:G4"],
        syncs: 3,
      })
    );
    // The formulas are kept in a new, very hidden sheet before the cells change.
    expect(writesIn(values.operations, /worksheets\.add\(\)$/)).toBe(1);
    expect(writesIn(values.operations, /worksheets\.add\(\)\.visibility$/)).toBe(1);
    expect(writesIn(values.operations, /getItem\(\)\.getRange\([^)]*\)\.values$/)).toBe(3);

    const repair = await runAction(taskpane, "Repair");
    expect(repair).toEqual(
      expect.objectContaining({
        intent: "success",
        text: "Re-entered 3 DEAL formulas, so Excel calculates them again.",
        changed: ["'Prices': C1, B2, C2"],
        syncs: 2,
      })
    );

    // The stand-in applies nothing: there is nothing to restore in what it reads.
    const restore = await runAction(taskpane, "Restore DEAL formulas");
    expect(restore.intent).toBe("info");
    expect(restore.text).toMatch(/^Nothing to restore on this sheet/);

    await expectHealthy(taskpane);
  });

  it("keeps to the selection when Selection is chosen", async () => {
    const taskpane = await openTaskpane("workbook=deal");
    await taskpane.region.getByRole("radio", { name: "Selection" }).check();
    const native = await runAction(taskpane, "Native formulas");
    expect(native.changed).toEqual(["'Prices': C1, C2:G4"]);
    expect(native.skipped).toEqual([]);
    expect(writesIn(native.operations, /names\.add\(\)$/)).toBe(1);
  });

  it("shows progress, and holds every other action back until it is done", async () => {
    const taskpane = await openTaskpane("workbook=deal&syncDelayMs=400");
    const { page, region } = taskpane;
    await region.getByRole("radio", { name: "Whole workbook" }).check();
    const values = region.getByRole("button", { name: "Values", exact: true });
    await values.click();
    await region.getByRole("progressbar").waitFor();
    await region.getByText("Replacing formulas with values…").waitFor();
    await expect(values.getAttribute("aria-busy")).resolves.toBe("true");
    await expect(
      region.getByRole("button", { name: "Native formulas", exact: true }).isDisabled()
    ).resolves.toBe(true);
    await expect(
      page.getByRole("button", { name: "Insert checklists", exact: true }).isDisabled()
    ).resolves.toBe(true);
    await expect(region.getByRole("radio", { name: "This sheet" }).isDisabled()).resolves.toBe(
      true
    );
    const bar = region.locator("[data-intent]");
    await bar.waitFor({ timeout: 20_000 });
    await expect(bar.getAttribute("data-intent")).resolves.toBe("success");
    // The whole workbook: the list of sheets, their cells, the spills, then the write.
    const record = await taskpane.host();
    expect(record.runs[record.runs.length - 1].syncs).toBe(4);
    await expect(region.getByRole("progressbar").count()).resolves.toBe(0);
    await expect(
      page.getByRole("button", { name: "Insert checklists", exact: true }).isEnabled()
    ).resolves.toBe(true);
    await expectHealthy(taskpane);
  });

  it.each([
    // The sheet reads as protected: refused before anything is written.
    [
      "protected",
      'The sheet "Prices" is protected, so DEAL cannot change its formulas. Unprotect it (Review > Unprotect Sheet) and try again. Nothing was changed.',
    ],
    // Excel reports the protection only when the write reaches it.
    [
      "denied",
      "Excel did not allow DEAL to change the workbook: a sheet or the workbook may be protected, or the file opened read-only. Check Review > Unprotect Sheet and Review > Protect Workbook, then try again. Part of the change may already be in the workbook; DEAL kept every formula it replaced, so running the action again completes it.",
    ],
    [
      "failing",
      "Could not prepare the workbook: The connection to Excel was lost. DEAL keeps every formula before it replaces one, so running the action again is safe.",
    ],
  ])("says why nothing happened when the host is %s", async (host, text) => {
    const taskpane = await openTaskpane(`workbook=deal&host=${host}`);
    const message = await runAction(taskpane, "Values");
    expect(message).toEqual(expect.objectContaining({ intent: "error", text, changed: [] }));
    await expectHealthy(taskpane);
  });
});
