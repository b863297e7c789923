import fc from "fast-check";
import { PLAYBOOK_SECTIONS } from "../../content/playbook";
import type { PlaybookSection, Priority } from "../../content/playbook/types";
import {
  ALL_CHECKLISTS_KEY,
  buildChecklistSheets,
  CHECKLIST_HEADER_ROW,
  CHECKLIST_STATUSES,
} from "../checklistSheets";
import { mergeTable } from "../mergeTable";
import type { CellContent, SheetPlan, TablePlan } from "../plan";
import { TERM_LINKS } from "../termNames";
import { areasOf, formulasOf, overlaps, plannedCells, textsOf } from "./support/planCells";

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const USER_COLUMNS = ["Status", "Owner", "Clause reference", "Notes"];

const perSection = (): SheetPlan[] => buildChecklistSheets(PLAYBOOK_SECTIONS, "sheetPerSection");
const oneSheet = (): SheetPlan => {
  const plans = buildChecklistSheets(PLAYBOOK_SECTIONS, "oneSheet");
  expect(plans).toHaveLength(1);
  return plans[0];
};

const tableOf = (plan: SheetPlan): TablePlan => {
  expect(plan.tables).toHaveLength(1);
  return plan.tables[0];
};

const column = (table: TablePlan, header: string): number => {
  const index = table.columns.findIndex((c) => c.header === header);
  if (index < 0) throw new Error(`no column ${header}`);
  return index;
};

const valueOf = (content: CellContent): unknown => ("value" in content ? content.value : content);

/** A section whose every text is a would-be formula. */
function hostileSection(code: string): PlaybookSection {
  const formula = '=HYPERLINK("x")';
  return {
    code,
    title: `=${code}()`,
    summary: formula,
    example: formula,
    items: [
      {
        id: formula,
        ask: formula,
        why: "=1+1",
        target: "+SUM(A1:A2)",
        fallback: "@A1",
        priority: "=Critical" as Priority,
      },
    ],
  };
}

/** The sheets of both layouts, for checks that hold for every checklist sheet. */
const everyLayout = (): SheetPlan[] => [...perSection(), oneSheet()];

describe("checklist sheets, one per section (the default)", () => {
  it("makes ten sheets with distinct keys, sheet names and table names", () => {
    const plans = perSection();
    expect(plans).toHaveLength(10);
    const distinct = (values: string[]) => new Set(values.map((v) => v.toLowerCase())).size;
    expect(distinct(plans.map((p) => p.key))).toBe(10);
    expect(distinct(plans.map((p) => p.preferredName))).toBe(10);
    expect(distinct(plans.map((p) => tableOf(p).preferredName))).toBe(10);
  });

  it("keys each sheet and its table by the section code and names them after it", () => {
    const sla = perSection().find((plan) => plan.key === "checklist-SLA");
    expect(sla?.preferredName).toBe("DEAL SLA checklist");
    expect(sla && tableOf(sla)).toMatchObject({
      key: "checklist-SLA",
      preferredName: "DEAL_Checklist_SLA",
    });
    expect(sla?.blocks[0].cells[0][0]).toEqual({ value: "Support and SLA: negotiation checklist" });
  });

  it("puts every playbook item in one row, with its id in the id column", () => {
    const plans = perSection();
    PLAYBOOK_SECTIONS.forEach((section, i) => {
      const table = tableOf(plans[i]);
      expect(table.columns[table.idColumn].header).toBe("Item ID");
      expect(table.rows.map((row) => valueOf(row[table.idColumn]))).toEqual(
        section.items.map((item) => item.id)
      );
      table.rows.forEach((row, r) => {
        const item = section.items[r];
        expect(valueOf(row[column(table, "Ask")])).toBe(item.ask);
        expect(valueOf(row[column(table, "Why it matters")])).toBe(item.why);
        expect(valueOf(row[column(table, "Target")])).toBe(item.target);
        expect(valueOf(row[column(table, "Fallback")])).toBe(item.fallback);
        expect(valueOf(row[column(table, "Priority")])).toBe(item.priority);
      });
    });
  });

  it("returns no sheet when no section is chosen, and refuses a section chosen twice", () => {
    expect(buildChecklistSheets([], "sheetPerSection")).toEqual([]);
    expect(buildChecklistSheets([], "oneSheet")).toEqual([]);
    const sla = PLAYBOOK_SECTIONS[3];
    expect(() => buildChecklistSheets([sla, sla], "sheetPerSection")).toThrow(RangeError);
  });
});

