import type { PlaybookSection } from "../types";

/** Playbook section 10: rate locks, flexible commitments, rollover and burst terms against overspend. */
export const COST_CONTAINMENT: PlaybookSection = {
  code: "CST",
  title: "Cost Containment",
  summary:
    "Rate locks, flexible commitments, rollover and burst terms that stop swings in usage from turning into overspend.",
  example:
    "One company fixed its per-call rate for 2 years even as Anthropic shipped more powerful models, and could move part of its usage to any new, much cheaper model tier without reopening the contract. A SaaS provider replaced monthly limits with an annual allowance of 12 billion tokens, absorbing seasonal spikes without extra fees while Anthropic still received its committed revenue for the year.",
  items: [
    {
      id: "CST-01",
      ask: "Lock per-token and per-seat rates for the whole contract term.",
      why: "AI pricing is volatile, and a mid-term increase would break budgets built on today's rates.",
      target: "All rates fixed for the full term, including when new models are released.",
      fallback: "No increase during the term without renegotiation and your written consent.",
      priority: "Critical",
    },
    {
      id: "CST-02",
      ask: "Win the right to adopt lower public prices or cheaper new models, or be released for that workload if Anthropic will not match.",
      why: "Prices for comparable performance keep falling; you should share in every drop, not just be shielded from rises.",
      target:
        "Access to any lower public price or cheaper model tier, with a meet-or-release clause that frees that share of usage from exclusivity.",
      fallback: "A right to shift usage to any cheaper model tier without reopening the contract.",
      priority: "High",
    },
    {
      id: "CST-03",
      ask: "Make your commitment one pool usable across any Claude model, access method and internal use case.",
      why: "Needs shift between models and projects; separate buckets create waste in one and overage in another.",
      target:
        "A model-agnostic pool of spend, say $10M, usable on any current or future Claude model, via API or batch, for every use case.",
      fallback:
        "Pooling across models at their relative prices, with per-project pools merged at least once a year.",
      priority: "High",
    },
    {
      id: "CST-04",
      ask: "Replace monthly use-or-lose with quarterly or annual true-ups and a rollover for unused tokens.",
      why: "Timing swings should not forfeit what you paid for: commit 100 million tokens a month, use 80 million, and the other 20 million should carry on.",
      target:
        "An annual token allowance in place of monthly limits, so a shortfall in one month can be used later in the year.",
      fallback: "Up to 20% of unused monthly tokens rolled into the next quarter.",
      priority: "High",
    },
    {
      id: "CST-05",
      ask: "Allow burst months at your committed rate when usage spikes, given advance notice.",
      why: "Seasonal events and launches cause spikes, and critical AI features should not be switched off at a limit.",
      target:
        "Up to 2x normal monthly usage at the same rate, on advance notice, provided the average balances out.",
      fallback: "Burst usage billed at the pre-agreed overage rate rather than a default rate.",
      priority: "High",
    },
    {
      id: "CST-06",
      ask: "Pre-agree an overage rate only modestly above your committed rate.",
      why: "Default overage pricing can be startlingly high exactly when you can least avoid it.",
      target: "Overage billed at, or only slightly above, the committed unit rate.",
      fallback: "A fixed overage rate written into the order form, never the default list rate.",
      priority: "High",
    },
    {
      id: "CST-07",
      ask: "Require usage dashboards, cost alerts and notice when you are on track to exceed your commitment by more than 10%.",
      why: "Early warning leaves time to choose between raising the commitment and accepting overage, instead of finding out on an invoice.",
      target:
        "Live dashboards, threshold alerts, and notice from Anthropic when usage trends more than 10% above the commitment.",
      fallback: "Monthly usage reports and an alert at an agreed spending threshold.",
      priority: "Medium",
    },
    {
      id: "CST-08",
      ask: "Add quarterly optimization reviews in which Anthropic's solutions engineers propose ways to cut your costs.",
      why: "If keeping your costs reasonable is part of the vendor's job, it has less reason to let waste continue.",
      target:
        "Quarterly reviews covering prompt design, function calling, model choice and token reduction.",
      fallback: "Optimization reviews on request, held at least once a year.",
      priority: "Medium",
    },
    {
      id: "CST-09",
      ask: "Keep the right to lower your commitment at renewal if efficiency gains reduce your usage.",
      why: "You should not stay locked into high spend once your applications need fewer tokens.",
      target: "The renewal commitment reset to actual usage without losing your tier discount.",
      fallback:
        "The right to cut the commitment at renewal, with tier pricing adjusted to the new volume.",
      priority: "Medium",
    },
  ],
};
