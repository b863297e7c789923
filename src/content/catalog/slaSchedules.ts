import type { SlaSchedule } from "./types";

/**
 * Published (or reported) service-credit schedules of the main AI platforms, as read in
 * November 2026. Rows are in descending threshold: below 0.999 owes 10%, below 0.99 owes 25%…
 * A schedule reads "less than X but at least Y", so uptime exactly at a threshold earns nothing
 * from that row. Uptime = (total minutes − downtime minutes) / total minutes. Credits usually
 * apply to future bills only, are the sole remedy, and are capped at the month's fee.
 */
export const SLA_SCHEDULES: readonly SlaSchedule[] = [
  {
    vendor: "Amazon Web Services",
    service: "Amazon Bedrock",
    target: 0.999,
    rows: [
      { threshold: 0.999, share: 0.1 },
      { threshold: 0.99, share: 0.25 },
      { threshold: 0.95, share: 1 },
    ],
    source: "aws.amazon.com/bedrock/sla",
    asOf: "2023-10-04",
    note: "Monthly uptime, per region. The date is the page's last update (read 2026-11).",
  },
  {
    vendor: "Microsoft",
    service: "Azure OpenAI",
    target: 0.999,
    rows: [
      { threshold: 0.999, share: 0.1 },
      { threshold: 0.99, share: 0.25 },
      { threshold: 0.95, share: 1 },
    ],
    source: "third-party summary, not Microsoft's text",
    asOf: "2026-11",
    note: "Third-party summary; check Microsoft's own SLA text before relying on it.",
  },
  {
    vendor: "Google",
    service: "Gemini on Vertex AI",
    target: 0.995,
    rows: [
      { threshold: 0.995, share: 0.1 },
      { threshold: 0.99, share: 0.25 },
      { threshold: 0.95, share: 0.5 },
    ],
    source: "cloud.google.com/vertex-ai/generative-ai/sla",
    asOf: "2026-11",
    note: "Monthly uptime target from Google's page; the credit tiers come from a third party.",
  },
  {
    vendor: "Google",
    service: "Google Cloud (usual pattern)",
    target: 0.999,
    rows: [
      { threshold: 0.999, share: 0.1 },
      { threshold: 0.99, share: 0.25 },
      { threshold: 0.95, share: 0.5 },
    ],
    source: "cloud.google.com/retail/sla",
    asOf: "2026-11",
    note: "Google Cloud's usual schedule, seen on the Retail SLA; claim within 30 days.",
  },
];

/** A vendor that publishes no uptime SLA for a service: no credit is owed, whatever the uptime. */
export interface NoSlaVendor {
  readonly vendor: string;
  readonly service: string;
  readonly source: string;
  readonly asOf: string;
  readonly note: string;
}

/**
 * Services the benchmark lists without a credit schedule because none is published. The playbook
 * (Support and SLA) says Anthropic's standard terms likely disclaim uptime, so an SLA must be
 * negotiated into the contract.
 */
export const NO_SLA_VENDORS: readonly NoSlaVendor[] = [
  {
    vendor: "Anthropic",
    service: "Claude API (direct)",
    source: "CIO negotiation playbook (Support and SLA)",
    asOf: "2026-11",
    note:
      "No published uptime SLA: \"Anthropic's standard terms likely disclaim uptime, so this must be " +
      "explicitly added\" (playbook). Claude through Amazon Bedrock or Vertex AI gets that cloud's SLA.",
  },
];

/**
 * A linear service-credit clause: `perStep` of the monthly fee for every `step` (or portion
 * thereof) of uptime below `target`, capped at `cap`. All values are fractions.
 */
export interface LinearSlaTerms {
  readonly target: number;
  /** Share of the monthly fee owed per step below target (0.02 = 2%). */
  readonly perStep: number;
  /** Size of one step of uptime (0.001 = 0.1 percentage point). */
  readonly step: number;
  /** Largest share of the monthly fee the clause can owe. */
  readonly cap: number;
  readonly source: string;
  readonly asOf: string;
}

/**
 * The playbook's telco example: 2% of the monthly fee per 0.1% below 99.9%. The playbook gives
 * no cap, so the usual ceiling (the month's fee) applies.
 */
export const PLAYBOOK_LINEAR_SLA: LinearSlaTerms = {
  target: 0.999,
  perStep: 0.02,
  step: 0.001,
  cap: 1,
  source: "CIO negotiation playbook (telco example)",
  asOf: "2026-11",
};

/** The common linear clause: 1% of the monthly fee for every 0.1% below target, capped at 50%. */
export const COMMON_LINEAR_SLA: LinearSlaTerms = {
  target: 0.999,
  perStep: 0.01,
  step: 0.001,
  cap: 0.5,
  source: "common linear clause, market-facts",
  asOf: "2026-11",
};
