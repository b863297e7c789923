import type { PlaybookSection } from "../types";

/** Playbook section 9: term length, renewal pricing, review points and exit rights. */
export const RENEWALS_TERM_AND_EXIT: PlaybookSection = {
  code: "REN",
  title: "Renewals, Term and Exit",
  summary:
    "Term length, renewal pricing, review points and exit rights that keep the deal adjustable as the market moves.",
  example:
    "A tech firm's contract carried an innovation exit: if a rival offered a better model at lower cost, the firm could leave after 18 months by presenting benchmark and pricing evidence and giving Anthropic a chance to match. Anthropic kept improving Claude and lowered the firm's price at renewal before being asked, while a separate clause let the firm walk away after two SLA breaches, which kept uptime high.",
  items: [
    {
      id: "REN-01",
      ask: "Keep the initial term short, 1 or 2 years with options to renew, rather than accepting a long lock-in.",
      why: "AI moves fast; a 5-year commitment can leave you paying for outdated technology, even if a 2 to 3 year term buys better pricing.",
      target: "An initial term of 1 or 2 years, renewable at your option.",
      fallback:
        "A 3-year term at most, paired with later-year price protection and the exit rights in this section.",
      priority: "High",
    },
    {
      id: "REN-02",
      ask: "Protect the later years of any multi-year term with a cap on increases or a fixed discount schedule.",
      why: "Setting later-year prices at signing stops the vendor from reopening rates once you depend on the service.",
      target: "A predefined schedule of falling prices for each later year of the term.",
      fallback: "A fixed percentage cap on any yearly price increase during the term.",
      priority: "High",
    },
    {
      id: "REN-03",
      ask: "Ramp the commitment: a smaller first year for pilot and integration, then a larger second year.",
      why: "Paying for full volume before value is proven puts money at risk during the slowest phase of adoption.",
      target: "A year-1 commitment sized for the pilot, rising in year 2 once value is proven.",
      fallback: "A year-1 commitment with the right to defer part of it into year 2.",
      priority: "Medium",
    },
    {
      id: "REN-04",
      ask: "Block automatic renewal on unchanged terms by making renewal depend on mutual agreement on price and terms.",
      why: "Auto-renewal removes your chance to renegotiate at the point of greatest leverage.",
      target: "Renewal only by mutual agreement on pricing and terms.",
      fallback: "The right to end the contract at term end without penalty.",
      priority: "High",
    },
    {
      id: "REN-05",
      ask: "Cap any price increase at renewal.",
      why: "If Claude's popularity soars, the vendor may try to double rates just when switching is hardest for you.",
      target:
        "Renewal prices no more than 5% above the prior term's prices, unless scope changes significantly.",
      fallback:
        "A written renewal cap tied to a public price index, with new prices announced well before the term ends.",
      priority: "Critical",
    },
    {
      id: "REN-06",
      ask: "Schedule a formal review at 12 months to realign scope, volume and price with actual use.",
      why: "Value and usage rarely match the forecast; a checkpoint lets you cut scope, exit cheaply, or commit more for better rates.",
      target:
        "A 12-month review with the right to renegotiate scope or terminate with minimal penalty, and better unit rates if you raise the commitment.",
      fallback: "A 12-month review with a duty on both sides to renegotiate scope in good faith.",
      priority: "High",
    },
    {
      id: "REN-07",
      ask: "Secure the right to exit without penalty for non-performance, such as repeated SLA misses or missed key deliverables.",
      why: "An exit right gives the SLA real teeth and protects you if promises such as a private deployment never arrive.",
      target: "Exit without penalty after two SLA breaches or any missed key deliverable.",
      fallback:
        "Exit without penalty once SLA targets are missed for a defined run of consecutive months.",
      priority: "Critical",
    },
    {
      id: "REN-08",
      ask: "Add exit rights for when regulation forbids your use, or a model update badly degrades quality and Anthropic cannot fix it.",
      why: "If a new law classes the model as high-risk and you halt use, or quality falls below agreed specs, you should not keep paying.",
      target:
        "Termination without penalty for a regulatory ban or for an uncured regression below agreed specifications.",
      fallback:
        "Termination for a regulatory ban, and a cure period followed by reduced fees for quality regressions.",
      priority: "High",
    },
    {
      id: "REN-09",
      ask: "Keep a right to terminate for convenience on notice, for a defined fee.",
      why: "Strategies change; a known exit fee costs far less than paying out the rest of a multi-year term.",
      target: "Termination for convenience on 60 days notice with a fee equal to 3 months of fees.",
      fallback:
        "Termination for convenience with a reduced commitment fee well below the remaining contract value.",
      priority: "High",
    },
    {
      id: "REN-10",
      ask: "Spell out the exit for your data and custom models: export, certified deletion and handover of any fine-tuned model.",
      why: "A clean separation means getting your data back, leaving nothing behind, and no lingering dependency on the vendor.",
      target:
        "Full export of your data and logs, deletion certified in writing, and delivery of any custom model.",
      fallback:
        "Data export and certified deletion, with any custom model held for you for a set period in case you return.",
      priority: "Critical",
    },
    {
      id: "REN-11",
      ask: "Agree renewal incentives at signing, such as an extra discount, bonus credits or a better support tier.",
      why: "A pre-agreed reward makes renewing easy if the partnership works, and costs you nothing if it does not.",
      target:
        "A set discount or bonus credits on renewal, plus an upgraded support tier at no extra cost.",
      fallback:
        "A written commitment that renewal terms will be at least as good as the current ones.",
      priority: "Medium",
    },
    // Playbook, "Renewals, Term & Exit", real-world example (read 2026-11).
    {
      id: "REN-12",
      ask: "Add an innovation exit: leave after 18 months if a rival offers a better model for less and Anthropic does not match it.",
      why: "Models and prices change fast; an exit that needs evidence and offers a match keeps the vendor competitive without a walk-away threat.",
      target:
        "Exit without penalty from month 18 on evidence of a better, cheaper rival model (benchmarks and pricing), after Anthropic declines to match.",
      fallback:
        "A benchmark review at 18 months, with the right to exit at the agreed termination fee if Anthropic will not match.",
      priority: "High",
    },
  ],
};
