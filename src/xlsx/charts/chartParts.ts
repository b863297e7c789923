import { chartXml } from "./chartXml";
import type { ChartSpec } from "./chartSpec";
import { drawingXml } from "./drawingXml";
import { xmlText } from "./xmlText";

/*
 * The package parts that put charts into a .xlsx (ECMA-376 Part 1 §21.2 and Part 2, Open
 * Packaging Conventions): per sheet with charts a drawing part and its relationships, per chart a
 * chart part, their content types, and the relationship from the sheet to its drawing.
 */

const DRAWING_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
export const DRAWING_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const CHART_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const RELATIONSHIPS_NAMESPACE = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The relationship a worksheet needs to its drawing: id and target, relative to the sheet. */
export interface SheetDrawing {
  readonly rId: string;
  readonly target: string;
}

export interface ChartPackage {
  /** Parts to add to the zip, by name. */
  readonly parts: readonly { readonly name: string; readonly xml: string }[];
  /** `<Override>` elements for [Content_Types].xml. */
  readonly contentTypes: string;
  /** Per ExcelJS worksheet id, the drawing the sheet points at. */
  readonly drawings: ReadonlyMap<number, SheetDrawing>;
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** One `<Relationship>` element, as ExcelJS writes it. */
export const relationshipXml = (rel: Relationship): string =>
  `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${xmlText(rel.target)}"/>`;

/** A relationships part holding `rels`, as ExcelJS writes one. */
export function relationshipsXml(rels: readonly Relationship[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<Relationships xmlns="${RELATIONSHIPS_NAMESPACE}">${rels.map(relationshipXml).join("")}</Relationships>`
  );
}

const override = (part: string, type: string) =>
  `<Override PartName="/${part}" ContentType="${type}"/>`;

/**
 * The parts for the charts of each sheet (by ExcelJS worksheet id): drawing1…, chart1… numbered
 * across the workbook in sheet order.
 */
export function chartPackage(charts: ReadonlyMap<number, readonly ChartSpec[]>): ChartPackage {
  const parts: { name: string; xml: string }[] = [];
  const overrides: string[] = [];
  const drawings = new Map<number, SheetDrawing>();
  let chartCount = 0;
  for (const [worksheetId, sheetCharts] of charts) {
    if (sheetCharts.length === 0) continue;
    const drawing = `drawing${drawings.size + 1}.xml`;
    const placed = sheetCharts.map((chart, i) => {
      const name = `chart${++chartCount}.xml`;
      parts.push({ name: `xl/charts/${name}`, xml: chartXml(chart) });
      overrides.push(override(`xl/charts/${name}`, CHART_CONTENT_TYPE));
      return { chart, rId: `rId${i + 1}`, target: `../charts/${name}` };
    });
    parts.push({ name: `xl/drawings/${drawing}`, xml: drawingXml(placed) });
    parts.push({
      name: `xl/drawings/_rels/${drawing}.rels`,
      xml: relationshipsXml(
        placed.map((p) => ({ id: p.rId, type: CHART_RELATIONSHIP, target: p.target }))
      ),
    });
    overrides.push(override(`xl/drawings/${drawing}`, DRAWING_CONTENT_TYPE));
    drawings.set(worksheetId, { rId: "rIdDealDrawing", target: `../drawings/${drawing}` });
  }
  return { parts, contentTypes: overrides.join(""), drawings };
}