describe("every checklist sheet", () => {
  it("has a sheet name Excel accepts: at most 31 characters, none of []:*?/\\", () => {
    for (const plan of everyLayout()) {
      expect(plan.preferredName.length).toBeLessThanOrEqual(31);
      expect(plan.preferredName).not.toMatch(SHEET_NAME_FORBIDDEN);
    }
  });

  it("has a table name Excel accepts: letters, digits and underscores, at most 255", () => {
    for (const plan of everyLayout()) {
      const name = tableOf(plan).preferredName;
      expect(name).toMatch(TABLE_NAME);
      expect(name.length).toBeLessThanOrEqual(255);
    }
  });

  it("keeps valid names whatever the section code holds", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 60 }), (code) => {
        const [plan] = buildChecklistSheets([{ ...PLAYBOOK_SECTIONS[0], code }], "sheetPerSection");
        expect(plan.preferredName.length).toBeGreaterThan(0);
        expect(plan.preferredName.length).toBeLessThanOrEqual(31);
        expect(plan.preferredName).not.toMatch(SHEET_NAME_FORBIDDEN);
        expect(plan.preferredName).not.toMatch(/^'|'$/);
        expect(tableOf(plan).preferredName).toMatch(TABLE_NAME);
      })
    );
  });

  it("adds rows as 'Not started' and offers exactly the six statuses in the drop-down", () => {
    expect([...CHECKLIST_STATUSES]).toEqual([
      "Not started",
      "Asked",
      "Countered",
      "Agreed",
      "Rejected",
      "Not applicable",
    ]);
    for (const plan of everyLayout()) {
      const table = tableOf(plan);
      const status = table.columns[column(table, "Status")];
      expect(status.list).toEqual(CHECKLIST_STATUSES);
      for (const row of table.rows)
        expect(row[column(table, "Status")]).toEqual({ value: "Not started" });
    }
  });

  it("colours every status but 'Not started', and the Critical and High priorities", () => {
    const table = tableOf(perSection()[0]);
    const colored = (header: string) =>
      table.columns[column(table, header)].colors?.map((c) => c.equals);
    expect(colored("Status")).toEqual([
      "Asked",
      "Countered",
      "Agreed",
      "Rejected",
      "Not applicable",
    ]);
    expect(colored("Priority")).toEqual(["Critical", "High"]);
  });

  it("leaves Status, Owner, Clause reference and Notes to the user and owns the rest", () => {
    for (const plan of everyLayout()) {
      const table = tableOf(plan);
      for (const c of table.columns)
        expect(c.owner).toBe(USER_COLUMNS.includes(c.header) ? "user" : "deal");
      for (const row of table.rows) {
        for (const header of ["Owner", "Clause reference", "Notes"]) {
          expect(row[column(table, header)]).toEqual({ value: null });
        }
      }
    }
  });

  it("orders the columns as the issue lists them", () => {
    expect(tableOf(perSection()[0]).columns.map((c) => c.header)).toEqual([
      "Item ID",
      "Ask",
      "Why it matters",
      "Target",
      "Model (offer 1)",
      "Fallback",
      "Priority",
      "Status",
      "Owner",
      "Clause reference",
      "Notes",
    ]);
  });

  it("counts each status once in the summary, from the table's Status column", () => {
    for (const plan of everyLayout()) {
      const status = `{{table:${tableOf(plan).key}}}[Status]`;
      const formulas = formulasOf(plan);
      for (const name of CHECKLIST_STATUSES) {
        expect(formulas.filter((f) => f === `=COUNTIF(${status},"${name}")`)).toHaveLength(1);
      }
      expect(formulas).toContain(`=ROWS(${status})`);
      // Every formula that reads the table reads its Status column.
      for (const f of formulas.filter((f) => f.includes("{{table:"))) expect(f).toContain(status);
    }
  });

  it("puts each count under its label, and share agreed = agreed / (items − not applicable) as 0%", () => {
    const plan = perSection()[0];
    const cellAt = (row: number, col: number) => {
      for (const block of plan.blocks) {
        const content = block.cells[row - block.at.row]?.[col - block.at.column];
        if (content !== undefined) return { content, style: block.style };
      }
      return undefined;
    };
    const labels = [
      "Not started",
      "Asked",
      "Countered",
      "Agreed",
      "Rejected",
      "Not applicable",
      "Items",
      "Share agreed",
    ];
    labels.forEach((label, col) => expect(cellAt(2, col)?.content).toEqual({ value: label }));
    CHECKLIST_STATUSES.forEach((name, col) =>
      expect(cellAt(3, col)?.content).toEqual({
        formula: `=COUNTIF({{table:checklist-PRC}}[Status],"${name}")`,
      })
    );
    // D4 Agreed, F4 Not applicable, G4 Items.
    expect(cellAt(3, 7)).toEqual({
      content: { formula: "=IFERROR(D4/(G4-F4),0)" },
      style: expect.objectContaining({ numberFormat: "0%" }),
    });
  });

  it("puts the header on row 6 and freezes through it", () => {
    for (const plan of everyLayout()) {
      const table = tableOf(plan);
      expect(table.at).toEqual({ row: CHECKLIST_HEADER_ROW, column: 0 });
      expect(CHECKLIST_HEADER_ROW).toBe(5);
      expect(plan.freezeRows).toBe(table.at.row + 1);
    }
  });

  it("credits the playbook and its date on the second row", () => {
    for (const plan of everyLayout()) {
      expect(plan.blocks[1].cells[0][0]).toEqual({
        value:
          "Source: CIO Playbook: Negotiate Generative AI Contracts with Anthropic, read 2026-11. " +
          "DEAL refreshes its own columns; Status, Owner, Clause reference and Notes are yours.",
      });
    }
  });

  it("places nothing on top of anything else", () => {
    for (const plan of everyLayout()) expect(overlaps(areasOf(plan))).toEqual([]);
  });
});

