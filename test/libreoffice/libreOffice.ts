/*
 * Drives Debian's LibreOffice Calc (headless) for the tests: recalculates a workbook the way a
 * LibreOffice user would see it, reads the values back with ExcelJS, and renders a sheet to PNG.
 *
 * Every soffice run gets its own throwaway user profile under the system temp directory, so runs
 * may go in parallel (two soffice processes sharing a profile would hand the work to one another
 * or fail on its lock), and nothing depends on, or changes, the profile of whoever runs the tests.
 * The profile's registrymodifications.xcu sets org.openoffice.Office.Calc/Formula/Load:
 * OOXMLRecalcMode (and ODFRecalcMode) to 0, "Always recalculate", when recalculation on load is
 * wanted; LibreOffice's own default is 1, "Never recalculate", which keeps the cached values
 * that the file carries.
 *
 * What LibreOffice 7.4 does, found by experiment (see libreOffice.test.ts, which pins it down):
 * - With "Always", every formula is recalculated; a function LibreOffice does not know (such as
 *   an add-in's DEAL.TIEREDCOST, also as _xldudf_DEAL_TIEREDCOST) gives #NAME?, whatever value
 *   the file cached, and so does every formula that depends on it.
 * - With the default profile the cached values stay, also those of unknown functions, and formula
 *   cells without a cached value are calculated from them.
 * - Numbers in the files LibreOffice 7.4 writes (xlsx and ods alike) carry 15 significant digits
 *   (1/3 is written as 0.333333333333333), rounded from the shortest decimal form of the number:
 *   compare with `toLibreOfficePrecision`.
 *
 * Needs /usr/bin/soffice (Debian: libreoffice-calc) and /usr/bin/pdftoppm (poppler-utils);
 * DEAL_SOFFICE and DEAL_PDFTOPPM name others. No display and no network are needed.
 */
import { execFile, spawn } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";
import zlib from "zlib";
import Decimal from "decimal.js";
import ExcelJS from "exceljs";

export const SOFFICE = process.env.DEAL_SOFFICE ?? "/usr/bin/soffice";
export const PDFTOPPM = process.env.DEAL_PDFTOPPM ?? "/usr/bin/pdftoppm";

/**
 * `describe` for tests that run LibreOffice, or `describe.skip` when DEAL_SKIP_LIBREOFFICE is set
 * (to 1 or anything but 0), for a quick run without it.
 */
export const describeWithLibreOffice = ["", "0"].includes(process.env.DEAL_SKIP_LIBREOFFICE ?? "")
  ? describe
  : describe.skip;

/** How long one soffice run may take before it is killed. */
export const SOFFICE_TIMEOUT_MS = 120_000;

/** A cell's value as a test compares it: errors are their text ("#NAME?"), dates Excel serials. */
export type CellValue = number | string | boolean | null;

/** Per sheet name, per A1 address ("C7"), the cell's value; empty cells are left out. */
export type WorkbookValues = Record<string, Record<string, CellValue>>;

export interface LibreOfficeOptions {
  /**
   * true (the default): the profile tells LibreOffice to recalculate every formula on load
   * (OOXMLRecalcMode = 0). false: a fresh profile with LibreOffice's own settings, which keep
   * the cached values ("Never recalculate"): what a colleague with a stock LibreOffice sees.
   */
  recalcOnLoad?: boolean;
  /** Kill soffice after this many milliseconds (default SOFFICE_TIMEOUT_MS). */
  timeoutMs?: number;
}

export interface RecalculateOptions extends LibreOfficeOptions {
  /** The format to write (default "xlsx"; readValues reads xlsx only). */
  format?: "xlsx" | "ods";
}

export interface RenderOptions extends LibreOfficeOptions {
  /** Resolution of the PNG in dots per inch (default 80). */
  dpi?: number;
  /**
   * true (the default): scale the sheet so that its printed width fits one page (its height may
   * take more pages; the PNG is the first). false: the sheet's own page setup.
   */
  fitToWidth?: boolean;
  /** Print only this range, e.g. "A1:M50": the top of a sheet too wide to read at one page's width. */
  area?: string;
  /** Print the column letters and row numbers, to tell cells apart in the picture (default true). */
  headings?: boolean;
  /** Print the cell grid (default true). */
  gridlines?: boolean;
  /** Also keep the PDF that LibreOffice wrote (all pages of the sheet) at this path. */
  pdfPath?: string;
}

