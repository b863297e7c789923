import type { ChartSpec } from "./chartSpec";
import { titleXml } from "./textXml";
import { xmlText } from "./xmlText";

/*
 * The two axes of a DEAL chart (ECMA-376 Part 1 §21.2.2, c:catAx and c:valAx), children in the
 * schema's order. Columns and lines put the categories along the bottom and the values up the
 * left; horizontal bars swap them.
 */

/** The axis ids the chart's plot (lineChart, barChart) names in its c:axId elements. */
export const CATEGORY_AXIS_ID = 500000001;
export const VALUE_AXIS_ID = 500000002;

const AXIS_TITLE_POINTS = 10;

function axisTitle(text: string | undefined, vertical: boolean): string {
  return text === undefined || text === ""
    ? ""
    : titleXml(text, { size: AXIS_TITLE_POINTS, vertical });
}

/** The category axis, then the value axis, with their titles and the value axis's number format. */
export function axesXml(chart: ChartSpec): string {
  const horizontal = chart.type === "bar";
  // Every bar or column labelled: left to itself, a reader skips labels it finds crowded (the
  // benchmark's chart named 9 of its 18 models). A line's months may thin out.
  const everyLabel =
    chart.type === "line" ? "" : '<c:tickLblSkip val="1"/><c:tickMarkSkip val="1"/>';
  const category =
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>` +
    axisTitle(chart.categoryAxisTitle, horizontal) +
    `<c:numFmt formatCode="${xmlText(chart.categories.numberFormat)}" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/>${everyLabel}<c:noMultiLvlLbl val="0"/></c:catAx>`;
  const value =
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/>` +
    axisTitle(chart.valueAxisTitle, !horizontal) +
    `<c:numFmt formatCode="${xmlText(chart.valueFormat)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="autoZero"/>` +
    `<c:crossBetween val="between"/></c:valAx>`;
  return category + value;
}
