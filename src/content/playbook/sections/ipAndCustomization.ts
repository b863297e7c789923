import type { PlaybookSection } from "../types";

/** Playbook section 5: ownership of data, outputs, fine-tuned models and joint work, and how updates arrive. */
export const IP_AND_CUSTOMIZATION: PlaybookSection = {
  code: "IPR",
  title: "IP, Customization and Retraining",
  summary:
    "Who owns your data, outputs, fine-tuned models and joint work, and how model updates reach your deployment.",
  example:
    "A healthcare company that tuned Claude on sensitive medical records won a clause keeping that tuned model logically isolated and reserved for its own account. On termination the tuned weights would go, protected, to a neutral escrow agent so the company could host them itself, and Anthropic also agreed to defend any lawsuit, and pay its costs, if Claude's medical answers reproduced licensed journal text.",
  items: [
    {
      id: "IPR-01",
      ask: "Define Customer Data to include every prompt you send and every output Claude returns, all owned by you.",
      why: "A broad definition underpins every other data protection; if outputs are left out, they fall outside your confidentiality rights.",
      target:
        "Prompts and outputs defined as your confidential information and IP, with all rights retained by you.",
      fallback:
        "Prompts and outputs both treated as your confidential information under the agreement.",
      priority: "Critical",
    },
    {
      id: "IPR-02",
      ask: "Restrict Anthropic to using your data only to provide the service to you.",
      why: "The enterprise pitch already promises no training on your data; the contract should make that binding and close every other use too.",
      target:
        "No license to your data beyond operating Claude for you, and no use of it to improve models for anyone else.",
      fallback:
        "A written ban on training with your data, plus confidentiality terms for any other processing.",
      priority: "Critical",
    },
    {
      id: "IPR-03",
      ask: "State that you own all outputs Claude generates for your prompts and that Anthropic claims no copyright in them.",
      why: "Outputs may end up in your products or knowledge base; unclear ownership puts that work at risk.",
      target:
        "Full ownership of all generated text, code and other outputs, with Anthropic claiming none.",
      fallback:
        "An assignment of any rights Anthropic may hold in outputs, or an irrevocable royalty-free license to use them.",
      priority: "High",
    },
    {
      id: "IPR-04",
      ask: "Obtain IP indemnity from Anthropic against third-party claims over Claude's outputs.",
      why: "OpenAI, Microsoft and Google now indemnify enterprise customers; without it, a claim that generated code infringes a patent lands on you alone.",
      target:
        "Anthropic defends and pays for third-party IP claims arising from outputs when you use the model as intended.",
      fallback:
        "Indemnity conditional on following Anthropic's usage guidelines, at least as broad as rival vendors offer.",
      priority: "Critical",
    },
    {
      id: "IPR-05",
      ask: "Secure exclusive use of any model fine-tuned on your data, with no reuse or resale by Anthropic without your permission.",
      why: "A fine-tuned model embodies your data and know-how; if others can use it, your advantage goes to them.",
      target:
        "Ownership of the fine-tuned model, or sole access to it, logically isolated and used only for your account.",
      fallback: "A written bar on reuse or resale of the fine-tuned model without your consent.",
      priority: "High",
    },
    {
      id: "IPR-06",
      ask: "Keep access to your fine-tuned model if the contract ends, ideally through its weights held in escrow.",
      why: "Vendors resist handing over weights, but losing the custom model at exit throws away your tuning investment.",
      target:
        "The fine-tuned weights delivered to you or held in escrow, released on termination under agreed conditions.",
      fallback:
        "Continued use of the frozen fine-tuned model after termination, with your fine-tuning data and IP kept separable.",
      priority: "High",
    },
    {
      id: "IPR-07",
      ask: "Require notice and a testing period before any new model version replaces the one you run.",
      why: "Swapping base weights without warning can break fine-tunes and carefully engineered prompts.",
      target:
        "Advance notice of new versions, a testing window, and the right to stay on the previous version for a defined time.",
      fallback:
        "Advance notice of version changes and a documented way to pin your current version for a limited period.",
      priority: "High",
    },
    {
      id: "IPR-08",
      ask: "Confirm that new Claude versions within your contract scope come at your contracted prices.",
      why: "Upgrades should not become a back door to higher charges, such as a surcharge for the next major model.",
      target: "Access to new in-scope versions at contract rates with no surcharge.",
      fallback: "New versions offered at list price less your contract discount.",
      priority: "Medium",
    },
    {
      id: "IPR-09",
      ask: "Settle who owns co-developed code and integrations, and whether Anthropic may fold them into its product.",
      why: "When both teams build together, unclear ownership lets your investment become the vendor's general feature.",
      target:
        "You own what you build, Anthropic reuses it only with your consent, and custom features you sponsor stay exclusive to you for an agreed period.",
      fallback:
        "Joint ownership with your right to use, modify and keep co-developed work without fees.",
      priority: "Medium",
    },
  ],
};
