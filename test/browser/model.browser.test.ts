/*
 * The deal model form of the built taskpane (dist/taskpane.html), in a real Chromium at the width
 * of an Excel taskpane, against the Office stand-in (officeHostStandIn.js), which records what
 * the workbook service asks of Excel. Needs `npm run build` first and Debian's chromium.
 */
import path from "path";
import type { Locator, Page } from "playwright-core";
import { defaultOffers } from "../../src/dealModel";
import { USAGE_CELLS_HINT } from "../../src/taskpane/text/usageCells";
import { expectHealthy, RESULTS, useTaskpaneInChromium } from "./taskpaneSession";

jest.setTimeout(60_000);

const openTaskpane = useTaskpaneInChromium();

const modelRegion = (page: Page) => page.getByRole("region", { name: "Deal model" });
const writeButton = (region: Locator) => region.getByRole("button", { name: "Write model" });
/** The text field labelled `label` in the offer shown. */
const field = (region: Locator, label: string) =>
  region.getByRole("tabpanel").getByRole("textbox", { name: label, exact: true });

/** Selects cells in the stand-in's workbook: what `workbook.getSelectedRange()` gives from now. */
const select = (page: Page, address: string, values: readonly (readonly unknown[])[]) =>
  page.evaluate(
    (selection) => {
      (window as unknown as { __dealHostSelection: typeof selection }).__dealHostSelection =
        selection;
    },
    { address, values }
  );

/** 36 months of input and output tokens, in millions: the example's forecast, rounded. */
const PLAN = Array.from({ length: 36 }, (_, i) => [
  Math.round(20_000 * 1.02 ** i),
  Math.round(4_000 * 1.02 ** i),
]);

