import type { PlaybookSection } from "../types";

/** Playbook section 4: support coverage, uptime, latency and incident terms for mission-critical use. */
export const SUPPORT_AND_SLA: PlaybookSection = {
  code: "SLA",
  title: "Support and SLA",
  summary:
    "Support coverage, uptime, latency and incident terms that make the service fit for mission-critical use.",
  example:
    "When a Claude outage of several hours took down a telco's support chatbot, its CIO demanded an SLA with financial penalties: credits of 2% of the monthly fee for every 0.1% of uptime below 99.9%. Every Severity 1 incident also had to be followed by a post-mortem report, and once money was at stake the telco saw clearly better reliability and attention from the vendor.",
  items: [
    {
      id: "SLA-01",
      ask: "Secure round-the-clock premium support with fast response for urgent issues.",
      why: "AI API providers publish weak default SLAs; at eight-figure spend, a production incident needs an answer at any hour.",
      target: "24x7 support with a 30-minute response for Severity 1 issues.",
      fallback: "24x7 support with a Severity 1 response in under 1 hour.",
      priority: "Critical",
    },
    {
      id: "SLA-02",
      ask: "Name the technical account managers and support engineers for your account, and document the escalation path.",
      why: "People who know your deployment fix it faster, and a written escalation path gets engineers on an outage within minutes.",
      target:
        "Named account managers and dedicated engineers, an escalation path in the contract, a shared Slack or Teams channel and regular operations reviews.",
      fallback: "A named technical account manager and a documented list of escalation contacts.",
      priority: "High",
    },
    {
      id: "SLA-03",
      ask: "Require a monthly uptime guarantee for the API or platform.",
      why: "The vendor's standard terms probably disclaim uptime, so it exists only if you add it; major cloud SLAs are the baseline.",
      target: "99.9% or better monthly uptime.",
      fallback:
        "99.9% monthly uptime for production endpoints, with lower targets accepted for non-production endpoints only.",
      priority: "Critical",
    },
    {
      id: "SLA-04",
      ask: "Attach service credits that grow with downtime whenever uptime falls below the guarantee.",
      why: "Credits put money at stake; without them an uptime figure is a promise with no consequence.",
      target: "Credits of 2% of the monthly fee for every 0.1% of uptime below 99.9%.",
      fallback:
        "Tiered credits at least equal to major cloud SLAs: 10% of the monthly fee below 99.9% and 25% below 99.0%.",
      priority: "Critical",
    },
    {
      id: "SLA-05",
      ask: "For an on-premises instance, define availability as the time to deliver replacement model files or bug fixes.",
      why: "When you host the model, uptime depends on how quickly the vendor can help restore a failed instance.",
      target:
        "Replacement model files or fixes within a stated number of hours of a reported failure.",
      fallback:
        "A committed restoration time for Severity 1 on-premises failures in the support agreement.",
      priority: "Medium",
    },
    {
      id: "SLA-06",
      ask: "Add a latency SLA on 95th-percentile response time for a normal payload.",
      why: "A service can be up and still too slow; interactive chat with users needs predictable response times.",
      target:
        "95th-percentile response under an agreed number of seconds for a standard payload, with credits when missed.",
      fallback:
        "Latency reported monthly against an agreed 95th-percentile target, with a remediation plan when missed.",
      priority: "High",
    },
    {
      id: "SLA-07",
      ask: "Forbid any drop in throughput or latency below the levels at signing when Anthropic changes infrastructure or models.",
      why: "Unannounced changes can slow your applications even while uptime looks perfect.",
      target:
        "Performance kept equal to or better than at signing through every infrastructure or model change.",
      fallback:
        "Advance notice of changes that may affect performance, and the right to stay on the prior setup until fixed.",
      priority: "High",
    },
    {
      id: "SLA-08",
      ask: "Set measurable response and resolution times for each incident severity level.",
      why: "Support without numbers cannot be enforced; a severity matrix makes each side's duty clear during an incident.",
      target:
        "Severity 1: 30-minute response, workaround or fix within 4 hours, work continuing until resolved; Severity 2: 2-hour response and a resolution plan within 1 business day.",
      fallback:
        "Severity 1 response under 1 hour with continuous effort, and Severity 2 response within 2 hours.",
      priority: "Critical",
    },
    {
      id: "SLA-09",
      ask: "Require a root cause analysis report after every major incident that affects you.",
      why: "Post-mortems show whether the vendor removed the cause, and they are evidence if you later claim breach.",
      target: "A written post-mortem for every Severity 1 incident.",
      fallback: "A root cause summary for any incident that triggers service credits.",
      priority: "High",
    },
    {
      id: "SLA-10",
      ask: "Add a durability commitment so that prompts and outputs Anthropic stores for you are never lost.",
      why: "Uptime covers the service, not its data; transcripts you rely on should survive a crash.",
      target:
        "Any logs or data kept for you are backed up and durable for as long as they are retained.",
      fallback: "A written description of how stored data is backed up, and notice of any loss.",
      priority: "Medium",
    },
  ],
};
