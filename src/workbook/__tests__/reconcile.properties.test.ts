import fc from "fast-check";
import { TableUpdate } from "../edit";
import { reconcile } from "../reconcile";
import { checklistPlan, editedDealSheet, workbook } from "./reconcileFixtures";

const planIds = ["SLA-01", "SLA-02", "SLA-03", "SLA-04", "SLA-05"];

/** A table as a user may have left it: some of DEAL's rows, in any order, and rows of their own. */
const userTable = fc
  .array(fc.oneof(fc.constantFrom(...planIds), fc.constantFrom("", "MY-1", "MY-2")), {
    maxLength: 12,
  })
  .map((ids) => ids.map((id, i) => [id, `ask ${i}`, "Agreed", `note ${i}`, `theirs ${i}`]));

describe("inserting again, for any state the user left the table in", () => {
  it("ends with every DEAL item present, appends only the missing ones, and writes no user column or user row", () => {
    fc.assert(
      fc.property(userTable, (values) => {
        const edit = reconcile(workbook([editedDealSheet(values)]), [checklistPlan(planIds)]);
        const table = edit.sheets[0].tables[0] as TableUpdate;
        const existingIds = values.map((row) => row[0]);
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
