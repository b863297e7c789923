import { CREDIT_HEADER, type SlaEntry, TARGET_FORMAT } from "./benchmarkSlaTable";
import type { CellBlock, CellContent, CellStyle } from "./plan";

/*
 * The SLA comparison below the price note, on the price table's columns: a header row and a row
 * per entry, a field to a column or to a few merged ones, so that each text has the width it needs
 * while the page stays as wide as the price table's printed part. Blocks, not a table: a table's
 * columns would take the widths of the price table's columns above them, and a table under a
 * table must not outgrow it. Being blocks, the rows are DEAL's cells, kept by address (an edit of
 * one is kept, as anywhere on the sheet).
 */

const TEXT = "@";
const HEADER_STYLE: CellStyle = { bold: true, wrap: true, fill: "#D9E1F2" };

interface SlaField {
  readonly header: string;
  /** How many of the price table's columns the field spans, from where the previous one ends. */
  readonly span: number;
  readonly style: CellStyle;
  readonly cell: (entry: SlaEntry) => CellContent;
}

/** A field of text, wrapped in its columns. */
const text = (
  header: string,
  span: number,
  read: (entry: SlaEntry) => string | null
): SlaField => ({
  header,
  span,
  style: { wrap: true, numberFormat: TEXT },
  cell: (entry) => ({ value: read(entry) }),
});

const FIELDS: readonly SlaField[] = [
  text("Service", 1, (entry) => entry.service),
  text("Vendor", 1, (entry) => entry.vendor),
  {
    header: "Target",
    span: 1,
    style: { numberFormat: TARGET_FORMAT },
    cell: (entry) => ({ value: entry.target }),
  },
  text("Schedule", 6, (entry) => entry.schedule),
  {
    header: CREDIT_HEADER,
    span: 1,
    style: { bold: true, numberFormat: "$#,##0" },
    cell: (entry) => entry.credit,
  },
  text("Source", 4, (entry) => entry.source),
  text("As of", 1, (entry) => entry.asOf),
  text("Note", 3, (entry) => entry.note),
];

/** The columns the section spans: as many as the price table prints. */
export const SLA_SECTION_COLUMNS = FIELDS.reduce((sum, field) => sum + field.span, 0);

/** The header row at `row`, the entries under it; column by column, each field's blocks. */
export function slaSectionBlocks(entries: readonly SlaEntry[], row: number): CellBlock[] {
  let column = 0;
  return FIELDS.flatMap((field) => {
    const at = column;
    column += field.span;
    const merge = field.span > 1 ? { mergeAcross: field.span } : {};
    return [
      {
        at: { row, column: at },
        cells: [[{ value: field.header }]],
        style: HEADER_STYLE,
        ...merge,
      },
      {
        at: { row: row + 1, column: at },
        cells: entries.map((entry) => [field.cell(entry)]),
        style: field.style,
        ...merge,
      },
    ];
  });
}
