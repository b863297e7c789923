import { zipParts } from "./zipParts";

/*
 * The cells of a .xlsx as its XML stores them, read without ExcelJS: ExcelJS's reader drops a
 * cached formula result of 0, and a test of cached values must see exactly what the file holds.
 */

/** One cell as stored: its formula (file form), cached or literal value, and type attribute. */
export interface StoredCell {
  readonly formula?: string;
  /** `t="array"` and its ref, for array (spilling) formulas. */
  readonly arrayRef?: string;
  /** The cm attribute (cell metadata index), set on dynamic-array anchors. */
  readonly cm?: string;
  /** The t attribute: "s" shared string, "str" formula text, "e" error, "b" boolean, none for numbers. */
  readonly type?: string;
  /** The value: a number, the text (shared strings resolved), a boolean, or the error text. */
  readonly value?: number | string | boolean;
}

const unescape = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

function sharedStrings(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map(([, si]) =>
    unescape([...si.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map(([, t]) => t).join(""))
  );
}

/** Per sheet name, per A1 address, the stored cell. */
export function storedCells(bytes: Buffer): Map<string, Map<string, StoredCell>> {
  const parts = zipParts(bytes);
  const strings = sharedStrings(parts.get("xl/sharedStrings.xml"));
  const workbook = parts.get("xl/workbook.xml") ?? "";
  const rels = parts.get("xl/_rels/workbook.xml.rels") ?? "";
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map(
      ([, id, target]) => [id, target]
    )
  );
  const sheets = new Map<string, Map<string, StoredCell>>();
  for (const [, attributes] of workbook.matchAll(/<sheet ([^>]*)\/>/g)) {
    const name = unescape(/name="([^"]*)"/.exec(attributes)?.[1] ?? "");
    const id = /r:id="([^"]*)"/.exec(attributes)?.[1] ?? "";
    const xml = parts.get(`xl/${targets.get(id)}`) ?? "";
    const cells = new Map<string, StoredCell>();
    for (const [, attrs, body] of xml.matchAll(/<c ([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const address = /r="([A-Z]+\d+)"/.exec(attrs)?.[1] as string;
      const type = /\bt="([^"]*)"/.exec(attrs)?.[1];
      const cm = /\bcm="([^"]*)"/.exec(attrs)?.[1];
      const f = /<f([^>]*)>([\s\S]*?)<\/f>/.exec(body ?? "");
      const v = /<v>([\s\S]*?)<\/v>/.exec(body ?? "")?.[1];
      const arrayRef = f && /t="array"/.test(f[1]) ? /ref="([^"]*)"/.exec(f[1])?.[1] : undefined;
      let value: StoredCell["value"];
      if (v !== undefined) {
        if (type === "s") value = strings[Number(v)];
        else if (type === "b") value = v === "1";
        else if (type === "e" || type === "str") value = unescape(v);
        else value = Number(v);
      } else {
        const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(body ?? "")?.[1];
        if (inline !== undefined) value = unescape(inline);
      }
      cells.set(address, { formula: f ? unescape(f[2]) : undefined, arrayRef, cm, type, value });
    }
    sheets.set(name, cells);
  }
  return sheets;
}
