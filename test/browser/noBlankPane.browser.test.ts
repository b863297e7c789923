/*
 * No blank taskpane (issue 15): the built taskpane (dist/taskpane.html) in a real Chromium at the
 * width of an Excel taskpane, against the Office stand-in, with the inputs that used to blank it
 * (a 600-month term growing 1000% a month), and with a section that throws while rendering.
 * Needs `npm run build` first and Debian's chromium.
 */
import path from "path";
import type { Locator, Page } from "playwright-core";
import { MODEL_INTRO } from "../../src/taskpane/text/modelIntro";
import { expectHealthy, RESULTS, type Taskpane, useTaskpaneInChromium } from "./taskpaneSession";

jest.setTimeout(60_000);

const openTaskpane = useTaskpaneInChromium();

const SECTIONS = [
  "Playbook checklists",
  "Competitor benchmark",
  "Both at once",
  "Deal model",
  "Prepare for sharing",
];
const region = (page: Page, name: string) => page.getByRole("region", { name });
const field = (model: Locator, label: string) =>
  model.getByRole("tabpanel").getByRole("textbox", { name: label, exact: true });

const GROWTH_PROBLEM =
  "Expected growth that keeps every month within a trillion (1E+12) M tokens; month 9 of 600 goes past it";

/** Every section is there, and the checklists still insert: the pane is alive. */
async function expectEverySectionWorking(taskpane: Taskpane, except?: string): Promise<void> {
  const { page } = taskpane;
  for (const name of SECTIONS) {
    await expect(region(page, name).getByRole("heading", { name }).isVisible()).resolves.toBe(true);
  }
  for (const name of SECTIONS.filter((section) => section !== except)) {
    await expect(region(page, name).getByRole("button").count()).resolves.toBeGreaterThan(0);
  }
  const checklists = region(page, "Playbook checklists");
  await checklists.getByRole("button", { name: "Insert checklists" }).click();
  const bar = checklists.locator("[data-intent]");
  await bar.waitFor({ timeout: 20_000 });
  await expect(bar.getAttribute("data-intent")).resolves.toBe("success");
}

/** The deal model section's introduction throws while `window.__dealFail` holds a message. */
function failingModelSection(source: string): string {
  const literal = JSON.stringify(MODEL_INTRO);
  const at = source.indexOf(literal);
  if (at < 0 || source.indexOf(literal, at + 1) >= 0) {
    throw new Error(`dist/taskpane.js should hold ${literal} once, to provoke the failure at.`);
  }
  const failing = `(window.__dealFail?(()=>{throw new Error(window.__dealFail)})():${literal})`;
  return source.slice(0, at) + failing + source.slice(at + literal.length);
}

/** Fills in the inputs: the first offer's term 600 months, growing 1000% a month. */
async function enterRunawayForecast(model: Locator): Promise<Locator> {
  await field(model, "Term, months").fill("600");
  await field(model, "Growth a month").fill("1000");
  const problem = model.getByText(GROWTH_PROBLEM);
  await problem.waitFor();
  return problem;
}

/** Makes the deal model section throw on its next render (see failingModelSection). */
async function breakModelSection(page: Page, message: string): Promise<void> {
  await page.evaluate((failure) => {
    (window as unknown as { __dealFail?: string }).__dealFail = failure;
  }, message);
  await region(page, "Deal model").getByRole("tab", { name: "OpenAI" }).click();
}

const FAILURE = "the deal model failed on purpose";

describe("no blank taskpane, 320 px wide", () => {
  it("flags 600 months growing 1000% a month on the growth field, holds the model back, and keeps every section working", async () => {
    const taskpane = await openTaskpane();
    const model = region(taskpane.page, "Deal model");
    const problem = await enterRunawayForecast(model);
    await model.getByText("Fix 1 problem first: Offer 1 (Anthropic).").waitFor();
    const write = model.getByRole("button", { name: "Write model" });
    await expect(write.isDisabled()).resolves.toBe(true);
    await model
      .getByRole("group", { name: "Usage forecast" })
      .screenshot({ path: path.join(RESULTS, "taskpane-model-overflow-light.png") });
    await expectEverySectionWorking(taskpane);

    // Back within bounds, the 600 months are priced and the model can be written.
    await field(model, "Growth a month").fill("1");
    await model.getByText(/^Cheapest at the forecast: /).waitFor({ timeout: 30_000 });
    await expect(problem.count()).resolves.toBe(0);
    await expect(write.isEnabled()).resolves.toBe(true);
    await expectHealthy(taskpane);
  });

  it("shows a section that fails while rendering as failed, keeps the others working, and resets it to its defaults", async () => {
    const taskpane = await openTaskpane("", { rewriteScript: failingModelSection });
    const { page } = taskpane;
    const model = region(page, "Deal model");
    await breakModelSection(page, FAILURE);
    await model.getByText("The Deal model section stopped working.").waitFor();
    await model.getByText(`What failed: ${FAILURE}`).waitFor();
    await expect(model.getByRole("tab").count()).resolves.toBe(0);
    await model.screenshot({ path: path.join(RESULTS, "taskpane-section-failed-light.png") });
    await expectEverySectionWorking(taskpane, "Deal model");
    // React reports what the boundary caught; nothing else went wrong in the page.
    expect(taskpane.pageErrors).toEqual([expect.stringContaining(FAILURE)]);
    taskpane.pageErrors.length = 0;

    await page.evaluate(() => {
      delete (window as unknown as { __dealFail?: string }).__dealFail;
    });
    await model.getByRole("button", { name: "Reset this section" }).click();
    // Mounted afresh with its defaults: the example's two offers, the first one shown.
    const tabs = model.getByRole("tab");
    await expect(tabs.allInnerTexts()).resolves.toEqual(["Anthropic", "OpenAI"]);
    await expect(tabs.first().getAttribute("aria-selected")).resolves.toBe("true");
    await model.getByText(/^Cheapest at the forecast: /).waitFor();
    await expectHealthy(taskpane);
  });

  it("shows both in Office's dark theme", async () => {
    const taskpane = await openTaskpane("theme=dark", { rewriteScript: failingModelSection });
    const { page } = taskpane;
    const model = region(page, "Deal model");
    await enterRunawayForecast(model);
    await model
      .getByRole("group", { name: "Usage forecast" })
      .screenshot({ path: path.join(RESULTS, "taskpane-model-overflow-dark.png") });
    await breakModelSection(page, FAILURE);
    await model.getByText("The Deal model section stopped working.").waitFor();
    await model.screenshot({ path: path.join(RESULTS, "taskpane-section-failed-dark.png") });
    expect(taskpane.pageErrors).toEqual([expect.stringContaining(FAILURE)]);
  });
});
