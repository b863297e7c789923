import { axesXml, CATEGORY_AXIS_ID, VALUE_AXIS_ID } from "./axesXml";
import { categoryRef, numRef, strRef } from "./chartDataXml";
import type { ChartSeries, ChartSpec } from "./chartSpec";
import { titleXml } from "./textXml";
import { xmlText } from "./xmlText";

/*
 * The chart part, xl/charts/chartN.xml: a DrawingML chart (ECMA-376 Part 1 §21.2, c:chartSpace),
 * written by hand because ExcelJS 4.4 has no charts. Elements follow the schema's order, which
 * Excel enforces. No colours are set: Excel and LibreOffice use their default palette.
 */

const NAMESPACES =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const TITLE_POINTS = 14;

/** A series' name: read from its cell when it has one, else the text itself. */
function seriesName(series: ChartSeries): string {
  const name =
    series.nameFormula === undefined
      ? `<c:v>${xmlText(series.name)}</c:v>`
      : strRef(series.nameFormula, [series.name]);
  return `<c:tx>${name}</c:tx>`;
}

/** One c:ser: index, name, then (after the type's own elements) categories and values. */
function seriesXml(chart: ChartSpec, series: ChartSeries, index: number): string {
  const data = `<c:cat>${categoryRef(chart.categories)}</c:cat><c:val>${numRef(series.values, chart.valueFormat)}</c:val>`;
  const head = `<c:idx val="${index}"/><c:order val="${index}"/>${seriesName(series)}`;
  // A line without markers: a marker on each of 36 months only crowds the line.
  return chart.type === "line"
    ? `<c:ser>${head}<c:marker><c:symbol val="none"/></c:marker>${data}<c:smooth val="0"/></c:ser>`
    : `<c:ser>${head}<c:invertIfNegative val="0"/>${data}</c:ser>`;
}

/** The plot: c:lineChart, or c:barChart with columns (col) or bars (bar), clustered. */
function plotXml(chart: ChartSpec): string {
  const series = chart.series.map((s, i) => seriesXml(chart, s, i)).join("");
  const axes = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
  if (chart.type === "line") {
    return (
      `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}` +
      `<c:marker val="1"/>${axes}</c:lineChart>`
    );
  }
  const direction = chart.type === "bar" ? "bar" : "col";
  return (
    `<c:barChart><c:barDir val="${direction}"/><c:grouping val="clustered"/>` +
    `<c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${axes}</c:barChart>`
  );
}

/** The chart part's XML. */
export function chartXml(chart: ChartSpec): string {
  const legend = chart.legend
    ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>'
    : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace ${NAMESPACES}><c:date1904 val="0"/><c:roundedCorners val="0"/><c:chart>` +
    titleXml(chart.title, { size: TITLE_POINTS }) +
    '<c:autoTitleDeleted val="0"/>' +
    `<c:plotArea><c:layout/>${plotXml(chart)}${axesXml(chart)}</c:plotArea>` +
    `${legend}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}
