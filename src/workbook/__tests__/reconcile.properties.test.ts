import fc from "fast-check";
import { TableUpdate } from "../edit";
import { reconcile } from "../reconcile";
import { WorkbookRefusal } from "../workbookRefusal";
import { checklistPlan, editedDealSheet, NOTE, workbook } from "./reconcileFixtures";
import { SimWorkbook } from "./support/simulateEdit";

const planIds = ["SLA-01", "SLA-02", "SLA-03", "SLA-04", "SLA-05"];

/** A table as a user may have left it: some of DEAL's rows, in any order, and rows of their own. */
const userTable = fc
  .array(fc.oneof(fc.constantFrom(...planIds), fc.constantFrom("", "MY-1", "MY-2")), {
    maxLength: 12,
  })
  .map((ids) => ids.map((id, i) => [id, `ask ${i}`, "Agreed", `note ${i}`, `theirs ${i}`]));

const hasDuplicateIds = (ids: readonly string[]) => {
  const named = ids.filter((id) => id !== "");
  return new Set(named).size !== named.length;
};

describe("inserting again, for any state the user left the table in", () => {
  it("ends with every DEAL item present, appends only the missing ones, and writes no user column or user row", () => {
    fc.assert(
      fc.property(userTable, (values) => {
        const existingIds = values.map((row) => row[0]);
        const insert = () =>
          reconcile(workbook([editedDealSheet(values)]), [checklistPlan(planIds)]);
        if (hasDuplicateIds(existingIds)) {
          expect(insert).toThrow(WorkbookRefusal);
          return;
        }
        const edit = insert();
        const table = edit.sheets[0].tables[0] as TableUpdate;
        const appendedIds = table.append.map((row) =>
          "value" in row[0] ? row[0].value : undefined
        );

        for (const id of planIds)
          expect(existingIds.includes(id) || appendedIds.includes(id)).toBe(true);
        expect(appendedIds.filter((id) => existingIds.includes(id as string))).toEqual([]);
        expect(new Set(appendedIds).size).toBe(appendedIds.length);

        for (const run of table.refresh) {
          expect(["Item ID", "Ask"]).toContain(run.header);
          run.values.forEach((_, k) => expect(planIds).toContain(existingIds[run.firstRow + k]));
        }
        const user = existingIds.filter((id) => !planIds.includes(id)).length;
        expect(edit.report.sheets[0].userRowsKept).toBe(user);
      }),
      { numRuns: 1000 }
    );
  });
});

/** What the user does between two inserts. */
interface UserWork {
  /** New text for some items' asks, by index in planIds. */
  readonly asks: readonly (readonly [number, string])[];
  readonly note?: string;
  /** Sort keys of the rows, to reorder the table. */
  readonly order: readonly number[];
  /** Rows of their own inserted into the table, at these data rows. */
  readonly ownRows: readonly number[];
}

/** What DEAL's next insert brings: which asks and whether the note get new text, new items. */
interface NextPlan {
  readonly reworded: readonly boolean[];
  readonly newNote: boolean;
  readonly newItems: number;
}

const editText = fc.string({ minLength: 1, maxLength: 12 });
const userWork: fc.Arbitrary<UserWork> = fc.record({
  asks: fc.array(fc.tuple(fc.nat(planIds.length - 1), editText), { maxLength: 6 }),
  note: fc.option(editText, { nil: undefined }),
  order: fc.array(fc.double({ noNaN: true }), {
    minLength: planIds.length,
    maxLength: planIds.length,
  }),
  ownRows: fc.array(fc.nat(planIds.length), { maxLength: 3 }),
});
const nextPlan: fc.Arbitrary<NextPlan> = fc.record({
  reworded: fc.array(fc.boolean(), { minLength: planIds.length, maxLength: planIds.length }),
  newNote: fc.boolean(),
  newItems: fc.nat(2),
});

describe("inserting again, for any edits the user made to DEAL's cells", () => {
  it("keeps every edit, reports exactly those, and refreshes every other cell of DEAL's", () => {
    fc.assert(
      fc.property(userWork, nextPlan, (work, next) => {
        const book = new SimWorkbook();
        book.apply(reconcile(book.snapshot(), [checklistPlan(planIds)]));
        const sheet = book.sheet("DEAL SLA checklist");
        const table = "DEAL_Checklist_SLA";
        const firstRow = 4;

        // The user's work: sort, rows of their own, asks and the note retyped.
        const rows = sheet.rowsOf(table);
        const sorted = rows
          .map((row, i) => ({ row, key: work.order[i] }))
          .sort((a, b) => a.key - b.key)
          .map(({ row }) => row);
        sheet.setRows(table, sorted);
        for (const at of work.ownRows) sheet.insertTableRows(table, at, 1);
        const rowOf = (id: string) =>
          firstRow + sheet.rowsOf(table).findIndex((row) => row[0] === id);
        const typed = new Map<string, string>();
        for (const [i, text] of work.asks) {
          sheet.set(rowOf(planIds[i]), 1, text);
          typed.set(planIds[i], text);
        }
        const noteRow = firstRow + sheet.rowsOf(table).length + 1;
        if (work.note !== undefined) sheet.set(noteRow, 0, work.note);

        // DEAL's next insert.
        const ids = [...planIds, ...["SLA-06", "SLA-07"].slice(0, next.newItems)];
        const oldAsk = (id: string) => `Ask ${id}`;
        const newAsk = (id: string) =>
          next.reworded[planIds.indexOf(id)] === true ? `Reworded ${id}` : oldAsk(id);
        const newNote = next.newNote ? "A newer example" : NOTE;
        const edit = reconcile(book.snapshot(), [
          checklistPlan(ids, { ask: newAsk, note: newNote }),
        ]);
        book.apply(edit);

        // An edit is kept when it is neither DEAL's old text nor its new one.
        const keptAsks = [...typed].filter(
          ([id, text]) => text !== oldAsk(id) && text !== newAsk(id)
        );
        const noteKept = work.note !== undefined && work.note !== NOTE && work.note !== newNote;
        const reported = edit.report.sheets[0].editsKept;
        expect(
          reported
            .filter((kept) => kept.itemId !== undefined)
            .map((kept) => `${kept.itemId} ${kept.column}`)
            .sort()
        ).toEqual(keptAsks.map(([id]) => `${id} Ask`).sort());
        expect(reported.filter((kept) => kept.itemId === undefined)).toHaveLength(noteKept ? 1 : 0);

        // The workbook after: kept edits as the user typed them, DEAL's new text everywhere else.
        const asks = new Map(sheet.rowsOf(table).map((row) => [row[0], row[1]]));
        const kept = new Map(keptAsks);
        for (const id of ids) expect(asks.get(id)).toBe(kept.get(id) ?? newAsk(id));
        const notes = [...sheet.cells].filter(
          ([key, value]) =>
            key.endsWith(":0") &&
            Number(key.split(":")[0]) > firstRow + sheet.rowsOf(table).length - 1 &&
            value !== null
        );
        expect(notes).toEqual([
          [`${firstRow + sheet.rowsOf(table).length + 1}:0`, noteKept ? work.note : newNote],
        ]);
        for (const report of reported.filter((r) => r.itemId !== undefined)) {
          expect(report.cell).toBe(`B${rowOf(report.itemId as string) + 1}`);
        }
      }),
      { numRuns: 300 }
    );
  });
});