describe("the real-world example note", () => {
  it("sits one blank row below the last item, merged across the table, wrapped and italic", () => {
    perSection().forEach((plan, i) => {
      const table = tableOf(plan);
      const lastRow = table.at.row + table.rows.length;
      const note = plan.blocks.find((b) => textOf(b.cells[0][0]).startsWith("Real-world example"));
      expect(note).toMatchObject({
        at: { row: lastRow + 2, column: 0 },
        mergeAcross: table.columns.length,
        style: { italic: true, wrap: true },
      });
      expect(note?.cells).toEqual([
        [{ value: `Real-world example: ${PLAYBOOK_SECTIONS[i].example}` }],
      ]);
    });
  });

  it("lists every section's example, named, on the one sheet", () => {
    const plan = oneSheet();
    const table = tableOf(plan);
    const note = plan.blocks.find((b) => textOf(b.cells[0][0]).startsWith("Real-world example"));
    expect(note?.at.row).toBe(table.at.row + table.rows.length + 2);
    expect(note?.cells).toEqual(
      PLAYBOOK_SECTIONS.map((s) => [{ value: `Real-world example (${s.title}): ${s.example}` }])
    );
  });
});

describe("the one-sheet layout", () => {
  it("is one sheet keyed checklist-all with a DEAL Section column after Item ID", () => {
    const plan = oneSheet();
    const table = tableOf(plan);
    expect(plan.key).toBe(ALL_CHECKLISTS_KEY);
    expect(table.key).toBe("checklist-all");
    expect(table.columns.slice(0, 3).map((c) => c.header)).toEqual(["Item ID", "Section", "Ask"]);
    expect(table.columns[1].owner).toBe("deal");
    expect(table.idColumn).toBe(0);
  });

  it("holds every item of every chosen section once, with its section's title", () => {
    const table = tableOf(oneSheet());
    const expected = PLAYBOOK_SECTIONS.flatMap((s) => s.items.map((item) => [item.id, s.title]));
    expect(table.rows.map((row) => [valueOf(row[0]), valueOf(row[1])])).toEqual(expected);
    expect(new Set(expected.map(([id]) => id)).size).toBe(expected.length);
  });

  it("holds only the chosen sections", () => {
    const chosen = [PLAYBOOK_SECTIONS[3], PLAYBOOK_SECTIONS[9]];
    const [plan] = buildChecklistSheets(chosen, "oneSheet");
    expect(tableOf(plan).rows).toHaveLength(chosen[0].items.length + chosen[1].items.length);
  });
});

