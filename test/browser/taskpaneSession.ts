/*
 * The harness the browser tests share: the built taskpane (dist/taskpane.html) in a real Chromium
 * at the width of an Excel taskpane.
 *
 * Office.js is replaced by officeHostStandIn.js (an Excel host that records what it is asked to
 * do); the taskpane itself, the workbook service and the content are the production bundle. Needs
 * `npm run build` first (`npm test` runs it) and Debian's chromium.
 */
import fs from "fs";
import path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { serveDirectory, StaticServer } from "./staticServer";

const ROOT = path.resolve(__dirname, "../..");
// DEAL_DIST: another build to test (the default is the one `npm run build` makes).
const DIST = path.resolve(process.env.DEAL_DIST ?? path.join(ROOT, "dist"));
/** Where the tests leave their screenshots. */
export const RESULTS = path.join(ROOT, "test-results");
const CHROMIUM = process.env.DEAL_CHROMIUM ?? "/usr/bin/chromium";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/";
const STAND_IN = fs.readFileSync(path.join(__dirname, "officeHostStandIn.js"), "utf8");
/** The size of an Excel taskpane. */
export const VIEWPORT = { width: 320, height: 800 };

/** What the stand-in saw (window.__dealHost). */
export interface HostRecord {
  /** Each Excel.run: its syncs, its operations, and the values it wrote with their ranges. */
  runs: { syncs: number; operations: string[]; values: { range: string; values: unknown }[] }[];
  syncs: number;
  operations: number;
  writes: number;
  failedSyncs: number;
}

/** An open taskpane, and what went wrong in the page while it was open. */
export interface Taskpane {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly pageErrors: string[];
  readonly foreignRequests: string[];
  readonly host: () => Promise<HostRecord>;
}

/** How to open the taskpane beyond the stand-in's options. */
export interface OpenOptions {
  /**
   * Rewrites the built taskpane.js before the page gets it: how a test provokes a failure inside
   * the production bundle (a section that throws while rendering) without a test hook in it.
   */
  readonly rewriteScript?: (source: string) => string;
}

/**
 * Called at the top of a test file: starts the static server and Chromium before the file's tests
 * and closes them after. Returns the function that opens the taskpane with the Office stand-in;
 * `query` sets its options (workbook, theme, host…).
 */
export function useTaskpaneInChromium(): (
  query?: string,
  options?: OpenOptions
) => Promise<Taskpane> {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const opened: BrowserContext[] = [];

  beforeAll(async () => {
    for (const file of ["taskpane.html", "taskpane.js"]) {
      if (!fs.existsSync(path.join(DIST, file))) {
        throw new Error(
          `dist/${file} is missing: the browser test runs against the built add-in. Run \`npm run build\` first (\`npm test\` does).`
        );
      }
    }
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not at ${CHROMIUM}. Install it (Debian: apt-get install chromium) or set DEAL_CHROMIUM; the taskpane browser test cannot run without it.`
      );
    }
    fs.mkdirSync(RESULTS, { recursive: true });
    server = await serveDirectory(DIST);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  });

  afterAll(async () => {
    await Promise.all(opened.map((context) => context.close().catch(() => undefined)));
    await browser?.close();
    await server?.close();
  });

  return async (query = "", { rewriteScript }: OpenOptions = {}) => {
    if (!browser || !server) throw new Error("The browser or the server did not start.");
    const context = await browser.newContext({ viewport: VIEWPORT });
    opened.push(context);
    const page = await context.newPage();
    const pageErrors: string[] = [];
    const foreignRequests: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") pageErrors.push(message.text());
    });
    const local = server.url;
    // The add-in's only outside request is Office.js; it gets the stand-in, anything else is refused.
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_CDN)) {
        return route.fulfill({
          status: 200,
          contentType: "application/javascript",
          body: STAND_IN,
        });
      }
      if (rewriteScript && url === `${local}/taskpane.js`) {
        const response = await route.fetch();
        return route.fulfill({ response, body: rewriteScript(await response.text()) });
      }
      if (url.startsWith(local)) return route.continue();
      foreignRequests.push(url);
      return route.abort();
    });
    await page.goto(`${local}/taskpane.html${query ? `?${query}` : ""}`);
    await page.getByRole("heading", { name: "Playbook checklists" }).waitFor();
    const host = () =>
      page.evaluate(() => (window as unknown as { __dealHost: HostRecord }).__dealHost);
    return { page, context, pageErrors, foreignRequests, host };
  };
}

/** Fails on script errors in the page, requests to outside hosts, or a page wider than the pane. */
export async function expectHealthy(taskpane: Taskpane): Promise<void> {
  expect(taskpane.pageErrors).toEqual([]);
  expect(taskpane.foreignRequests).toEqual([]);
  const scrollWidth = await taskpane.page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(VIEWPORT.width);
}
