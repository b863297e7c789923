import type { PlaybookSection } from "../types";

/** Playbook section 2: the throughput, concurrency and headroom the spend buys, and how peaks are handled. */
export const USAGE_TIERS_AND_CAPACITY: PlaybookSection = {
  code: "CAP",
  title: "Usage Tiers and Capacity",
  summary:
    "What throughput, concurrency and headroom your spend buys, and how the vendor must handle peaks and growth.",
  example:
    "A multinational bank needed dedicated throughput for critical workloads and got Anthropic to reserve capacity equal to 2x its peak daily volume, with penalties if that capacity was not delivered. Detailed peak-usage estimates from the CIO's team secured the clause, and traffic surges stopped causing latency hits.",
  items: [
    {
      id: "CAP-01",
      ask: "Write the throughput and concurrency your spend buys into the contract, in requests per second and parallel requests.",
      why: "Vague promises of capacity fail at peak load; a customer-facing app needs guaranteed headroom, not best effort.",
      target:
        "A guaranteed sustained rate free of rate limiting (the playbook's example: at least 500 requests per second) and a concurrency limit sized to your peak.",
      fallback:
        "Documented throughput and concurrency numbers for your account's tier, reviewed with the vendor every quarter.",
      priority: "Critical",
    },
    {
      id: "CAP-02",
      ask: "Have Anthropic spell out its usage tiers and place you in a top tier with priority traffic routing.",
      why: "A named premium tier, such as a Platinum level, makes your priority explicit when shared capacity runs short.",
      target: "Top-tier status with priority routing of your traffic, described in the contract.",
      fallback: "A written description of each tier's limits and of where your account sits.",
      priority: "Medium",
    },
    {
      id: "CAP-03",
      ask: "Bar any rate limiting of your traffic below an agreed threshold.",
      why: "More usage capacity on a plan page is not a commitment; meeting a hidden ceiling after go-live breaks production.",
      target: "No throttling below the agreed threshold, with any breach counted as SLA downtime.",
      fallback:
        "Limits well above standard account caps, raised on request and never lowered without written notice.",
      priority: "Critical",
    },
    {
      id: "CAP-04",
      ask: "Choose seat-based, usage-based or hybrid pricing per use case, and negotiate each part of any base fee plus usage.",
      why: "Large deals often combine a platform fee with consumption charges; each part hides its own margin and its own savings.",
      target:
        "The pricing model matched to each use case, with the platform fee and usage rates negotiated and itemized separately.",
      fallback:
        "An itemized quote that separates the platform fee from usage charges so each can be challenged.",
      priority: "Medium",
    },
    {
      id: "CAP-05",
      ask: "Secure a seat price scaled to thousands of users rather than a list price per user.",
      why: "Eight-figure spend on seats means a large internal user base, and the unit price should fall with that scale.",
      target: "Volume-tiered seat pricing whose top tier covers your full headcount.",
      fallback: "A per-seat discount that grows at stated seat-count thresholds.",
      priority: "High",
    },
    {
      id: "CAP-06",
      ask: "Keep the right to reassign seats and add new ones during the term at the contracted rate.",
      why: "Teams change; paying again for every move or new user erodes the seat discount.",
      target: "Free seat reassignment at any time and new seats at the contracted per-seat rate.",
      fallback:
        "Seat reassignment at least once a quarter, with added seats prorated at the contracted rate.",
      priority: "Medium",
    },
    {
      id: "CAP-07",
      ask: "Share your usage forecasts and obtain a written commitment to reserved capacity and auto-scaling for spikes.",
      why: "Forecasts justify the discount and force the vendor to commit to supporting your scale, peaks included.",
      target:
        "Capacity reserved at 2x your peak daily volume, with penalties if it is not delivered.",
      fallback:
        "A written auto-scaling commitment for spikes above forecast, with a notice procedure for planned events.",
      priority: "High",
    },
    {
      id: "CAP-08",
      ask: "Obtain priority provisioning in Anthropic's cloud so that other tenants cannot degrade your service.",
      why: "On a shared API another customer's surge can slow your applications unless your priority is contractual.",
      target: "Priority provisioning for your workloads, backed by the latency and uptime SLAs.",
      fallback: "A written assurance of priority provisioning during capacity shortages.",
      priority: "High",
    },
    {
      id: "CAP-09",
      ask: "For a private deployment, state how many model instances or transactions per second it supports and how it scales.",
      why: "On-premises capacity is bounded by hardware; without terms you may pay again just to grow.",
      target: "Instance count and TPS capacity in the contract, with a priced path to add more.",
      fallback:
        "Documented sizing for the initial deployment and a pre-agreed rate card for expansion.",
      priority: "Medium",
    },
    // Playbook, "Usage Tiers & Capacity Planning" (read 2026-11): the Enterprise plan's 500K-token window.
    {
      id: "CAP-10",
      ask: "Write the Enterprise plan's 500K-token context window into the contract for the models you use.",
      why: "Long documents and large codebases fit only in a long window; a window shrunk after signing breaks workloads you built on it.",
      target:
        "A 500K-token context window, as the Enterprise plan offers, for every model in the deal and for the whole term.",
      fallback:
        "The 500K-token window on your main model, with notice and a matching price cut before any reduction.",
      priority: "Medium",
    },
  ],
};
