import {
  absoluteAddress,
  applySplices,
  quotedSheetName,
  type Splice,
  tokenize,
} from "../../formula";

/*
 * A formula's text as it reads from any sheet: each reference on the formula's own sheet gets the
 * sheet's name and dollar signs ("K60:K95" → "'DEAL model'!$K$60:$K$95"), so that it can be
 * written into a cell of another sheet (the ledger) and still mean the same cells. References to
 * other sheets, constants and names are left as they are.
 */

/** `text` with its references on `sheet` qualified by the sheet and made absolute. */
export function qualifyReferences(text: string, sheet: string): string {
  const tokens = tokenize(text);
  const splices: Splice[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.kind !== "ref") continue;
    // A range, "A1:B2", is one reference; each of its corners is made absolute.
    const isRange = tokens[i + 1]?.kind === ":" && tokens[i + 2]?.kind === "ref";
    const last = isRange ? tokens[i + 2] : token;
    const address = isRange
      ? `${absoluteAddress(token.text)}:${absoluteAddress(last.text)}`
      : absoluteAddress(token.text);
    splices.push({
      start: token.start,
      end: last.end,
      text: `${quotedSheetName(sheet)}!${address}`,
    });
    if (isRange) i += 2;
  }
  const body = text.startsWith("=") ? text.slice(1) : text;
  return applySplices(body, splices);
}
