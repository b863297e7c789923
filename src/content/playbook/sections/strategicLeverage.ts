import type { PlaybookSection } from "../types";

/** Playbook section 8: using competition, publicity, roadmap influence and ecosystem ties as leverage. */
export const STRATEGIC_LEVERAGE: PlaybookSection = {
  code: "LEV",
  title: "Strategic Leverage",
  summary:
    "How to use competition, publicity, roadmap influence and ecosystem ties to improve every term.",
  example:
    "The CIO of a large e-commerce company collected rival bids from Anthropic and OpenAI for a multi-year, eight-figure contract, pressing Anthropic with OpenAI's larger rate limits and Microsoft's indemnity, and OpenAI with Anthropic's cheaper batch pricing. Anthropic cut costs by 20% and promised direct engineering support on condition of a joint press release, so the firm won a strong price and public standing as an AI leader.",
  items: [
    {
      id: "LEV-01",
      ask: "Let Anthropic see that OpenAI, Google and open-source models are under evaluation and could take part of the work.",
      why: "Enterprises increasingly run several AI providers side by side; a credible alternative keeps price and terms competitive.",
      target:
        "Competing proposals in hand and a stated readiness to shift a share of workloads if terms fall short.",
      fallback: "At least one competing proposal for a comparable workload.",
      priority: "High",
    },
    {
      id: "LEV-02",
      ask: "Trade a public reference, case study or joint announcement for an extra discount or free extras.",
      why: "Fortune 500 logos carry big marketing value for a young vendor, so give that value only in return for concessions.",
      target:
        "An extra discount, added feature access or consulting hours in return for reference rights.",
      fallback:
        "Reference rights limited in scope and time, in exchange for at least one named concession.",
      priority: "Medium",
    },
    {
      id: "LEV-03",
      ask: "Bar Anthropic from naming you in marketing without your written consent.",
      why: "If you prefer privacy, default publicity rights would give away both confidentiality and a bargaining chip.",
      target: "No use of your name or logo without prior written consent.",
      fallback: "Consent required for each public use beyond a plain customer list.",
      priority: "Medium",
    },
    {
      id: "LEV-04",
      ask: "Get a roadmap addendum listing the features you need and the dates Anthropic will aim to deliver them.",
      why: "Your spend earns influence; dated commitments shape the product to your needs and add leverage at renewal.",
      target:
        "A roadmap addendum naming features such as an industry knowledge pack, an on-premises version or fine-tuning, with target dates.",
      fallback: "Regular roadmap briefings and a written record of the features you requested.",
      priority: "Medium",
    },
    {
      id: "LEV-05",
      ask: "Ask for a seat on Anthropic's customer advisory board.",
      why: "A board seat gives you a voice in how Claude evolves over the term.",
      target: "A standing seat on the customer advisory board for the term.",
      fallback: "Invitations to advisory sessions on features that matter to you.",
      priority: "Low",
    },
    {
      id: "LEV-06",
      ask: "Propose a most-favored-customer clause covering customers of similar size.",
      why: "Vendors rarely agree, but raising it often brings a further discount to settle the point.",
      target:
        "Throughout your term, no comparably sized customer gets a lower overall price or a larger discount.",
      fallback: "An added discount offered in place of the clause.",
      priority: "Medium",
    },
    {
      id: "LEV-07",
      ask: "Schedule a mid-term market price benchmark, with repricing or an exit right if Anthropic is well above market.",
      why: "AI prices move fast; a benchmark clause keeps the contract in line with the market during the term.",
      target:
        "A benchmark at 12 or 18 months, third-party if needed, with good-faith repricing or an early termination right if prices are far above market.",
      fallback: "A benchmark review at 18 months with a duty to renegotiate in good faith.",
      priority: "High",
    },
    {
      id: "LEV-08",
      ask: "Use your volume to obtain extras at no charge: expert hours, training credits, premium features and early model access.",
      why: "Volume earns every enterprise perk on offer; extras cost the vendor little and save you real money.",
      target:
        "Free expert hours on prompting and fine-tuning, premium features enabled, and priority access to new models.",
      fallback: "A fixed block of free expert hours on prompting or fine-tuning.",
      priority: "Medium",
    },
    {
      id: "LEV-09",
      ask: "Bring in your AWS or Google account teams and use existing cloud commitments to offset the cost of Claude.",
      why: "Amazon has invested $4B in Anthropic and gains when Claude runs on AWS; joint pressure can unlock credits or spend offsets.",
      target:
        "Claude usage through Bedrock counting toward your AWS committed spend, or AWS credits offsetting Anthropic costs.",
      fallback: "A joint meeting with the AWS account team to seek credits or a co-funded deal.",
      priority: "Medium",
    },
  ],
};
