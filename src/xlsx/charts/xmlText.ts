/* Text from plans and cells placed in hand-written XML: sheet names, titles, labels, formats. */

const ENTITIES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
};

/**
 * The text escaped for an XML element's content or a double-quoted attribute value. Apostrophes
 * stay as they are, as Excel writes them in a quoted sheet name ('Bob''s model'!$A$1).
 */
export function xmlText(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ENTITIES[c]);
}
