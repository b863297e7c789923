import { xmlText } from "./xmlText";

/*
 * Titles of a chart and of its axes, as rich text (ECMA-376 Part 1 §21.2.2, c:title holding
 * c:rich): a title given as text, not read from a cell.
 */

export interface TitleLook {
  /** Font size in points. */
  readonly size: number;
  /** Turned a quarter left, as Excel sets a vertical value axis's title. */
  readonly vertical?: boolean;
}

/** A `c:title` holding `text`, bold, beside the plot area rather than over it. */
export function titleXml(text: string, look: TitleLook): string {
  const rotation = look.vertical === true ? ' rot="-5400000" vert="horz"' : "";
  const run = `sz="${look.size * 100}" b="1"`;
  return (
    `<c:title><c:tx><c:rich><a:bodyPr${rotation}/><a:lstStyle/>` +
    `<a:p><a:pPr><a:defRPr ${run}/></a:pPr><a:r><a:rPr lang="en-US" ${run}/>` +
    `<a:t>${xmlText(text)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}