describe("the deal model in the taskpane, 320 px wide", () => {
  it("opens on the two example offers, filled in, and compares them", async () => {
    const taskpane = await openTaskpane();
    const region = modelRegion(taskpane.page);
    const [anthropic, openAi] = defaultOffers();
    const tabs = region.getByRole("tab");
    await expect(tabs.allInnerTexts()).resolves.toEqual([anthropic.vendor, openAi.vendor]);
    await expect(tabs.first().getAttribute("aria-selected")).resolves.toBe("true");

    const panel = region.getByRole("tabpanel");
    await expect(panel.getByRole("combobox", { name: "Model" }).inputValue()).resolves.toBe(
      anthropic.model
    );
    await expect(field(region, "Term, months").inputValue()).resolves.toBe("36");
    await expect(field(region, "Input tokens, M in month 1").inputValue()).resolves.toBe("20000");
    await expect(field(region, "Growth a month").inputValue()).resolves.toBe("2");
    await expect(panel.getByRole("radio", { name: "Price tiers" }).isChecked()).resolves.toBe(true);
    await expect(
      panel.getByRole("textbox", { name: "Tier 2 price, $ per M tokens" }).inputValue()
    ).resolves.toBe("4");
    await expect(field(region, "Price change, year 2").inputValue()).resolves.toBe("-15");
    await expect(field(region, "Price change, year 3").inputValue()).resolves.toBe("0");

    await tabs.nth(1).click();
    await expect(panel.getByRole("combobox", { name: "Model" }).inputValue()).resolves.toBe(
      openAi.model
    );
    await expect(field(region, "Discount").inputValue()).resolves.toBe("20");
    await expect(panel.getByRole("radio", { name: "Year" }).isChecked()).resolves.toBe(true);
    await expect(
      panel.getByRole("textbox", { name: "Row 1 below uptime, %" }).inputValue()
    ).resolves.toBe("99.9");

    await region.getByText("Cheapest at the forecast: Offer 2 (OpenAI).").waitFor();
    await expect(writeButton(region).isEnabled()).resolves.toBe(true);
    await region.screenshot({ path: path.join(RESULTS, "taskpane-model.png") });
    await expectHealthy(taskpane);
  });

  it("shows a field's problem next to it and holds the model back until it is fixed, then writes it in four syncs", async () => {
    const taskpane = await openTaskpane();
    const region = modelRegion(taskpane.page);
    await region.getByRole("tab", { name: "OpenAI" }).click();

    // An annual commitment needs whole years.
    const term = field(region, "Term, months");
    await term.fill("30");
    await region
      .getByText("an annual commitment needs a term of whole years (a multiple of 12 months)")
      .waitFor();
    await region.getByText("Fix 1 problem first: Offer 2 (OpenAI).").waitFor();
    await expect(writeButton(region).isDisabled()).resolves.toBe(true);
    await expect(region.getByRole("tab", { name: /OpenAI/ }).innerText()).resolves.toMatch(/1/);
    // The ramp follows the term: three contract years.
    await field(region, "Price change, year 3").waitFor();

    // A percentage beyond 100 is named in percentages.
    const batch = region
      .getByRole("group", { name: "Pool model 1" })
      .getByRole("textbox", { name: "Batch share", exact: true });
    await batch.fill("150");
    await region.getByText("Expected a percentage from 0 to 100").waitFor();
    await region.getByText("Fix 2 problems first: Offer 2 (OpenAI).").waitFor();

    await batch.fill("10");
    await term.fill("24");
    await region.getByText(/^Cheapest at the forecast: /).waitFor();
    await expect(region.getByText(/^Fix \d+ problems? first/).count()).resolves.toBe(0);
    await expect(field(region, "Price change, year 3").count()).resolves.toBe(0);

    await writeButton(region).click();
    const bar = region.locator("[data-intent]");
    await bar.waitFor({ timeout: 20_000 });
    await expect(bar.getAttribute("data-intent")).resolves.toBe("success");
    await expect(bar.innerText()).resolves.toMatch(
      /^Wrote the model of 2 offers on 1 sheet\.\s+'[^']+': new sheet/
    );
    const record = await taskpane.host();
    expect(record.runs).toHaveLength(1);
    expect(record.syncs).toBe(4);
    expect(record.writes).toBeGreaterThan(0);
    console.info(
      `Model: ${record.syncs} syncs, ${record.operations} operations (${record.writes} writes).`
    );
    await expectHealthy(taskpane);
  });

  it("sets issue 12's terms and the model settings, flags a problem on its field, and writes the settings into the model", async () => {
    const taskpane = await openTaskpane();
    const region = modelRegion(taskpane.page);
    const panel = region.getByRole("tabpanel");
    /** Writes the model, expects success, and gives the values written so far. */
    const writeAndRead = async (shown: Locator) => {
      await writeButton(shown).click();
      const bar = shown.locator("[data-intent]");
      await bar.waitFor({ timeout: 20_000 });
      await expect(bar.getAttribute("data-intent")).resolves.toBe("success");
      const record = await taskpane.host();
      return record.runs.flatMap((run) => run.values.map((cell) => cell.values));
    };
    const inGroup = (group: string, label: string) =>
      region.getByRole("group", { name: group }).getByRole("textbox", { name: label, exact: true });

    // A fourth model in the pool: shares that do not add up yet are named under the pool.
    await panel.getByRole("button", { name: "Add model" }).click();
    await expect(inGroup("Pool model 4", "Share of usage").inputValue()).resolves.toBe("0");
    await inGroup("Pool model 4", "Share of usage").fill("10");
    await region.getByText("The models' shares add up to 110%; expected 100%").waitFor();
    await region.getByText("Fix 1 problem first: Offer 1 (Anthropic).").waitFor();
    await expect(writeButton(region).isDisabled()).resolves.toBe(true);
    await inGroup("Pool model 1", "Share of usage").fill("60");
    await inGroup("Pool model 2", "Long-context share").fill("10");

    // A commitment by contract year, billed annually at a prepayment discount, seats, an exit.
    await field(region, "Committed spend, year 1, $").fill("80000");
    await field(region, "Committed spend, year 3, $").fill("120000");
    await expect(field(region, "Committed spend, year 2, $").inputValue()).resolves.toBe("100000");
    await panel.getByRole("radio", { name: "Annually" }).check();
    await field(region, "Prepayment discount").fill("5");
    // What the discount is worth as interest: the deal model's figure, the sheet's RATE.
    await panel.getByText("Worth 11.97% a year as interest.").waitFor();
    await field(region, "Seat price, $ a month").fill("40");
    await field(region, "Seats, year 2").fill("2000");
    await panel.getByRole("switch", { name: "Exit for convenience" }).check();
    await expect(field(region, "Exit allowed from month").inputValue()).resolves.toBe("18");
    await field(region, "Exit allowed from month").fill("40");
    await panel.getByText("Expected a month of the term").waitFor();
    await region.getByText("Fix 1 problem first: Offer 1 (Anthropic).").waitFor();
    await field(region, "Exit allowed from month").fill("18");
    await panel.getByRole("switch", { name: "Burst allowance" }).check();
    await expect(field(region, "Burst up to, × commitment").inputValue()).resolves.toBe("2");
    await expect(region.getByText(/^Fix \d+ problems? first/).count()).resolves.toBe(0);
    await panel
      .getByRole("group", { name: "Models in the pool" })
      .screenshot({ path: path.join(RESULTS, "taskpane-model-pool.png") });
    // The deal model prices these terms: the form compares the offers and writes the model.
    await region.getByText(/^Cheapest at the forecast: /).waitFor();
    // The terms went to the sheet as its inputs: the seat price and year 3's commitment.
    const termsWritten = await writeAndRead(region);
    expect(termsWritten).toContainEqual([[40]]);
    expect(termsWritten).toContainEqual([[120000]]);

    // The settings all offers share: probabilities that do not add up hold the model back.
    await region.getByRole("button", { name: "Reset to example" }).click();
    const settings = "Model settings";
    await inGroup(settings, "Discount rate, a year").fill("5");
    await inGroup(settings, "Scenario 1 share of the forecast, %").fill("45");
    await inGroup(settings, "Scenario 1 probability, %").fill("15");
    await region.getByText("The probabilities add up to 105%; expected 100%").waitFor();
    await region.getByText("Fix 1 problem first: Model settings.").waitFor();
    await expect(writeButton(region).isDisabled()).resolves.toBe(true);
    await inGroup(settings, "Scenario 5 probability, %").fill("5");
    await region.getByText(/^Cheapest at the forecast: /).waitFor();
    await region
      .getByRole("group", { name: settings })
      .screenshot({ path: path.join(RESULTS, "taskpane-model-settings.png") });

    // The scenario's share went to the sheet as its input: the settings reach the insert.
    expect(await writeAndRead(region)).toContainEqual([[0.45]]);
    await expectHealthy(taskpane);
  });

  it("picks a model from the catalog with its list prices, or takes a typed one", async () => {
    const taskpane = await openTaskpane();
    const region = modelRegion(taskpane.page);
    await region.getByRole("tab", { name: "OpenAI" }).click();
    const model = region.getByRole("tabpanel").getByRole("combobox", { name: "Model" });
    await model.click();
    await taskpane.page.getByRole("option", { name: "Cohere: Command A" }).click();
    await expect(model.inputValue()).resolves.toBe("Command A");
    await expect(field(region, "Vendor").inputValue()).resolves.toBe("Cohere");
    await expect(field(region, "Input").inputValue()).resolves.toBe("2.5");
    await expect(field(region, "Output").inputValue()).resolves.toBe("10");
    // The catalog gives no cache or batch price: the standard price applies.
    await expect(field(region, "Cache hit").inputValue()).resolves.toBe("");
    await expect(region.getByRole("tab").nth(1).innerText()).resolves.toBe("Cohere");

    await model.fill("Command A, our tuned one");
    await expect(model.inputValue()).resolves.toBe("Command A, our tuned one");
    await expect(field(region, "Input").inputValue()).resolves.toBe("2.5");
    await region.getByText(/^Cheapest at the forecast: /).waitFor();
    await expectHealthy(taskpane);
  });

  it("adds offers up to four, removes them down to two, and resets to the example", async () => {
    const taskpane = await openTaskpane();
    const region = modelRegion(taskpane.page);
    const tabs = region.getByRole("tab");
    const add = region.getByRole("button", { name: "Add offer" });
    const remove = region.getByRole("button", { name: "Remove offer" });
    await expect(remove.isDisabled()).resolves.toBe(true);

    await add.click();
    await add.click();
    await expect(tabs.count()).resolves.toBe(4);
    await expect(add.isDisabled()).resolves.toBe(true);
    // The new offer is shown, with the last offer's term and forecast.
    await expect(tabs.nth(3).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(field(region, "Term, months").inputValue()).resolves.toBe("36");
    await expect(field(region, "Input tokens, M in month 1").inputValue()).resolves.toBe("20000");
    await region.getByText(/^Cheapest at the forecast: /).waitFor();
    await expect(region.locator('[role="status"] li').count()).resolves.toBe(4);
    await region.screenshot({ path: path.join(RESULTS, "taskpane-model-four.png") });
    await expectHealthy(taskpane);

    await remove.click();
    await remove.click();
    await expect(tabs.count()).resolves.toBe(2);
    await expect(remove.isDisabled()).resolves.toBe(true);

    await field(region, "Term, months").fill("");
    await region.getByRole("button", { name: "Reset to example" }).click();
    await expect(tabs.allInnerTexts()).resolves.toEqual(["Anthropic", "OpenAI"]);
    await region.getByRole("tab", { name: "Anthropic" }).click();
    await expect(field(region, "Term, months").inputValue()).resolves.toBe("36");
    await expectHealthy(taskpane);
  });

  it("takes an offer's forecast from the selected cells, refuses a selection of three columns, and writes the model in four syncs", async () => {
    const taskpane = await openTaskpane();
    const { page } = taskpane;
    const region = modelRegion(page);
    const panel = region.getByRole("tabpanel");
    const use = panel.getByRole("button", { name: "Use the selected cells" });
    await panel.getByRole("radio", { name: "From cells in the workbook" }).check();
    await panel.getByText(USAGE_CELLS_HINT).waitFor();
    // No cells yet: the form says what it needs and holds the model back.
    await panel.getByText(/^Expected a range of two columns/).waitFor();
    await expect(writeButton(region).isDisabled()).resolves.toBe(true);

    await select(
      page,
      "'Usage plan'!B2:D37",
      PLAN.map((row) => [...row, 0])
    );
    await use.click();
    const refusal = panel.getByText(/^Select two columns, .*'Usage plan'!B2:D37 has 3 columns\.$/);
    await refusal.waitFor();
    await panel
      .getByRole("group", { name: "Usage forecast" })
      .screenshot({ path: path.join(RESULTS, "taskpane-model-cells-refused.png") });

    await select(page, "'Usage plan'!B2:C37", PLAN);
    await use.click();
    await panel.getByText("36 months").waitFor();
    await expect(field(region, "Forecast cells").inputValue()).resolves.toBe("'Usage plan'!B2:C37");
    await expect(refusal.count()).resolves.toBe(0);
    await region.getByText(/^Cheapest at the forecast: /).waitFor();
    const read = await taskpane.host();
    expect(read.runs.map((run) => run.syncs)).toEqual([1, 2]);
    expect(read.writes).toBe(0);
    await region.screenshot({ path: path.join(RESULTS, "taskpane-model-cells.png") });

    // Back to growth: the example's figures again; then the cells again.
    await panel.getByRole("radio", { name: "Start and growth" }).check();
    await expect(field(region, "Input tokens, M in month 1").inputValue()).resolves.toBe("20000");
    await expect(field(region, "Growth a month").inputValue()).resolves.toBe("2");
    await panel.getByRole("radio", { name: "From cells in the workbook" }).check();
    await panel.getByText("36 months").waitFor();

    await writeButton(region).click();
    const bar = region.locator("[data-intent]");
    await bar.waitFor({ timeout: 20_000 });
    await expect(bar.getAttribute("data-intent")).resolves.toBe("success");
    const record = await taskpane.host();
    expect(record.runs).toHaveLength(3);
    expect(record.runs[2].syncs).toBe(4);
    expect(record.writes).toBeGreaterThan(0);
    console.info(
      `Usage from cells: read in ${read.runs.map((run) => run.syncs).join(" and ")} syncs; model written in ${record.runs[2].syncs}.`
    );
    await expectHealthy(taskpane);
  });
});
