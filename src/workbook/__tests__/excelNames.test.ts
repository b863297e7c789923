import fc from "fast-check";
import { safeSheetName, safeTableName, slug, uniqueIds } from "../excelNames";

describe("names DEAL asks Excel for", () => {
  it("keeps a good sheet name as it is", () => {
    expect(safeSheetName("DEAL SLA checklist")).toBe("DEAL SLA checklist");
  });

  it("turns any text into a sheet name Excel accepts", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (wanted) => {
        const name = safeSheetName(wanted);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(31);
        expect(name).not.toMatch(/[[\]:*?/\\]/);
        expect(name).not.toMatch(/^'|'$/);
      })
    );
    expect(safeSheetName("a/b:c*d?[e]\\f")).toBe("abcdef");
    expect(safeSheetName("'''")).toBe("DEAL");
    expect(safeSheetName(" ' ")).toBe("DEAL");
    expect(safeSheetName(" 'Q3' plan ")).toBe("Q3' plan");
  });

  it("turns any text into a table name Excel accepts", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (wanted) => {
        const name = safeTableName(wanted);
        expect(name).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
        expect(name.length).toBeLessThanOrEqual(255);
      })
    );
    expect(safeTableName("DEAL_Checklist_S-L A")).toBe("DEAL_Checklist_S_L_A");
    expect(safeTableName("1x")).toBe("DEAL_1x");
  });

  it("slugs text into lower-case words joined by hyphens", () => {
    expect(slug("Claude Opus 4.5 / 4.6")).toBe("claude-opus-4-5-4-6");
    expect(slug("Gémini")).toBe("gemini");
    expect(slug("=HYPERLINK()")).toBe("hyperlink");
    expect(slug("***")).toBe("blank");
  });

  it("makes ids distinct, keeping each first occurrence as it is", () => {
    expect(uniqueIds(["a", "a", "b", "a"])).toEqual(["a", "a#2", "b", "a#3"]);
    expect(uniqueIds(["a", "a", "a#2"])).toEqual(["a", "a#3", "a#2"]);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", "a#2", "a#3", "b#2"), { maxLength: 12 }),
        (ids) => {
          const unique = uniqueIds(ids);
          expect(new Set(unique).size).toBe(ids.length);
          ids.forEach((id, i) => {
            if (ids.indexOf(id) === i) expect(unique[i]).toBe(id);
          });
        }
      )
    );
  });
});
