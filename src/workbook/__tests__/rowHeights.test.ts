import fc from "fast-check";
import { PLAYBOOK_SECTIONS } from "../../content/playbook";
import { buildChecklistSheets, CHECKLIST_HEADER_ROW } from "../checklistSheets";
import type { SheetEdit, TableCreate } from "../edit";
import type { CellBlock } from "../plan";
import { reconcile } from "../reconcile";
import {
  charactersPerLine,
  DEFAULT_COLUMN_WIDTH,
  estimateRowHeights,
  lineHeight,
  wrappedLines,
} from "../rowHeights";
import { workbook } from "./reconcileFixtures";

type SheetCells = Pick<SheetEdit, "blocks" | "inputs" | "tables" | "columnWidths">;

const sheet = (cells: Partial<SheetCells>): SheetCells => ({
  blocks: [],
  inputs: [],
  tables: [],
  ...cells,
});

const ASK =
  "Ask for tiered unit prices that step down as your committed token volume grows, with the tier " +
  "bounds written into the order form rather than a rate card the vendor can change.";

describe("wrapping text at a column's width", () => {
  it("keeps a sentence that fits on one line", () => {
    expect(wrappedLines("Cap renewal uplifts at 5%", 30)).toBe(1);
  });

  it("breaks a sentence at the spaces, keeping words whole", () => {
    // "the quick" (9) | "brown fox" (9) | "jumps" (5): a tenth character would cut a word.
    expect(wrappedLines("the quick brown fox jumps", 10)).toBe(3);
    expect(wrappedLines("aaaaa bbbbb", 5)).toBe(2);
    expect(wrappedLines("aaaaa bbbbb", 11)).toBe(1);
  });

  it("cuts a word longer than a line across as many lines as it fills", () => {
    expect(wrappedLines("abcdefghijkl", 5)).toBe(3);
    expect(wrappedLines("ab abcdefghij", 5)).toBe(3);
  });

  it("starts a line at every newline, an empty one included", () => {
    expect(wrappedLines("First line\nSecond\r\n\nFourth", 40)).toBe(4);
  });

  it("wraps a long checklist ask into the lines a 50-character column shows", () => {
    // 175 characters: 4 lines of at most 50, broken between words (a fourth line for 25 left).
    expect(ASK.length).toBe(175);
    expect(wrappedLines(ASK, 50)).toBe(4);
  });

  it("never needs more lines in a wider column", () => {
    const words = fc.array(fc.stringMatching(/^[a-z]{0,14}$/), { maxLength: 40 });
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 60 }), (list, width) => {
        const text = list.join(" ");
        expect(wrappedLines(text, width + 1)).toBeLessThanOrEqual(wrappedLines(text, width));
      })
    );
  });

  it("never counts fewer lines than the characters fill", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z ]{0,300}$/),
        fc.integer({ min: 1, max: 60 }),
        (text, width) => {
          const visible = text.split(" ").join("").length;
          expect(wrappedLines(text, width) * width).toBeGreaterThanOrEqual(visible);
        }
      )
    );
  });
});

describe("the line a font takes", () => {
  it("is Excel's 15-point row for 11-point text, and grows with the font in whole pixels", () => {
    expect(lineHeight()).toBe(15);
    expect(lineHeight(11)).toBe(15);
    expect(lineHeight(14)).toBe(19.5);
  });

  it("holds as many characters as the column is wide, fewer in a larger or bold font", () => {
    expect(charactersPerLine(50, undefined)).toBe(50);
    expect(charactersPerLine(50, { fontSize: 22 })).toBe(25);
    expect(charactersPerLine(50, { bold: true })).toBe(45);
  });
});

const checklistTable = (rows: string[][], widths: number[]): TableCreate => ({
  kind: "create",
  name: "T",
  at: { row: 5, column: 0 },
  style: "TableStyleLight9",
  columns: widths.map((width, c) => ({
    header: `Column ${c}`,
    owner: "deal",
    width,
    style: c === 0 ? undefined : { wrap: true },
  })),
  rows: rows.map((row) => row.map((value) => ({ value }))),
});

