import type { PlaybookSection } from "../types";

/** Playbook section 7: security certifications, regulatory duties and controls on model behavior and change. */
export const SECURITY_AND_MODEL_BEHAVIOR: PlaybookSection = {
  code: "SEC",
  title: "Security, Compliance and Model Behavior",
  summary:
    "Security certifications, regulatory duties and controls on what the model may output and how it changes.",
  example:
    "Worried that the AI could give bad guidance on plant safety procedures, a global manufacturer's CIO wrote in a model-behavior clause: Anthropic handed over a written account of how Claude is aligned and met the firm's team every quarter to review output problems and further tuning. A failsafe let the firm halt use immediately if Claude broke agreed rules, for instance by suggesting a way around safety protocols, until Anthropic retrained or patched it.",
  items: [
    {
      id: "SEC-01",
      ask: "Require proof of SOC 2 Type II and ISO 27001 certification, or a contractual deadline to obtain them.",
      why: "Your security baseline applies to every supplier; a young vendor still working toward certification must commit to a date.",
      target: "Current SOC 2 Type II and ISO 27001 certificates, maintained for the whole term.",
      fallback:
        "A binding date to achieve both certifications, with an exit right if it is missed.",
      priority: "Critical",
    },
    {
      id: "SEC-02",
      ask: "Oblige Anthropic to patch vulnerabilities in Claude and its supporting systems promptly and to tell you of critical ones without delay.",
      why: "Unpatched flaws in the model or its platform expose your data and your users.",
      target: "Prompt patching of all vulnerabilities and immediate notice of critical ones.",
      fallback:
        "Notice of critical vulnerabilities affecting your use and a documented patch timeline.",
      priority: "High",
    },
    {
      id: "SEC-03",
      ask: "Name the sector regimes Anthropic must stay compliant with, such as HIPAA for health data or FedRAMP for US government work.",
      why: "Anthropic has said it offers HIPAA-compliant options for enterprises; regulated workloads need that as a contractual duty.",
      target:
        "Ongoing compliance with every regime your workloads require, stated in the contract.",
      fallback:
        "Compliance with the regimes in scope at signing, plus a committed date for the rest.",
      priority: "High",
    },
    {
      id: "SEC-04",
      ask: "Require Anthropic to comply with applicable AI laws and to help you comply, including with information about Claude.",
      why: "Laws like the EU AI Act may demand transparency and risk assessments that only the vendor has the facts for.",
      target:
        "Compliance with all applicable AI laws, plus documentation on request about the model's training data, its known risks and how they are mitigated.",
      fallback: "A duty to supply the model information that regulators require of you.",
      priority: "High",
    },
    {
      id: "SEC-05",
      ask: "Get the option to exit or reopen the contract if new rules make your use non-compliant or unlawful.",
      why: "Paying on for a service the law no longer lets you use is pure loss.",
      target:
        "Termination without penalty, or renegotiation at your option, when regulation blocks lawful use.",
      fallback: "Good-faith renegotiation within a fixed period, then termination without penalty.",
      priority: "High",
    },
    {
      id: "SEC-06",
      ask: "Obtain the right to add your own controls on Claude's outputs, such as content filters and allow or block lists.",
      why: "Constitutional AI makes Claude safer, but no model is perfect, and your policies may forbid content the defaults allow.",
      target:
        "Configurable content filtering and allow or block lists for your instance, plus a view of the safety configuration and a say in its guidelines.",
      fallback:
        "A content filtering option and Anthropic's content guidelines shared with you in writing.",
      priority: "High",
    },
    {
      id: "SEC-07",
      ask: "Get a warranty of no known backdoors or hidden unsafe behavior, and notice of any substantial change to alignment or safety settings.",
      why: "Accuracy cannot be warranted for a probabilistic model, but due care and the absence of known malicious behavior can, and quiet safety changes break controls.",
      target:
        "A warranty of due care and no known backdoor, malicious or illegal behavior, plus advance notice of substantial alignment or safety changes.",
      fallback:
        "A warranty of no intentional backdoors and notice of substantial safety changes when they are made.",
      priority: "High",
    },
    {
      id: "SEC-08",
      ask: "Treat repeated, unfixed violations of agreed output guidelines as a material breach that lets you terminate.",
      why: "Vendors disclaim liability for outputs, yet a model that keeps producing biased or defamatory text against instructions misses the agreed standard.",
      target:
        "A termination right after repeated, unfixed guideline violations, with the model held to a helpful, honest and harmless standard.",
      fallback:
        "A duty on Anthropic to remedy repeated violations within an agreed time, and no clause placing all blame on you.",
      priority: "Medium",
    },
    {
      id: "SEC-09",
      ask: "Make Anthropic bear regulatory penalties caused by its model outputs or its handling of your data.",
      why: "A GDPR fine from the vendor's data handling, or an AI Act breach from missing documentation, should not fall on you.",
      target:
        "Indemnity for fines and costs caused by Anthropic's processing, outputs or missing documentation.",
      fallback:
        "Indemnity for penalties caused by Anthropic's own data handling, within the liability cap.",
      priority: "High",
    },
    {
      id: "SEC-10",
      ask: "Reserve a sandbox phase to test the model for security, safety and bias before go-live and before each upgrade.",
      why: "A model is a software deliverable like any other, so it should pass your tests before you rely on it.",
      target:
        "Sandbox validation before go-live and upgrades, with Anthropic committed to fixes such as tuning or guardrails if results fall short.",
      fallback: "A pre-release test window for upgrades and a best-effort mitigation plan.",
      priority: "High",
    },
    {
      id: "SEC-11",
      ask: "Get full access to usage logs showing who asked what and when, and a channel for reporting problem outputs.",
      why: "When an auditor asks whether the AI ever gave prohibited advice, only logs can answer; flagged outputs should lead to fixes.",
      target:
        "Complete logs of queries, users, times and responses via the portal or on request, plus an issue channel that feeds model or configuration fixes.",
      fallback:
        "Logs of queries, users and times on request, and a named contact for reported output issues.",
      priority: "High",
    },
    // Playbook, "Security, Compliance & Model Behavior Constraints", real-world example (read 2026-11).
    {
      id: "SEC-12",
      ask: "Reserve the right to suspend use at once, without fees, when outputs break the behaviour rules you agreed.",
      why: "In a high-stakes use one harmful answer can cost more than the contract; you must be able to stop before the vendor fixes it.",
      target:
        "Immediate suspension of use, with fees paused, whenever outputs break specific agreed rules, until Anthropic retrains or patches the model.",
      fallback:
        "Suspension of the affected use case after notice, with a short cure period and fee credits while it is suspended.",
      priority: "High",
    },
    // Playbook, "Security, Compliance & Model Behavior Constraints", real-world example (read 2026-11).
    {
      id: "SEC-13",
      ask: "Set a quarterly behaviour review with Anthropic to go through output issues and further tuning.",
      why: "A model's behaviour drifts with updates and new uses; a fixed review keeps problems on the vendor's agenda.",
      target:
        "A quarterly review of output issues with Anthropic's team, with agreed tuning actions and Claude's alignment principles shared in writing.",
      fallback: "A review twice a year, and a named contact for behaviour issues between reviews.",
      priority: "Medium",
    },
  ],
};
