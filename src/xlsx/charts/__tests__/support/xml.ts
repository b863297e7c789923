import { XMLParser, XMLValidator } from "fast-xml-parser";

/* Reads the XML parts the chart writer makes, after checking that they are well-formed. */

/** Elements that may repeat, read as arrays even when there is one. */
const REPEATED = new Set([
  "c:ser",
  "c:pt",
  "c:axId",
  "xdr:twoCellAnchor",
  "Relationship",
  "Override",
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseTagValue: false,
  isArray: (name) => REPEATED.has(name),
});

/** The XML as nested objects (attributes as "@name", text as "#text" or the value itself). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function parseXml(xml: string): any {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`not well-formed: ${JSON.stringify(valid.err)}\n${xml}`);
  return parser.parse(xml);
}
