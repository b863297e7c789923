import type ExcelJS from "exceljs";
import type { ExcelJsReport } from "./applyEdit";
import { ChartPackage, chartPackage, DRAWING_RELATIONSHIP } from "./charts/chartParts";
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
 * ExcelJS writes each part through `zip.append(text, { name })` in its add… methods; this wraps
 * those methods on the one workbook being written and edits the parts' text on the way. A sheet's
 * drawing is given to ExcelJS's own sheet model instead, so that ExcelJS puts the `<drawing>`
 * element where the schema wants it and writes the sheet's relationships part, even one it would
 * not have written otherwise.
 */

/** Excel 2019 and Microsoft 365's calculation engine, as they write it in calcPr. */
export const CURRENT_CALC_ID = 191029;

interface ZipLike {
  append(data: unknown, options: { name: string }): void;
}
type PartWriter = (zip: ZipLike, model: unknown) => Promise<void>;
const WRAPPED = ["addContentTypes", "addWorksheets", "addWorkbook"] as const;

function insertBefore(xml: string, closingTag: string, text: string, part: string): string {
  const at = xml.lastIndexOf(closingTag);
  if (at < 0) throw new Error(`${part} has no ${closingTag}; ExcelJS wrote something unexpected.`);
  return xml.slice(0, at) + text + xml.slice(at);
}

/** The edits of each part's XML text that `report` and the chart parts call for. */
function partEditor(report: ExcelJsReport, charts: ChartPackage, cachedEverywhere: boolean) {
  return (name: string, xml: string): string => {
    if (name === "xl/workbook.xml") {
      const calc = cachedEverywhere
        ? `<calcPr calcId="${CURRENT_CALC_ID}"/>`
        : `<calcPr calcId="${CURRENT_CALC_ID}" fullCalcOnLoad="1"/>`;
      if (!/<calcPr\b[^>]*\/>/.test(xml))
        throw new Error("xl/workbook.xml has no calcPr; ExcelJS wrote something unexpected.");
      const names = report.sheets.map((sheet) => sheet.name);
      return quotePrintNames(xml, names).replace(/<calcPr\b[^>]*\/>/, calc);
    }
    if (name === "[Content_Types].xml") {
      return insertBefore(xml, "</Types>", charts.contentTypes, name);
    }
    return xml;
  };
}

/** What ExcelJS 4.4's sheet writer reads of a worksheet's drawing, once prepared for writing. */
interface WorksheetModel {
  id: number;
  drawing?: { rId: string };
  rels?: { Id: string; Type: string; Target: string }[];
}

/**
 * Points each sheet with charts at its drawing part, in ExcelJS's prepared workbook model, for
 * ExcelJS's sheet writer; returns the undoing of it, so that ExcelJS's drawing writer (which would
 * write its own picture drawing for it) does not see it afterwards.
 */
function attachDrawings(model: unknown, charts: ChartPackage): () => void {
  const worksheets = (model as { worksheets?: WorksheetModel[] }).worksheets;
  if (worksheets === undefined)
    throw new Error("ExcelJS's workbook model has no worksheets: it is not ExcelJS 4.4.");
  const attached: WorksheetModel[] = [];
  for (const [id, drawing] of charts.drawings) {
    const worksheet = worksheets.find((candidate) => candidate.id === id);
    if (worksheet === undefined) throw new Error(`ExcelJS wrote no worksheet ${id}.`);
    // ExcelJS makes a drawing for images; DEAL adds none, so a drawing here is not DEAL's.
    if (worksheet.drawing !== undefined)
      throw new Error(`Worksheet ${id} already has a drawing; DEAL cannot add its charts to it.`);
    worksheet.drawing = { rId: drawing.rId };
    worksheet.rels = [
      ...(worksheet.rels ?? []),
      { Id: drawing.rId, Type: DRAWING_RELATIONSHIP, Target: drawing.target },
    ];
    attached.push(worksheet);
  }
  return () => {
    for (const worksheet of attached) delete worksheet.drawing;
  };
}

/**
 * The .xlsx bytes of a workbook that applyEditToExcelJs filled, with what `report` says ExcelJS
 * could not write.
 * @throws Error when this ExcelJS writes its parts differently from 4.4 (the edits would be lost).
 */
export async function writeXlsx(
  workbook: ExcelJS.Workbook,
  report: ExcelJsReport
): Promise<Buffer> {
  const xlsx = workbook.xlsx as unknown as Record<string, PartWriter>;
  const charts = chartPackage(report.charts);
  const edit = partEditor(report, charts, report.uncachedFormulas.length === 0);
  for (const method of WRAPPED) {
    const original = xlsx[method];
    if (typeof original !== "function") {
      throw new Error(`ExcelJS has no ${method}: DEAL's file writer was built for ExcelJS 4.4.`);
    }
    xlsx[method] = async (zip, model) => {
      const editing: ZipLike = {
        append: (data, options) =>
          zip.append(typeof data === "string" ? edit(options.name, data) : data, options),
      };
      if (method === "addWorksheets") {
        const detach = attachDrawings(model, charts);
        await original.call(xlsx, editing, model);
        detach();
        for (const part of charts.parts) zip.append(part.xml, { name: part.name });
      } else {
        await original.call(xlsx, editing, model);
      }
    };
  }
  try {
    return Buffer.from(await workbook.xlsx.writeBuffer());
  } finally {
    for (const method of WRAPPED) delete xlsx[method];
  }
}