describe("estimating the heights of rows with wrapped text", () => {
  it("gives a table row the height of its tallest wrapped cell", () => {
    const table = checklistTable(
      [
        ["PRC-01", ASK, "Short"],
        ["PRC-02", "One line", "Also one line"],
      ],
      [12, 50, 20]
    );
    expect(estimateRowHeights(sheet({ tables: [table] }))).toEqual({ 6: 60, 7: 15 });
  });

  it("leaves out rows without wrapped text, the table's header among them", () => {
    const table = checklistTable([["PRC-01", "x", "y"]], [12, 50, 20]);
    const block: CellBlock = { at: { row: 0, column: 0 }, cells: [[{ value: ASK }]] };
    expect(Object.keys(estimateRowHeights(sheet({ tables: [table], blocks: [block] })))).toEqual([
      "6",
    ]);
  });

  it("wraps a merged note at its columns' width together, each row of the block on its own", () => {
    const note: CellBlock = {
      at: { row: 20, column: 0 },
      cells: [[{ value: ASK }], [{ value: "Short" }]],
      style: { italic: true, wrap: true },
      mergeAcross: 3,
    };
    // 20 + 20 + the default 8.43: 48 characters a line, so the 175 characters take 4 lines.
    const widths = { 0: 20, 1: 20 };
    expect(estimateRowHeights(sheet({ blocks: [note], columnWidths: widths }))).toEqual({
      20: 60,
      21: 15,
    });
    expect(DEFAULT_COLUMN_WIDTH).toBeCloseTo(8.43);
  });

  it("gives a merged note that does not wrap one line in its font", () => {
    const note: CellBlock = {
      at: { row: 3, column: 0 },
      cells: [[{ value: ASK }]],
      style: { fontSize: 14 },
      mergeAcross: 4,
    };
    expect(estimateRowHeights(sheet({ blocks: [note] }))).toEqual({ 3: 19.5 });
  });

  it("makes a row as tall as a larger font beside the wrapped text needs", () => {
    const blocks: CellBlock[] = [
      { at: { row: 0, column: 0 }, cells: [[{ value: "Title" }]], style: { fontSize: 22 } },
      { at: { row: 0, column: 1 }, cells: [[{ value: "Short" }]], style: { wrap: true } },
    ];
    expect(estimateRowHeights(sheet({ blocks }))).toEqual({ 0: 30 });
  });

  it("uses the sheet's column widths over a table's, as the adapters apply them", () => {
    const table = checklistTable([["PRC-01", ASK, "x"]], [12, 50, 20]);
    expect(estimateRowHeights(sheet({ tables: [table], columnWidths: { 1: 90 } }))).toEqual({
      6: 30,
    });
  });

  it("counts a number or a formula in a wrapped cell as one line", () => {
    const block: CellBlock = {
      at: { row: 0, column: 0 },
      cells: [[{ value: 123456789012345 }, { formula: '=REPT("x",500)' }]],
      style: { wrap: true },
    };
    expect(estimateRowHeights(sheet({ blocks: [block] }))).toEqual({ 0: 15 });
  });

  it("leaves the rows of a table that already exists as they are", () => {
    expect(
      estimateRowHeights(
        sheet({
          tables: [
            {
              kind: "update",
              name: "T",
              refresh: [{ header: "Ask", firstRow: 0, values: [{ value: ASK }] }],
              addColumns: [],
              append: [],
              columns: [{ header: "Ask", owner: "deal", width: 10, style: { wrap: true } }],
            },
          ],
        })
      )
    ).toEqual({});
  });
});

describe("the rows of DEAL's checklists", () => {
  const edit = reconcile(workbook([]), buildChecklistSheets(PLAYBOOK_SECTIONS, "sheetPerSection"));

  it("are each at least as tall as the longest wrapped text needs at its column's width", () => {
    for (const [s, sheetEdit] of edit.sheets.entries()) {
      const table = sheetEdit.tables[0] as TableCreate;
      const section = PLAYBOOK_SECTIONS[s];
      section.items.forEach((_, r) => {
        const height = sheetEdit.rowHeights[CHECKLIST_HEADER_ROW + 1 + r];
        table.columns.forEach((column, c) => {
          const text = table.rows[r][c];
          if (column.style?.wrap !== true || !("value" in text) || typeof text.value !== "string")
            return;
          expect(height).toBeGreaterThanOrEqual(15 * Math.ceil(text.value.length / column.width));
        });
      });
    }
  });

  it("include the longest ask of the playbook on more than one line", () => {
    const all = edit.sheets.flatMap((sheetEdit) => {
      const table = sheetEdit.tables[0] as TableCreate;
      return table.rows.map((row, r) => ({
        ask: "value" in row[1] ? String(row[1].value) : "",
        height: sheetEdit.rowHeights[CHECKLIST_HEADER_ROW + 1 + r],
      }));
    });
    const longest = all.reduce((a, b) => (b.ask.length > a.ask.length ? b : a));
    expect(longest.ask.length).toBeGreaterThan(100);
    expect(longest.height).toBeGreaterThanOrEqual(15 * wrappedLines(longest.ask, 50));
    expect(longest.height).toBeGreaterThan(15);
  });
});
