import { PLAYBOOK_SECTIONS, PLAYBOOK_SOURCE } from "..";
import type { PlaybookItem, PlaybookSection } from "../types";

/** Section codes in the playbook's order; workbooks key their sheets on these. */
const EXPECTED_CODES = ["PRC", "CAP", "DEP", "SLA", "IPR", "DAT", "SEC", "LEV", "REN", "CST"];

const PRIORITIES = ["Critical", "High", "Medium", "Low"];

/** Every item field that ends up in a cell. */
const ITEM_FIELDS = ["id", "ask", "why", "target", "fallback", "priority"] as const;

/** Every string that reaches the workbook, labelled for readable failures. */
function allTexts(): Array<[label: string, text: string]> {
  const texts: Array<[string, string]> = [
    ["source.title", PLAYBOOK_SOURCE.title],
    ["source.asOf", PLAYBOOK_SOURCE.asOf],
  ];
  for (const section of PLAYBOOK_SECTIONS) {
    texts.push([`${section.code}.code`, section.code]);
    texts.push([`${section.code}.title`, section.title]);
    texts.push([`${section.code}.summary`, section.summary]);
    texts.push([`${section.code}.example`, section.example]);
    for (const item of section.items) {
      for (const field of ITEM_FIELDS) texts.push([`${item.id}.${field}`, item[field]]);
    }
  }
  return texts;
}

const allItems = (): PlaybookItem[] => PLAYBOOK_SECTIONS.flatMap((section) => [...section.items]);

function sectionByCode(code: string): PlaybookSection {
  const section = PLAYBOOK_SECTIONS.find((s) => s.code === code);
  if (!section) throw new Error(`no section ${code}`);
  return section;
}

/** All of a section's text in one string, so figure checks don't depend on which field holds them. */
function sectionText(code: string): string {
  const section = sectionByCode(code);
  const parts = [section.title, section.summary, section.example];
  for (const item of section.items) parts.push(item.ask, item.why, item.target, item.fallback);
  return parts.join(" | ");
}

/** Sentence count; figures like "0.1%" and "$1.50" do not end a sentence because no space follows the dot. */
const sentenceCount = (text: string): number =>
  text.split(/[.!?](?:\s+|$)/).filter((s) => s.trim() !== "").length;

