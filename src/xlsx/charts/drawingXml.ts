import type { CellPosition } from "../../workbook/plan";
import { chartName } from "../../workbook/names";
import type { ChartSpec } from "./chartSpec";
import { xmlText } from "./xmlText";

/*
 * The drawing part of a sheet, xl/drawings/drawingN.xml (ECMA-376 Part 1 §20.5, SpreadsheetML
 * drawing): one two-cell anchor per chart, which moves and sizes with the cells it covers, holding
 * a graphic frame that points at the chart part by relationship id.
 */

const NAMESPACES =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart";

/** A chart placed in the drawing, with the id of the drawing's relationship to its part. */
export interface PlacedChart {
  readonly chart: ChartSpec;
  readonly rId: string;
}

function marker(tag: "from" | "to", at: CellPosition): string {
  return (
    `<xdr:${tag}><xdr:col>${at.column}</xdr:col><xdr:colOff>0</xdr:colOff>` +
    `<xdr:row>${at.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`
  );
}

function anchorXml({ chart, rId }: PlacedChart, index: number): string {
  // Shape ids are unique within the drawing; Excel starts at 2 (1 is the drawing itself).
  const frame =
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr>` +
    `<xdr:cNvPr id="${index + 2}" name="${xmlText(chartName(chart.key))}"/><xdr:cNvGraphicFramePr/>` +
    `</xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART_URI}"><c:chart xmlns:c="${CHART_URI}" ` +
    `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${rId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame>`;
  return (
    `<xdr:twoCellAnchor>${marker("from", chart.from)}${marker("to", chart.to)}` +
    `${frame}<xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/** The drawing part's XML, anchoring each chart at its cells. */
export function drawingXml(charts: readonly PlacedChart[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr ${NAMESPACES}>${charts.map(anchorXml).join("")}</xdr:wsDr>`
  );
}
