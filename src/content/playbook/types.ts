/** How much an ask matters to the deal: drives sorting and the colour of the priority cell. */
export type Priority = "Critical" | "High" | "Medium" | "Low";

/** One concrete ask from the negotiation playbook, written as a checklist line. */
export interface PlaybookItem {
  /** Stable id, `<SECTION>-<NN>` (e.g. `SLA-03`). Never renumber: workbooks match rows by it. */
  readonly id: string;
  /** What to ask the vendor for, as an imperative sentence. */
  readonly ask: string;
  /** Why it matters to the buyer, one or two sentences. */
  readonly why: string;
  /** The term to aim for, with the playbook's figures where it gives any (e.g. "99.9% monthly uptime"). */
  readonly target: string;
  /** The least the team should accept if the vendor refuses the target. */
  readonly fallback: string;
  readonly priority: Priority;
}

/** One of the playbook's ten sections, which becomes one checklist table. */
export interface PlaybookSection {
  /** Short code used as the id prefix of every item, e.g. `SLA`. */
  readonly code: string;
  /** Title shown above the table, e.g. "Support and SLA". */
  readonly title: string;
  /** One sentence on what the section covers. */
  readonly summary: string;
  /** The playbook's real-world example for the section, retold in our words (shown as a note under the table). */
  readonly example: string;
  readonly items: readonly PlaybookItem[];
}

/** Where the checklist content comes from, shown on every checklist sheet. */
export interface PlaybookSource {
  readonly title: string;
  readonly asOf: string;
}
