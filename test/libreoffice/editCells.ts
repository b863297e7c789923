import JSZip from "jszip";

/*
 * Edits input cells of an .xlsx file as a user typing in them would: a number in place of what the
 * cell held, or nothing. The file is otherwise left byte for byte, so that a test edits exactly
 * the inputs it names before a spreadsheet recalculates the rest.
 */

/** The part of each sheet, by name, read from the workbook and its relationships. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)].map(
      ([, id, target]) => [id, `xl/${target.replace(/^\/?xl\//, "")}`]
    )
  );
  const unescape = (name: string) =>
    name
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return new Map(
    [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]+)"[^>]*\br:id="([^"]+)"/g)].map(
      ([, name, id]) => [unescape(name), targets.get(id)!]
    )
  );
}

/**
 * The file with `edits` made on `sheet`: per A1 address, the number typed, or null to clear it.
 * @throws Error for a sheet or a cell the file does not hold.
 */
export async function editCells(
  bytes: Buffer,
  sheet: string,
  edits: Readonly<Record<string, number | null>>
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const part = (await sheetParts(zip)).get(sheet);
  if (part === undefined) throw new Error(`The file has no sheet "${sheet}".`);
  let xml = await zip.file(part)!.async("string");
  for (const [address, value] of Object.entries(edits)) {
    const cell = new RegExp(`<c r="${address}"((?: [a-z]+="[^"]*")*?)\\s*(?:/>|>.*?</c>)`, "s");
    const match = cell.exec(xml);
    if (match === null) throw new Error(`${sheet}!${address} is not in the file.`);
    const attributes = match[1].replace(/ t="[^"]*"/, "");
    const written =
      value === null
        ? `<c r="${address}"${attributes}/>`
        : `<c r="${address}"${attributes}><v>${value}</v></c>`;
    xml = xml.slice(0, match.index) + written + xml.slice(match.index + match[0].length);
  }
  zip.file(part, xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