/** The registry settings of a throwaway profile. */
function registryModifications(recalcOnLoad: boolean): string {
  const item = (pathName: string, prop: string, type: string, value: string) =>
    `<item oor:path="${pathName}"><prop oor:name="${prop}" oor:op="fuse" oor:type="${type}"><value>${value}</value></prop></item>`;
  const items = [
    // No first-start wizard or tip of the day, even if soffice thinks it has a user to greet.
    item("/org.openoffice.Office.Common/Misc", "FirstRun", "xs:boolean", "false"),
    item("/org.openoffice.Office.Common/Misc", "ShowTipOfTheDay", "xs:boolean", "false"),
  ];
  if (recalcOnLoad) {
    // 0 = Always recalculate, 1 = Never recalculate (LibreOffice's default), 2 = Prompt user.
    items.push(item("/org.openoffice.Office.Calc/Formula/Load", "OOXMLRecalcMode", "xs:int", "0"));
    items.push(item("/org.openoffice.Office.Calc/Formula/Load", "ODFRecalcMode", "xs:int", "0"));
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    ...items,
    "</oor:items>",
    "",
  ].join("\n");
}

/** A temporary directory that `dispose` removes. */
function tempDir(prefix: string): { dir: string; dispose: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs soffice headless with a throwaway profile and converts `input` to `convertTo` (a format or
 * "format:filter:options") into `outDir`; resolves with the path of the file written.
 */
async function convertWithSoffice(
  input: string,
  convertTo: string,
  outDir: string,
  options: LibreOfficeOptions
): Promise<string> {
  return (await convertAllWithSoffice([input], convertTo, outDir, options))[0];
}

/** convertWithSoffice for several files in one soffice run; resolves with the paths written, in order. */
async function convertAllWithSoffice(
  inputs: readonly string[],
  convertTo: string,
  outDir: string,
  options: LibreOfficeOptions
): Promise<string[]> {
  if (!fs.existsSync(SOFFICE)) {
    throw new Error(
      `LibreOffice is not at ${SOFFICE}. Install it (Debian: apt-get install libreoffice-calc) or set DEAL_SOFFICE.`
    );
  }
  const sources = inputs.map((input) => path.resolve(input));
  for (const source of sources) {
    if (!fs.statSync(source, { throwIfNoEntry: false })?.isFile()) {
      throw new Error(`There is no file to convert at ${source}.`);
    }
  }
  const source = sources.join(", ");
  const timeoutMs = options.timeoutMs ?? SOFFICE_TIMEOUT_MS;
  const profile = tempDir("deal-lo-profile-");
  try {
    fs.mkdirSync(path.join(profile.dir, "user"));
    fs.writeFileSync(
      path.join(profile.dir, "user", "registrymodifications.xcu"),
      registryModifications(options.recalcOnLoad ?? true)
    );
    fs.mkdirSync(outDir, { recursive: true });
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile.dir).href}`,
      "--headless",
      "--invisible",
      "--nologo",
      "--nodefault",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      convertTo,
      "--outdir",
      outDir,
      ...sources,
    ];
    const { code, signal, stdout, stderr, timedOut } = await new Promise<{
      code: number | null;
      signal: NodeJS.Signals | null;
      stdout: string;
      stderr: string;
      timedOut: boolean;
    }>((resolve, reject) => {
      // Its own process group, so that a timeout kills soffice.bin too, not only the soffice script.
      const child = spawn(SOFFICE, args, {
        detached: true,
        stdio: ["ignore", "pipe", "pipe"],
        env: { ...process.env, SAL_USE_VCLPLUGIN: "svp" },
      });
      let stdout = "";
      let stderr = "";
      let timedOut = false;
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      const timer = setTimeout(() => {
        timedOut = true;
        try {
          if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      }, timeoutMs);
      child.on("error", (error) => {
        clearTimeout(timer);
        reject(new Error(`Could not start ${SOFFICE}: ${error.message}`));
      });
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal, stdout, stderr, timedOut });
      });
    });
    const format = convertTo.split(":")[0];
    const outputs = sources.map((file) => path.join(outDir, `${path.parse(file).name}.${format}`));
    const said = `\nsoffice ${args.join(" ")}\nstdout: ${stdout.trim() || "(nothing)"}\nstderr: ${stderr.trim() || "(nothing)"}`;
    if (timedOut) {
      throw new Error(
        `LibreOffice did not convert ${source} within ${timeoutMs / 1000} s and was killed.${said}`
      );
    }
    if (code !== 0) {
      throw new Error(`LibreOffice failed to convert ${source} (exit ${code ?? signal}).${said}`);
    }
    // soffice exits with 0 also when it could not load the file; only the output tells.
    const missing = outputs.find((output) => !fs.existsSync(output));
    if (missing !== undefined) {
      throw new Error(`LibreOffice wrote no ${missing} when converting ${source}.${said}`);
    }
    return outputs;
  } finally {
    profile.dispose();
  }
}

/**
 * Opens `xlsxPath` in LibreOffice Calc (headless), recalculated on load unless
 * `recalcOnLoad: false`, and saves it as `format` (default xlsx) into `outDir` under the same base
 * name (replacing a file there, but never the source); resolves with the path written.
 */
export async function recalculateWithLibreOffice(
  xlsxPath: string,
  outDir: string,
  options: RecalculateOptions = {}
): Promise<string> {
  const format = options.format ?? "xlsx";
  const output = path.join(path.resolve(outDir), `${path.parse(xlsxPath).name}.${format}`);
  if (output === path.resolve(xlsxPath)) {
    throw new Error(
      `Converting ${xlsxPath} into ${outDir} would overwrite it: choose another directory.`
    );
  }
  const work = tempDir("deal-lo-out-");
  try {
    const converted = await convertWithSoffice(xlsxPath, format, work.dir, options);
    fs.mkdirSync(outDir, { recursive: true });
    fs.copyFileSync(converted, output);
    return output;
  } finally {
    work.dispose();
  }
}

/**
 * recalculateWithLibreOffice for several files in one LibreOffice run (files of distinct names);
 * resolves with the paths written into `outDir`, in order.
 */
export async function recalculateAllWithLibreOffice(
  xlsxPaths: readonly string[],
  outDir: string,
  options: RecalculateOptions = {}
): Promise<string[]> {
  const format = options.format ?? "xlsx";
  const work = tempDir("deal-lo-out-");
  try {
    const converted = await convertAllWithSoffice(xlsxPaths, format, work.dir, options);
    fs.mkdirSync(outDir, { recursive: true });
    return converted.map((file) => {
      const output = path.join(path.resolve(outDir), path.basename(file));
      fs.copyFileSync(file, output);
      return output;
    });
  } finally {
    work.dispose();
  }
}

/** Excel's serial number of a date that ExcelJS read as a JavaScript Date (UTC). */
function dateToSerial(date: Date, date1904: boolean): number {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (date.getTime() - epoch) / 86_400_000;
}

type Scalar = ExcelJS.CellValue | undefined;

function toCellValue(value: Scalar, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return dateToSerial(value, date1904);
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("hyperlink" in value) return value.text;
  // A formula's result is read from cell.result; anything else is not a value.
  return null;
}

/**
 * The values of an xlsx file as its cells hold them: for formula cells, the cached results (what
 * the application that last saved the file computed); errors as their text ("#NAME?"); dates as
 * Excel serial numbers. Empty cells are left out.
 */
export async function readValues(xlsxPath: string): Promise<WorkbookValues> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  const date1904 = Boolean(workbook.properties?.date1904);
  const values: WorkbookValues = {};
  workbook.eachSheet((sheet) => {
    const cells: Record<string, CellValue> = {};
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        // The other cells of a merged range repeat the value of its top-left cell.
        if (cell.type === ExcelJS.ValueType.Merge) return;
        // cell.value drops a formula's falsy result (0, false, ""); cell.result keeps it.
        cells[cell.address] =
          cell.type === ExcelJS.ValueType.Formula
            ? toCellValue(cell.result as Scalar, date1904)
            : toCellValue(cell.value, date1904);
      });
    });
    values[sheet.name] = cells;
  });
  return values;
}

/** Per sheet name, per A1 address, the formula text (without "=") of every formula cell. */
export async function readFormulas(
  xlsxPath: string
): Promise<Record<string, Record<string, string>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  const formulas: Record<string, Record<string, string>> = {};
  workbook.eachSheet((sheet) => {
    const cells: Record<string, string> = {};
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === ExcelJS.ValueType.Formula && cell.formula)
          cells[cell.address] = cell.formula;
      });
    });
    formulas[sheet.name] = cells;
  });
  return formulas;
}

/**
 * A number as LibreOffice 7.4 writes it into xlsx and ods: rounded to 15 significant digits.
 * LibreOffice rounds the number's shortest decimal form half away from zero, not its exact binary
 * value: 1515497.456043735 (exactly 1515497.456043734913…) is written 1515497.45604374, where
 * toPrecision(15) gives 1515497.45604373. Compare `toLibreOfficePrecision(expected)` with what
 * readValues gives for a converted file.
 */
export function toLibreOfficePrecision(value: number): number {
  if (!Number.isFinite(value)) return value;
  return new Decimal(String(value)).toSignificantDigits(15, Decimal.ROUND_HALF_UP).toNumber();
}

function run(file: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { timeout: timeoutMs, killSignal: "SIGKILL" },
      (error, _stdout, stderr) => {
        if (error)
          reject(
            new Error(`${file} ${args.join(" ")} failed: ${error.message}\nstderr: ${stderr}`)
          );
        else resolve();
      }
    );
  });
}

/**
 * Renders one sheet of a workbook to a PNG: a copy of the workbook in which every other sheet is
 * hidden (LibreOffice leaves hidden sheets out of a PDF; the sheets stay, so references between
 * sheets still work) goes through LibreOffice to PDF, and pdftoppm turns the first page into
 * `outPng`. Resolves with `outPng`. ExcelJS writes the copy and drops what it cannot read back,
 * charts among them: renderFileToPng draws those.
 */
export async function renderSheetToPng(
  xlsxPath: string,
  sheetName: string,
  outPng: string,
  options: RenderOptions = {}
): Promise<string> {
  const work = tempDir("deal-lo-render-");
  try {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    const sheets = workbook.worksheets;
    const index = sheets.findIndex((sheet) => sheet.name === sheetName);
    if (index < 0) {
      throw new Error(
        `${xlsxPath} has no sheet "${sheetName}"; it has ${sheets.map((s) => `"${s.name}"`).join(", ")}.`
      );
    }
    sheets.forEach((sheet, i) => {
      sheet.state = i === index ? "visible" : "hidden";
      // A hidden sheet that is selected would still be printed with the visible one.
      sheet.views = (sheet.views?.length ? sheet.views : [{}]).map((view) => ({
        ...view,
        tabSelected: i === index,
      }));
    });
    workbook.views = [
      { ...(workbook.views?.[0] ?? {}), activeTab: index, firstSheet: 0 } as ExcelJS.WorkbookView,
    ];
    const sheet = sheets[index];
    sheet.pageSetup = {
      ...sheet.pageSetup,
      showRowColHeaders: options.headings ?? true,
      showGridLines: options.gridlines ?? true,
      ...((options.fitToWidth ?? true) && { fitToPage: true, fitToWidth: 1, fitToHeight: 0 }),
      // ExcelJS writes the print area as "$" + each corner: "A$1" makes it "$A$1", which
      // LibreOffice honours (it ignores the "$A1:$M50" that "A1:M50" would give).
      ...(options.area !== undefined && {
        printArea: options.area.replace(/([A-Z]+)(\d+)/g, "$1$$$2"),
      }),
    };
    const copy = path.join(work.dir, "sheet.xlsx");
    await workbook.xlsx.writeFile(copy);
    return await pdfFirstPageToPng(copy, work.dir, outPng, options);
  } finally {
    work.dispose();
  }
}

/** Throws, saying what to install, when pdftoppm is missing. */
function requirePdftoppm(): void {
  if (!fs.existsSync(PDFTOPPM)) {
    throw new Error(
      `pdftoppm is not at ${PDFTOPPM}. Install it (Debian: apt-get install poppler-utils) or set DEAL_PDFTOPPM.`
    );
  }
}

/** Converts `xlsxPath` to PDF in `workDir` (kept at options.pdfPath too) and its first page to `outPng`. */
async function pdfFirstPageToPng(
  xlsxPath: string,
  workDir: string,
  outPng: string,
  options: RenderOptions
): Promise<string> {
  requirePdftoppm();
  const pdf = await convertWithSoffice(xlsxPath, "pdf", workDir, options);
  if (options.pdfPath) {
    fs.mkdirSync(path.dirname(path.resolve(options.pdfPath)), { recursive: true });
    fs.copyFileSync(pdf, options.pdfPath);
  }
  return pdfPageToPng(pdf, 1, outPng, options);
}

/**
 * Turns page `page` (one-based) of `pdf` into `outPng` with pdftoppm, at options.dpi (default 80);
 * resolves with `outPng`.
 */
export async function pdfPageToPng(
  pdf: string,
  page: number,
  outPng: string,
  options: Pick<RenderOptions, "dpi" | "timeoutMs"> = {}
): Promise<string> {
  requirePdftoppm();
  const work = tempDir("deal-pdftoppm-");
  try {
    fs.mkdirSync(path.dirname(path.resolve(outPng)), { recursive: true });
    // pdftoppm appends ".png" to the root it is given.
    const root = path.join(work.dir, "page");
    const first = String(page);
    await run(
      PDFTOPPM,
      ["-png", "-r", String(options.dpi ?? 80), "-f", first, "-l", first, "-singlefile", pdf, root],
      options.timeoutMs ?? SOFFICE_TIMEOUT_MS
    );
    fs.copyFileSync(`${root}.png`, outPng);
    return outPng;
  } finally {
    work.dispose();
  }
}

/**
 * Renders the first page of a workbook, as the file itself prints it (its own sheets and page
 * setup), to a PNG. Unlike renderSheetToPng, the file is not rewritten through ExcelJS first, so
 * what ExcelJS cannot read back, such as charts, is drawn. Resolves with `outPng`.
 */
export async function renderFileToPng(
  xlsxPath: string,
  outPng: string,
  options: Pick<RenderOptions, "dpi" | "pdfPath" | "recalcOnLoad" | "timeoutMs"> = {}
): Promise<string> {
  const work = tempDir("deal-lo-render-");
  try {
    return await pdfFirstPageToPng(xlsxPath, work.dir, outPng, options);
  } finally {
    work.dispose();
  }
}

/** Width and height of a PNG file, from its IHDR chunk. */
export function pngSize(pngPath: string): { width: number; height: number } {
  const header = Buffer.alloc(24);
  const fd = fs.openSync(pngPath, "r");
  try {
    fs.readSync(fd, header, 0, 24, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.toString("latin1", 1, 4) !== "PNG" || header.toString("latin1", 12, 16) !== "IHDR") {
    throw new Error(`${pngPath} is not a PNG file.`);
  }
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/** What a PNG shows: its size, how many pixels are not near-white, and the box around them. */
export interface PngInk {
  width: number;
  height: number;
  inkPixels: number;
  /** The smallest box holding every ink pixel; null on a blank image. */
  box: { left: number; top: number; right: number; bottom: number } | null;
}

/**
 * Decodes an 8-bit, non-interlaced grey, RGB or RGBA PNG (what pdftoppm writes) and finds the
 * pixels darker than `threshold` (0–255, default 200, on the darkest channel).
 */
export function pngInk(pngPath: string, threshold = 200): PngInk {
  const file = fs.readFileSync(pngPath);
  const { width, height } = pngSize(pngPath);
  const bitDepth = file[24];
  const colorType = file[25];
  const interlace = file[28];
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colorType];
  if (bitDepth !== 8 || channels === undefined || interlace !== 0) {
    throw new Error(`${pngPath}: only 8-bit, non-interlaced grey or RGB(A) PNGs are read here.`);
  }
  const idat: Buffer[] = [];
  for (let at = 8; at < file.length;) {
    const length = file.readUInt32BE(at);
    const type = file.toString("latin1", at + 4, at + 8);
    if (type === "IDAT") idat.push(file.subarray(at + 8, at + 8 + length));
    if (type === "IEND") break;
    at += 12 + length;
  }
  const data = zlib.inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const colorChannels = channels >= 3 ? 3 : 1;
  let previous = Buffer.alloc(stride);
  let inkPixels = 0;
  let box: PngInk["box"] = null;
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)];
    const line = Buffer.from(data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const left = i >= channels ? line[i - channels] : 0;
      const up = previous[i];
      const upLeft = i >= channels ? previous[i - channels] : 0;
      let add = 0;
      if (filter === 1) add = left;
      else if (filter === 2) add = up;
      else if (filter === 3) add = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        add = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      line[i] = (line[i] + add) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      let darkest = 255;
      for (let c = 0; c < colorChannels; c++) darkest = Math.min(darkest, line[x * channels + c]);
      if (darkest < threshold) {
        inkPixels++;
        box = box
          ? { left: Math.min(box.left, x), top: box.top, right: Math.max(box.right, x), bottom: y }
          : { left: x, top: y, right: x, bottom: y };
      }
    }
    previous = line;
  }
  return { width, height, inkPixels, box };
}
