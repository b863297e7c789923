/*
 * The built taskpane (dist/taskpane.html) in a real Chromium at the width of an Excel taskpane.
 *
 * Office.js is replaced by officeHostStandIn.js (an Excel host with an empty workbook that records
 * what it is asked to do); the taskpane itself, the workbook service and the content are the
 * production bundle. Needs `npm run build` first (`npm test` runs it) and Debian's chromium.
 */
import fs from "fs";
import path from "path";
import type { Locator, Page } from "playwright-core";
import {
  CATALOG_DATE,
  choosePriceFileRows,
  defaultChoice,
  MODEL_PRICES,
  mergeCatalog,
  parseLitellmCatalog,
} from "../../src/content/catalog";
import { readSummary } from "../../src/taskpane/text/priceFileSummary";
import { PLAYBOOK_SECTIONS } from "../../src/content/playbook";
import { expectHealthy, RESULTS, useTaskpaneInChromium } from "./taskpaneSession";

jest.setTimeout(60_000);

const FIXTURE = path.join(__dirname, "fixtures", "litellm-small.json");

const openTaskpane = useTaskpaneInChromium();

const checklistsRegion = (page: Page) => page.getByRole("region", { name: "Playbook checklists" });
const benchmarkRegion = (page: Page) => page.getByRole("region", { name: "Competitor benchmark" });
const bothRegion = (page: Page) => page.getByRole("region", { name: "Both at once" });

/** The outcome message bar of a section, once it has appeared. */
async function outcomeOf(
  region: Locator
): Promise<{ intent: string; text: string; lines: string[] }> {
  const bar = region.locator("[data-intent]");
  await bar.waitFor({ timeout: 20_000 });
  return {
    intent: (await bar.getAttribute("data-intent")) ?? "",
    text: (await bar.innerText()).trim(),
    lines: await bar.locator("li").allInnerTexts(),
  };
}

