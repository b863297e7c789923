import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ExcelJsReport } from "./applyEdit";
import {
  type ChartPackage,
  chartPackage,
  DRAWING_RELATIONSHIP,
  relationshipXml,
  relationshipsXml,
  type SheetDrawing,
} from "./charts/chartParts";
import { quotePrintNames } from "./pageSetup";

/*
 * Writes an ExcelJS workbook to .xlsx bytes, completing what ExcelJS 4.4 cannot express
 * (docs/workbook-files.md gives the sources):
 * - the calculation state: with every formula's value cached, `<calcPr calcId="191029"/>` (the
 *   calculation engine of Excel 2019 and Microsoft 365) tells Excel the values are current, so it
 *   shows them instead of recalculating on open (ExcelJS writes 171027, Excel 2016's, which makes
 *   newer Excel recalculate everything, and a DEAL call without the add-in would become #NAME?);
 * - when some formula has no cached value, `fullCalcOnLoad="1"` instead, so Excel computes it;
 * - charts: their chart and drawing parts (src/xlsx/charts), content types, and each sheet's
 *   `<drawing>` element and relationship;
 * - print areas and titles on a sheet whose name holds an apostrophe, which ExcelJS quotes
 *   without doubling it (pageSetup.ts).
 * ExcelJS writes the package through its public API (writeBuffer); the package is then opened
 * with JSZip (the zip library ExcelJS itself writes with) and these parts edited or added.
 */

/** Excel 2019 and Microsoft 365's calculation engine, as they write it in calcPr. */
export const CURRENT_CALC_ID = 191029;

/**
 * The elements a worksheet may hold after `<drawing>` (ECMA-376 Part 1 §18.3.1.99, CT_Worksheet),
 * in the order the schema gives: the drawing goes before the first of them the sheet holds.
 */
const AFTER_DRAWING = [
  "<legacyDrawing ",
  "<legacyDrawingHF ",
  "<drawingHF ",
  "<picture ",
  "<oleObjects>",
  "<controls>",
  "<webPublishItems ",
  "<tableParts ",
  "<extLst>",
  "</worksheet>",
];

const unexpected = (part: string, what: string) =>
  new Error(`${part} ${what}; ExcelJS wrote something unexpected.`);

function insertBefore(xml: string, closingTag: string, text: string, part: string): string {
  const at = xml.lastIndexOf(closingTag);
  if (at < 0) throw unexpected(part, `has no ${closingTag}`);
  return xml.slice(0, at) + text + xml.slice(at);
}

/** Replaces a part's text with `edit` of it. */
async function editPart(zip: JSZip, name: string, edit: (xml: string) => string): Promise<void> {
  const part = zip.file(name);
  if (part === null) throw unexpected(name, "is missing");
  zip.file(name, edit(await part.async("string")));
}

/** workbook.xml with the calculation state and the print names' sheet names quoted. */
function workbookXml(xml: string, report: ExcelJsReport): string {
  const calc =
    report.uncachedFormulas.length === 0
      ? `<calcPr calcId="${CURRENT_CALC_ID}"/>`
      : `<calcPr calcId="${CURRENT_CALC_ID}" fullCalcOnLoad="1"/>`;
  if (!/<calcPr\b[^>]*\/>/.test(xml)) throw unexpected("xl/workbook.xml", "has no calcPr");
  const names = report.sheets.map((sheet) => sheet.name);
  return quotePrintNames(xml, names).replace(/<calcPr\b[^>]*\/>/, calc);
}

/** A worksheet's XML with its `<drawing>` element, where the schema puts it. */
function withDrawing(xml: string, drawing: SheetDrawing, part: string): string {
  // ExcelJS makes a drawing for images; DEAL adds none, so a drawing here is not DEAL's.
  if (xml.includes("<drawing "))
    throw new Error(`${part} already has a drawing; DEAL cannot add its charts to it.`);
  const places = AFTER_DRAWING.map((tag) => xml.indexOf(tag)).filter((at) => at >= 0);
  if (places.length === 0) throw unexpected(part, "has no </worksheet>");
  const next = Math.min(...places);
  return `${xml.slice(0, next)}<drawing r:id="${drawing.rId}"/>${xml.slice(next)}`;
}

/** Points each sheet with charts at its drawing part: the element and the relationship. */
async function attachDrawings(zip: JSZip, charts: ChartPackage): Promise<void> {
  for (const [id, drawing] of charts.drawings) {
    const sheet = `xl/worksheets/sheet${id}.xml`;
    await editPart(zip, sheet, (xml) => withDrawing(xml, drawing, sheet));
    const rels = `xl/worksheets/_rels/sheet${id}.xml.rels`;
    const relationship = { id: drawing.rId, type: DRAWING_RELATIONSHIP, target: drawing.target };
    if (zip.file(rels) === null) zip.file(rels, relationshipsXml([relationship]));
    else
      await editPart(zip, rels, (xml) =>
        insertBefore(xml, "</Relationships>", relationshipXml(relationship), rels)
      );
  }
}

/**
 * The .xlsx bytes of a workbook that applyEditToExcelJs filled, with what `report` says ExcelJS
 * could not write.
 * @throws Error when ExcelJS writes its parts differently from 4.4 (the edits would be lost).
 */
export async function writeXlsx(
  workbook: ExcelJS.Workbook,
  report: ExcelJsReport
): Promise<Buffer> {
  const charts = chartPackage(report.charts);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  await editPart(zip, "xl/workbook.xml", (xml) => workbookXml(xml, report));
  await editPart(zip, "[Content_Types].xml", (xml) =>
    insertBefore(xml, "</Types>", charts.contentTypes, "[Content_Types].xml")
  );
  await attachDrawings(zip, charts);
  for (const part of charts.parts) zip.file(part.name, part.xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