describe("the playbook checklist data", () => {
  describe("its source", () => {
    it("names the CIO playbook as of 2026-11", () => {
      expect(PLAYBOOK_SOURCE).toEqual({
        title: "CIO Playbook: Negotiate Generative AI Contracts with Anthropic",
        asOf: "2026-11",
      });
    });
  });

  describe("its sections", () => {
    it("are exactly ten, with the expected codes in the playbook's order", () => {
      expect(PLAYBOOK_SECTIONS.map((s) => s.code)).toEqual(EXPECTED_CODES);
    });

    it("have the titles of the playbook's sections, in order", () => {
      expect(PLAYBOOK_SECTIONS.map((s) => s.title)).toEqual([
        "Pricing and Discounts",
        "Usage Tiers and Capacity",
        "On-Premises and Private Deployment",
        "Support and SLA",
        "IP, Customization and Retraining",
        "Data Privacy, Retention and Audit",
        "Security, Compliance and Model Behavior",
        "Strategic Leverage",
        "Renewals, Term and Exit",
        "Cost Containment",
      ]);
    });

    it("hold 101 asks, as the README's section table counts them", () => {
      expect(Object.fromEntries(PLAYBOOK_SECTIONS.map((s) => [s.code, s.items.length]))).toEqual({
        PRC: 9,
        CAP: 10,
        DEP: 9,
        SLA: 10,
        IPR: 9,
        DAT: 11,
        SEC: 13,
        LEV: 9,
        REN: 12,
        CST: 9,
      });
      expect(allItems()).toHaveLength(101);
    });

    it.each(EXPECTED_CODES)("%s has at least five items", (code) => {
      expect(sectionByCode(code).items.length).toBeGreaterThanOrEqual(5);
    });

    it.each(EXPECTED_CODES)("%s has a one-sentence summary", (code) => {
      expect(sentenceCount(sectionByCode(code).summary)).toBe(1);
    });

    it.each(EXPECTED_CODES)("%s retells its example in two or three sentences", (code) => {
      const count = sentenceCount(sectionByCode(code).example);
      expect(count).toBeGreaterThanOrEqual(2);
      expect(count).toBeLessThanOrEqual(3);
    });

    it.each(EXPECTED_CODES)("%s has at least one Critical or High item", (code) => {
      const priorities = sectionByCode(code).items.map((i) => i.priority);
      expect(priorities.some((p) => p === "Critical" || p === "High")).toBe(true);
    });
  });

  describe("its item ids", () => {
    it("are unique across the whole playbook", () => {
      const ids = allItems().map((i) => i.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it("all look like three capitals, a hyphen and two digits", () => {
      for (const item of allItems()) expect(item.id).toMatch(/^[A-Z]{3}-\d{2}$/);
    });

    it.each(EXPECTED_CODES)("in %s carry the section code and run from 01 without gaps", (code) => {
      const ids = sectionByCode(code).items.map((i) => i.id);
      const expected = ids.map((_, n) => `${code}-${String(n + 1).padStart(2, "0")}`);
      expect(ids).toEqual(expected);
    });
  });

  describe("its items", () => {
    it("each have a valid priority", () => {
      for (const item of allItems()) expect(PRIORITIES).toContain(item.priority);
    });

    it("each ask in one sentence of at most 160 characters", () => {
      for (const item of allItems()) {
        expect({ id: item.id, length: item.ask.length <= 160 }).toEqual({
          id: item.id,
          length: true,
        });
        expect({ id: item.id, sentences: sentenceCount(item.ask) }).toEqual({
          id: item.id,
          sentences: 1,
        });
      }
    });

    it("each explain why in at most 220 characters", () => {
      for (const item of allItems()) {
        expect({ id: item.id, length: item.why.length <= 220 }).toEqual({
          id: item.id,
          length: true,
        });
      }
    });

    it("each end their ask, why, target and fallback with a full stop", () => {
      for (const item of allItems()) {
        for (const field of ["ask", "why", "target", "fallback"] as const) {
          expect(`${item.id}.${field}: ${item[field].slice(-1)}`).toBe(`${item.id}.${field}: .`);
        }
      }
    });

    it("each start their ask with a capital letter, as an imperative would", () => {
      for (const item of allItems()) expect(item.ask).toMatch(/^[A-Z][a-z]/);
    });
  });

  describe("every text that reaches a cell", () => {
    it("is non-empty and has no surrounding whitespace", () => {
      for (const [label, text] of allTexts()) {
        expect({ label, ok: text.length > 0 && text === text.trim() }).toEqual({ label, ok: true });
      }
    });

    it("is a single line of printable ASCII, so quotes are straight and no line breaks slip in", () => {
      for (const [label, text] of allTexts()) {
        expect({ label, ok: /^[\x20-\x7E]+$/.test(text) }).toEqual({ label, ok: true });
      }
    });

    it("does not start with a character Excel would read as a formula", () => {
      for (const [label, text] of allTexts()) {
        expect({ label, ok: !/^[=+\-@]/.test(text) }).toEqual({ label, ok: true });
      }
    });
  });

  describe("the playbook's figures", () => {
    // Each pattern is a figure the playbook states for that section; a typo in the data must fail here.
    const figures: Array<[code: string, pattern: RegExp]> = [
      ["PRC", /\b50% below standard token rates\b/],
      ["PRC", /\b15% below year 1\b/],
      ["PRC", /\$15 input and \$75 output per million tokens, Claude 3\.5 Haiku at \$1 and \$5\b/],
      ["CAP", /\b2x your peak daily volume\b/],
      ["CAP", /\b500 requests per second\b/],
      ["CAP", /\b500K-token context window\b/],
      ["DEP", /\b30 minutes for Severity 1\b/],
      ["SLA", /\b99\.9% or better monthly uptime\b/],
      ["SLA", /\b2% of the monthly fee for every 0\.1% of uptime below 99\.9%/],
      ["SLA", /\b30-minute response\b/],
      ["SLA", /\bwithin 4 hours\b/],
      ["SLA", /\b2-hour response and a resolution plan within 1 business day\b/],
      ["IPR", /\bescrow\b/],
      ["DAT", /\bat most 24 hours in any log\b/],
      ["DAT", /\bafter 30 days at most\b/],
      ["DAT", /\bpenetration-test your dedicated environment\b/],
      ["DAT", /\bannual audit by an independent third party\b/],
      ["SEC", /\bSOC 2 Type II and ISO 27001\b/],
      ["SEC", /\bHIPAA\b/],
      ["SEC", /\bImmediate suspension of use\b/],
      ["SEC", /\bquarterly review of output issues\b/],
      ["LEV", /\bat 18 months\b/],
      ["LEV", /\bcut costs by 20%/],
      ["LEV", /\$4B\b/],
      ["REN", /\bno more than 5% above the prior term's prices\b/],
      ["REN", /\b60 days notice with a fee equal to 3 months of fees\b/],
      ["REN", /\b12-month review\b/],
      ["REN", /\bafter two SLA breaches\b/],
      ["REN", /\bfrom month 18 on evidence\b.*\bmatch\b/],
      ["CST", /\bUp to 20% of unused monthly tokens rolled into the next quarter\b/],
      ["CST", /\bUp to 2x normal monthly usage at the same rate\b/],
      ["CST", /\bmore than 10% above the commitment\b/],
      ["CST", /\b12 billion tokens\b/],
    ];

    it.each(figures)("%s states %s", (code, pattern) => {
      expect(sectionText(code)).toMatch(pattern);
    });

    it("keep the SLA uptime target in the uptime item rather than only in the example", () => {
      const uptime = sectionByCode("SLA").items.find((i) => i.id === "SLA-03");
      expect(uptime?.target).toContain("99.9%");
    });
  });
});
