import type { PlaybookSection } from "../types";

/** Playbook section 6: binding limits on data use, retention and location, and the rights to verify them. */
export const DATA_PRIVACY_AND_AUDIT: PlaybookSection = {
  code: "DAT",
  title: "Data Privacy, Retention and Audit",
  summary:
    "Binding limits on how your data is used, how long it is kept, where it lives and how compliance is proven.",
  example:
    "A finance firm signed a tight data-handling addendum under which Anthropic deleted every prompt and output from its system logs within 24 hours, cleared cached data each day, and faced an independent audit every year proving the firm's data had neither trained a model nor leaked. Its CISO additionally obtained the right to penetration-test, from time to time, the dedicated environment Anthropic had set up, which kept the firm in line with its own policies and its regulators.",
  items: [
    {
      id: "DAT-01",
      ask: "Put in writing that your prompts and outputs will never be used for model training or shown to any other customer.",
      why: "A marketing promise has no legal force; Azure OpenAI already commits to this, so it is an industry norm to hold the vendor to.",
      target: "A contractual ban on training with, or sharing of, your prompts and outputs.",
      fallback:
        "The no-training commitment placed in the data processing addendum, with audit evidence on request.",
      priority: "Critical",
    },
    {
      id: "DAT-02",
      ask: "Ask for zero data retention, or the shortest logging window you can get.",
      why: "Every stored prompt is exposure; OpenAI offers enterprises a zero-retention mode, so Anthropic can be asked to match it.",
      target:
        "Zero retention, or at most 24 hours in any log for prompts and outputs, with cached data cleared daily.",
      fallback:
        "Automatic deletion after 30 days at most, with longer keeping only for debugging you approve.",
      priority: "Critical",
    },
    {
      id: "DAT-03",
      ask: "Keep the right to have specific data deleted on demand.",
      why: "Sensitive data sometimes gets logged by mistake, and you need a fast way to erase it.",
      target: "Deletion of any named data on request, confirmed in writing.",
      fallback: "Deletion on request within an agreed number of days, with written confirmation.",
      priority: "High",
    },
    {
      id: "DAT-04",
      ask: "Fix where your data is processed and stored, and bar transfers out of named jurisdictions without your consent.",
      why: "Residency rules such as keeping data in the EU cannot be met if the vendor may move it; its cloud partners make regional hosting feasible.",
      target:
        "Processing and storage only in data centers in your required region, the EU for example, with no transfer without written consent.",
      fallback: "Storage in the required region and advance notice of any processing outside it.",
      priority: "High",
    },
    {
      id: "DAT-05",
      ask: "Secure audit rights over Anthropic's data handling, security controls and compliance.",
      why: "Commitments you cannot check are hard to enforce, and regulators may ask you for the evidence.",
      target:
        "The right to review procedures and audit on site, directly or through a third-party auditor, against SOC 2, ISO 27001 or standards you set.",
      fallback:
        "Regular compliance evidence: SOC 2 Type II reports and penetration test summaries each year.",
      priority: "High",
    },
    {
      id: "DAT-06",
      ask: "Require notice of any breach affecting your data faster than the law demands, followed by a full incident report.",
      why: "Legal deadlines are a floor; your own duties to regulators and customers start the moment your data is exposed.",
      target:
        "Immediate notice of any security incident touching your data, then a detailed written report.",
      fallback:
        "Notice within the shortest legal deadline that applies to you, plus a written incident report.",
      priority: "Critical",
    },
    {
      id: "DAT-07",
      ask: "Specify TLS encryption for all data in transit and strong encryption for any data stored at rest.",
      why: "Encryption limits the damage if traffic is intercepted or storage is breached.",
      target: "TLS on all traffic and strong encryption at rest for anything stored.",
      fallback: "Encryption standards documented in the security addendum.",
      priority: "High",
    },
    {
      id: "DAT-08",
      ask: "Enable single sign-on, role-based access and audit logs for your account as part of the package.",
      why: "Least-privilege access and logs let your security team control and watch how staff use the AI; Claude Enterprise supports them natively.",
      target: "SSO, role-based access and audit logs included at no extra cost.",
      fallback: "SSO and audit logs included, with role-based access promised by a set date.",
      priority: "High",
    },
    {
      id: "DAT-09",
      ask: "On shared infrastructure, require that your data is kept logically apart from every other customer's.",
      why: "Multi-tenant systems risk bleed-over between customers; written segregation turns isolation into an obligation.",
      target:
        "Your data segregated and encrypted under customer-specific keys used for no one else.",
      fallback: "A written commitment to keep your conversations and API calls logically separate.",
      priority: "Medium",
    },
    // Playbook, "Data Privacy, Retention, & Audit Rights", real-world example (read 2026-11).
    {
      id: "DAT-10",
      ask: "Secure the right to penetration-test the dedicated environment Anthropic runs for you.",
      why: "Certificates describe the vendor's controls in general; your own test shows whether the environment holding your data resists attack.",
      target:
        "The right to penetration-test your dedicated environment periodically, with your own team or a tester you choose.",
      fallback:
        "Penetration-test summaries of your environment from an independent tester each year, with the findings' fixes tracked.",
      priority: "High",
    },
    // Playbook, "Data Privacy, Retention, & Audit Rights", real-world example (read 2026-11).
    {
      id: "DAT-11",
      ask: "Require an annual third-party audit confirming that none of your data was used to train a model or exposed.",
      why: "A no-training promise is only as good as its proof; an independent audit each year turns it into evidence for your regulators.",
      target:
        "An annual audit by an independent third party affirming that none of your data was used in model training or exposed.",
      fallback:
        "An annual written attestation from Anthropic, backed by its SOC 2 Type II report, that none of your data was used in training.",
      priority: "High",
    },
  ],
};
