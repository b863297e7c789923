import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/*
 * The layers of src/, lowest first. A folder imports only from folders of lower layers, never
 * from one above nor from another folder of its own layer. Tests (__tests__) may import anything.
 * - formula, pricing: Excel's formula language and the pricing core; nothing of DEAL's below them.
 * - content: typed data (the playbook, the price catalog).
 * - dealModel: the deal model, its offers' defaults from the content, computed with the core.
 * - workbook: the sheet builders and reconcile, pure descriptions of what to write.
 * - sharing: the native twins, ledgers and the planning of Prepare for sharing.
 * - functions: the custom functions, thin adapters on the core; the file writer computes its
 *   cached values through them, so that a cell holds what the add-in would put there.
 * - excel, xlsx: the Office.js adapter and the file adapter.
 * - taskpane: the React taskpane, which is given the Office.js adapter's service.
 */
const LAYERS: readonly (readonly string[])[] = [
  ["formula", "pricing"],
  ["content"],
  ["dealModel"],
  ["workbook"],
  ["sharing"],
  ["functions"],
  ["excel", "xlsx"],
  ["taskpane"],
];

const SRC = resolve(__dirname, "../../src");
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*"(\.{1,2}\/[^"]*)"/g;

/** The layer of a top-level folder of src/; -1 for one the table does not hold. */
const layerOf = (folder: string): number => LAYERS.findIndex((layer) => layer.includes(folder));

/** Every source file under `dir`, tests left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The top-level folders of src/ that `text` (a file in `fromFolder`) imports, other than its own. */
function importedFolders(text: string, fromDir: string): string[] {
  return [...text.matchAll(RELATIVE_IMPORT)]
    .map((match) => relative(SRC, resolve(fromDir, match[1])).split(/[\\/]/)[0])
    .filter((folder) => folder !== relative(SRC, fromDir).split(/[\\/]/)[0]);
}

/** "from → to (file)" for every import that does not run down the layers. */
function importsAgainstLayers(): string[] {
  return sourceFiles(SRC).flatMap((file) => {
    const from = relative(SRC, file).split(/[\\/]/)[0];
    return importedFolders(readFileSync(file, "utf8"), dirname(file))
      .filter((to) => layerOf(to) >= layerOf(from))
      .map((to) => `${from} → ${to} (${relative(SRC, file)})`);
  });
}

describe("the layers of src/", () => {
  it("hold every folder of src/ that has source files", () => {
    const folders = readdirSync(SRC, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && sourceFiles(join(SRC, entry.name)).length > 0)
      .map((entry) => entry.name);
    expect(folders.filter((folder) => layerOf(folder) < 0)).toEqual([]);
  });

  it("are read from a file's imports, down, up and sideways", () => {
    const fromDir = join(SRC, "xlsx", "charts");
    const text = [
      'import type ExcelJS from "exceljs";',
      'import { parseFormula } from "../../formula";',
      'import { INPUT_LOOK } from "../../excel/cellStyle";',
      'export { chartPackage } from "./chartParts";',
      'import { argb } from "../cellStyle";',
    ].join("\n");
    expect(importedFolders(text, fromDir)).toEqual(["formula", "excel"]);
    expect(layerOf("excel")).toBe(layerOf("xlsx"));
    expect(layerOf("formula")).toBeLessThan(layerOf("xlsx"));
  });

  it("are only ever crossed downwards", () => {
    expect(importsAgainstLayers()).toEqual([]);
  });
});