describe("text from the playbook", () => {
  it("is written as values, even text that starts with '='", () => {
    for (const layout of ["sheetPerSection", "oneSheet"] as const) {
      const [plan] = buildChecklistSheets([hostileSection("SLA")], layout);
      const table = tableOf(plan);
      const row = table.rows[0];
      expect(row[column(table, "Ask")]).toEqual({ value: '=HYPERLINK("x")' });
      expect(row[table.idColumn]).toEqual({ value: '=HYPERLINK("x")' });
      expect(row[column(table, "Why it matters")]).toEqual({ value: "=1+1" });
      expect(row[column(table, "Priority")]).toEqual({ value: "=Critical" });
      const note =
        layout === "oneSheet"
          ? 'Real-world example (=SLA()): =HYPERLINK("x")'
          : 'Real-world example: =HYPERLINK("x")';
      expect(textsOf(plan)).toContain(note);
      if (layout === "sheetPerSection") {
        expect(plan.blocks[0].cells[0][0]).toEqual({ value: "=SLA(): negotiation checklist" });
      } else {
        expect(row[column(table, "Section")]).toEqual({ value: "=SLA()" });
      }
      for (const formula of formulasOf(plan)) {
        expect(formula).not.toMatch(/HYPERLINK|SUM|1\+1|Critical/);
      }
    }
  });

  it("never changes a formula, whatever the text holds", () => {
    const text = fc.string({ maxLength: 40 });
    const section = fc.record({
      title: text,
      summary: text,
      example: text,
      items: fc.array(
        fc.record({ id: text, ask: text, why: text, target: text, fallback: text, priority: text }),
        { minLength: 1, maxLength: 4 }
      ),
    });
    const baseline = (layout: "sheetPerSection" | "oneSheet") =>
      formulasOf(buildChecklistSheets([{ ...hostileSection("X"), code: "X" }], layout)[0]);
    fc.assert(
      fc.property(
        section,
        fc.constantFrom("sheetPerSection" as const, "oneSheet" as const),
        (s, layout) => {
          const [plan] = buildChecklistSheets(
            [{ ...(s as unknown as PlaybookSection), code: "X" }],
            layout
          );
          expect(formulasOf(plan)).toEqual(baseline(layout));
          for (const { content } of plannedCells(plan)) {
            if ("formula" in content) expect(content.formula).toMatch(/^=(COUNTIF|ROWS|IFERROR)\(/);
          }
        }
      )
    );
  });
});

function textOf(content: CellContent | undefined): string {
  return content !== undefined && "value" in content && typeof content.value === "string"
    ? content.value
    : "";
}

describe("the column of the model's figures", () => {
  const HEADER = "Model (offer 1)";

  it("follows Target, owned by DEAL, not formatted as text (its cells are formulas)", () => {
    for (const plan of [perSection()[0], oneSheet()]) {
      const table = tableOf(plan);
      const at = column(table, HEADER);
      expect(table.columns[at - 1].header).toBe("Target");
      expect(table.columns[at]).toMatchObject({ owner: "deal", width: 15 });
      expect(table.columns[at].style?.numberFormat).toBeUndefined();
    }
  });

  it("links the items whose term the model holds, and leaves the others blank", () => {
    const table = tableOf(oneSheet());
    const at = column(table, HEADER);
    const linked = table.rows.filter((row) => "formula" in row[at]);
    expect(linked.map((row) => valueOf(row[table.idColumn])).sort()).toEqual(
      Object.keys(TERM_LINKS).sort()
    );
    for (const row of table.rows.filter((r) => !("formula" in r[at])))
      expect(row[at]).toEqual({ value: null });
    const renewal = table.rows.find((row) => valueOf(row[table.idColumn]) === "REN-05")!;
    expect(renewal[at]).toEqual({
      formula:
        '=IF(ISERROR(DEAL_Term_RenewalCap),"",' +
        'HYPERLINK("#DEAL_Term_RenewalCap",ROUND(DEAL_Term_RenewalCap*100,1)&"%"&" a year"))',
    });
    // Several names: blank unless all are defined.
    const rollover = table.rows.find((row) => valueOf(row[table.idColumn]) === "CST-04")!;
    expect(valueOf(rollover[at])).toEqual({
      formula: expect.stringMatching(
        /^=IF\(OR\(ISERROR\(DEAL_Term_RolloverCap\),ISERROR\(DEAL_Term_RolloverExpiry\)\),"",HYPERLINK\("#DEAL_Term_RolloverCap",/
      ),
    });
  });

  it("is appended at the right end of a table written before it, the user's columns kept", () => {
    const plan = perSection().find((p) => p.key === "checklist-REN")!;
    const table = tableOf(plan);
    const old = table.columns.filter((c) => c.header !== HEADER).map((c) => c.header);
    const rows = table.rows.map((row) =>
      old.map((header) => {
        const content = row[column(table, header)];
        return header === "Notes" ? "my note" : (valueOf(content) as string | null);
      })
    );
    const merge = mergeTable(
      table,
      { name: "DEAL_Checklist_REN", at: table.at, headers: [...old, "My column"], values: rows },
      "DEAL_Checklist_REN",
      "DEAL REN checklist",
      (content) => content
    );
    if (merge.edit.kind !== "update") throw new Error("expected an update");
    expect(merge.edit.addColumns.map((c) => c.header)).toEqual([HEADER]);
    const added = merge.edit.addColumns[0].values;
    expect(added[rows.findIndex((r) => r[0] === "REN-05")]).toEqual(
      table.rows.find((row) => valueOf(row[0]) === "REN-05")![column(table, HEADER)]
    );
    expect(added[rows.findIndex((r) => r[0] === "REN-01")]).toEqual({ value: null });
    // The user's notes are untouched: no refresh writes the Notes or My column.
    expect(merge.edit.refresh.map((r) => r.header)).not.toContain("Notes");
    expect(merge.edit.refresh.map((r) => r.header)).not.toContain("My column");
    expect(merge.editsKept).toEqual([]);
  });
});