/** The accessible name of the focused element, as a user of a screen reader would hear it. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return "";
    const labelledBy = element.getAttribute("aria-labelledby");
    if (labelledBy) {
      return labelledBy
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ")
        .trim();
    }
    const label = element.id ? document.querySelector(`label[for="${element.id}"]`) : null;
    return (label?.textContent ?? element.textContent ?? "").trim();
  });
}

describe("the taskpane in a browser, 320 px wide", () => {
  it("lists the ten playbook sections, all checked, and the built-in catalog", async () => {
    const taskpane = await openTaskpane();
    const checkboxes = checklistsRegion(taskpane.page).getByRole("checkbox");
    await expect(checkboxes.count()).resolves.toBe(PLAYBOOK_SECTIONS.length);
    for (const [index, section] of PLAYBOOK_SECTIONS.entries()) {
      const checkbox = checkboxes.nth(index);
      await expect(checkbox.isChecked()).resolves.toBe(true);
      const label = await taskpane.page
        .locator(`label[for="${await checkbox.getAttribute("id")}"]`)
        .innerText();
      expect(label).toBe(`${section.title} (${section.items.length} items)`);
    }
    const vendors = new Set(MODEL_PRICES.map((row) => row.vendor)).size;
    await benchmarkRegion(taskpane.page)
      .getByText(
        `${MODEL_PRICES.length} models from ${vendors} vendors, prices as of ${CATALOG_DATE}`
      )
      .waitFor();
    await expectHealthy(taskpane);
  });

  it("selects none and all, and keeps Insert disabled while nothing is chosen", async () => {
    const { page } = await openTaskpane();
    const region = checklistsRegion(page);
    await region.getByRole("button", { name: "Select none" }).click();
    await region.getByText("Choose at least one section.").waitFor();
    await expect(
      region.getByRole("button", { name: "Insert checklists" }).isDisabled()
    ).resolves.toBe(true);
    await region.getByRole("checkbox", { name: /Support and SLA/ }).check();
    const sla = PLAYBOOK_SECTIONS.find((section) => section.title === "Support and SLA")!;
    await region.getByText(`1 of 10 sections, ${sla.items.length} asks`).waitFor();
    await region.getByRole("button", { name: "Select all" }).click();
    const asks = PLAYBOOK_SECTIONS.reduce((sum, section) => sum + section.items.length, 0);
    await region.getByText(`10 of 10 sections, ${asks} asks`).waitFor();
  });

  it("inserts all ten checklists and the benchmark in one pass of three syncs", async () => {
    const taskpane = await openTaskpane();
    const region = bothRegion(taskpane.page);
    await region
      .getByText(`10 checklists and the benchmark of ${MODEL_PRICES.length} models, in one pass`)
      .waitFor();
    await region.getByRole("button", { name: "Insert checklists and benchmark" }).click();
    const outcome = await outcomeOf(region);
    expect(outcome.intent).toBe("success");
    expect(outcome.text).toMatch(
      new RegExp(
        `^Inserted 10 checklists and the benchmark of ${MODEL_PRICES.length} models on 11 sheets\\.`
      )
    );
    expect(outcome.lines).toHaveLength(11);
    expect((await taskpane.host()).syncs).toBe(3);
    await expectHealthy(taskpane);
  });

  it("inserts the checklists and the benchmark from a price file, by mouse and keyboard", async () => {
    const taskpane = await openTaskpane("syncDelayMs=400");
    const { page } = taskpane;
    const checklists = checklistsRegion(page);

    // Keyboard only: Tab from the top of the page to the Insert button, in reading order.
    const stops: string[] = [];
    for (let step = 0; step < 30; step++) {
      await page.keyboard.press("Tab");
      const name = await focused(page);
      stops.push(name);
      if (name === "Insert checklists") break;
    }
    expect(stops).toEqual([
      "Select all",
      "Select none",
      ...PLAYBOOK_SECTIONS.map((section) => `${section.title} (${section.items.length} items)`),
      "A sheet per section",
      "Insert checklists",
    ]);
    // Fluent shows its focus ring on keyboard focus.
    await expect(
      page.evaluate(() => document.activeElement?.hasAttribute("data-fui-focus-visible"))
    ).resolves.toBe(true);
    await page.keyboard.press("Enter");
    const button = checklists.getByRole("button", { name: "Insert checklists" });
    const checklistsOutcome = await outcomeOf(checklists);
    expect(checklistsOutcome.intent).toBe("success");
    expect(checklistsOutcome.text).toMatch(/^Inserted 10 checklists on 10 sheets\./);
    expect(checklistsOutcome.lines).toHaveLength(10);
    for (const line of checklistsOutcome.lines) expect(line).toMatch(/^'[^']+': new sheet, /);
    const afterChecklists = await taskpane.host();
    expect(afterChecklists.runs).toHaveLength(1);
    expect(afterChecklists.syncs).toBeGreaterThan(0);
    expect(afterChecklists.writes).toBeGreaterThan(0);
    console.info(
      `Checklists: ${afterChecklists.syncs} syncs, ${afterChecklists.operations} operations (${afterChecklists.writes} writes).`
    );
    // The button kept the focus while it ran, and is usable again.
    await expect(button.evaluate((element) => element === document.activeElement)).resolves.toBe(
      true
    );
    await expect(button.getAttribute("aria-busy")).resolves.toBe("false");

    // The benchmark, with a litellm price file added to the built-in catalog.
    const benchmark = benchmarkRegion(page);
    const json: unknown = JSON.parse(fs.readFileSync(FIXTURE, "utf8"));
    const options = { fileName: "litellm-small.json", asOf: "2026-11-24" };
    const imported = parseLitellmCatalog(json, options);
    await benchmark.locator('input[type="file"]').setInputFiles(FIXTURE);
    // Every entry accounted for: read, or skipped by reason (the ollama entry priced 0 is unknown).
    const summary = readSummary("litellm-small.json", imported.rows.length, imported.skipped);
    expect(summary).toBe(
      "litellm-small.json: 7 entries, 3 models read, 4 skipped " +
        "(1 no price per token, 1 not a model, 1 not a text model, 1 price unknown)"
    );
    await benchmark.getByText(summary).waitFor();
    // By default the playbook's vendors and their current models: of the three read, Claude
    // Sonnet 4.5 (gpt-4o is before GPT-5, and Mistral is not a playbook vendor).
    const chosen = choosePriceFileRows(imported.rows, defaultChoice(imported.rows));
    expect(chosen.map((row) => row.model)).toEqual(["claude-sonnet-4-5"]);
    await benchmark.getByText("1 model of 3 chosen for the benchmark.").waitFor();
    const zero = benchmark.getByRole("checkbox", { name: /Include zero-priced entries/ });
    await zero.check();
    await benchmark
      .getByText(/^litellm-small\.json: 7 entries, 4 models read, 3 skipped/)
      .waitFor();
    await zero.uncheck();
    await benchmark.getByRole("checkbox", { name: "Mistral (1 model)" }).check();
    await benchmark.getByRole("checkbox", { name: /^Current models only/ }).uncheck();
    await benchmark.getByText("3 models of 3 chosen for the benchmark.").waitFor();
    await benchmark.getByRole("checkbox", { name: /^Current models only/ }).check();
    await benchmark.getByRole("checkbox", { name: "Mistral (1 model)" }).uncheck();
    await benchmark.getByText("1 model of 3 chosen for the benchmark.").waitFor();

    const add = benchmark.getByRole("radio", { name: "Add to the built-in catalog" });
    await expect(add.isChecked()).resolves.toBe(true);
    const merged = mergeCatalog(MODEL_PRICES, chosen, "extend");
    const mergedVendors = new Set(merged.map((row) => row.vendor)).size;
    await benchmark
      .getByText(`The benchmark will list ${merged.length} models from ${mergedVendors} vendors`)
      .waitFor();
    await benchmark.getByRole("radio", { name: "Replace the built-in catalog" }).check();
    await benchmark.getByText("The benchmark will list 1 model from 1 vendor").waitFor();
    await add.check();

    const before = await taskpane.host();
    const insertBenchmark = benchmark.getByRole("button", { name: "Insert benchmark sheet" });
    await insertBenchmark.click();
    // Progress while the service works (each stand-in sync takes 400 ms here): a spinner, the
    // button busy, and the other insert held back until this one is done.
    await benchmark.getByRole("progressbar").waitFor();
    await expect(insertBenchmark.getAttribute("aria-busy")).resolves.toBe("true");
    await expect(insertBenchmark.getAttribute("aria-disabled")).resolves.toBe("true");
    await expect(button.isDisabled()).resolves.toBe(true);
    const benchmarkOutcome = await outcomeOf(benchmark);
    expect(benchmarkOutcome.intent).toBe("success");
    expect(benchmarkOutcome.text).toMatch(
      new RegExp(`^Inserted the benchmark of ${merged.length} models on \\d+ sheets?\\.`)
    );
    expect(benchmarkOutcome.lines.length).toBeGreaterThan(0);
    for (const line of benchmarkOutcome.lines) expect(line).toMatch(/^'[^']+': /);
    const afterBenchmark = await taskpane.host();
    expect(afterBenchmark.runs).toHaveLength(before.runs.length + 1);
    console.info(
      `Benchmark: ${afterBenchmark.syncs - before.syncs} syncs, ${afterBenchmark.operations - before.operations} operations.`
    );
    await expect(benchmark.getByRole("progressbar").count()).resolves.toBe(0);
    await expect(button.isEnabled()).resolves.toBe(true);

    await page.screenshot({ path: path.join(RESULTS, "taskpane.png"), fullPage: true });
    await expectHealthy(taskpane);
  });

  it("shows why a price file could not be read", async () => {
    const { page } = await openTaskpane();
    const benchmark = benchmarkRegion(page);
    const input = benchmark.locator('input[type="file"]');
    // The way a user gets there: the button opens the browser's file dialog.
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      benchmark.getByRole("button", { name: "Choose file…" }).click(),
    ]);
    expect(chooser.isMultiple()).toBe(false);
    await chooser.setFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from("{ not json"),
    });
    await benchmark.getByText(/^Could not read broken\.json: .+/).waitFor();
    await input.setInputFiles({
      name: "list.json",
      mimeType: "application/json",
      buffer: Buffer.from("[]"),
    });
    await benchmark
      .getByText(
        "Could not read list.json: The price file must be a JSON object keyed by model name",
        {
          exact: false,
        }
      )
      .waitFor();
    // The built-in catalog is still there to insert.
    await expect(
      benchmark.getByRole("button", { name: "Insert benchmark sheet" }).isEnabled()
    ).resolves.toBe(true);
  });

  it.each([
    // The service sees the protection when it reads, and refuses before it writes.
    ["protected", /^The workbook's structure is protected.*Nothing was changed\.$/],
    // Excel reports the protection only when the write reaches it.
    ["denied", /^Excel did not allow DEAL to change the workbook: .*protected/],
    // Not an Office error at all: the taskpane's own wording.
    [
      "failing",
      /^Could not insert: The connection to Excel was lost\. If a DEAL sheet looks incomplete, insert again/,
    ],
  ])("shows an error and no sheets when the host is %s", async (host, message) => {
    const taskpane = await openTaskpane(`host=${host}`);
    const checklists = checklistsRegion(taskpane.page);
    await checklists.getByRole("button", { name: "Insert checklists" }).click();
    const outcome = await outcomeOf(checklists);
    expect(outcome.intent).toBe("error");
    expect(outcome.lines).toEqual([]);
    expect(outcome.text).toMatch(message);
    const record = await taskpane.host();
    expect(record.failedSyncs > 0 || record.writes === 0).toBe(true);
    console.info(
      `Host ${host}: ${record.syncs} syncs, ${record.writes} writes queued, ${record.failedSyncs} failed syncs.`
    );
    await expectHealthy(taskpane);
  });

  it("follows Office's dark theme", async () => {
    const taskpane = await openTaskpane("theme=dark");
    const { page } = taskpane;
    const colours = await page.evaluate(() => {
      const provider = document.querySelector(".fui-FluentProvider") as HTMLElement;
      const style = getComputedStyle(provider);
      return {
        body: getComputedStyle(document.body).backgroundColor,
        provider: style.backgroundColor,
        text: style.color,
      };
    });
    expect(colours.body).toBe("rgb(31, 31, 31)");
    expect(colours.provider).toBe("rgb(31, 31, 31)");
    // Light text on the dark pane.
    const [r, g, b] = colours.text.match(/\d+/g)!.map(Number);
    expect(r + g + b).toBeGreaterThan(600);
    await benchmarkRegion(page).locator('input[type="file"]').setInputFiles(FIXTURE);
    await benchmarkRegion(page)
      .getByText(/models read/)
      .waitFor();
    await page.screenshot({ path: path.join(RESULTS, "taskpane-dark.png"), fullPage: true });
    await expectHealthy(taskpane);
  });
});
