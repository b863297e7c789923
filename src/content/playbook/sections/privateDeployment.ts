import type { PlaybookSection } from "../types";

/** Playbook section 3: obtaining an isolated or on-premises Claude deployment and the terms it needs. */
export const PRIVATE_DEPLOYMENT: PlaybookSection = {
  code: "DEP",
  title: "On-Premises and Private Deployment",
  summary:
    "How to obtain an isolated or on-premises Claude deployment and the licensing, support and security terms it requires.",
  example:
    "A European insurer subject to strict data-locality rules wanted Claude hosted privately inside its home country; Anthropic's first offer was its shared cloud, but the CIO refused, citing compliance duties and Cohere's on-premises option. Claude ended up in a dedicated AWS VPC in that country, and the contract promised that neither other customers nor Anthropic employees could reach it unless the insurer agreed. The setup cost extra, yet it satisfied the regulators and became a model for Anthropic's later large contracts.",
  items: [
    {
      id: "DEP-01",
      ask: "Negotiate a Claude instance dedicated to your organization, in a single-tenant cloud such as your own AWS VPC or on your own hardware.",
      why: "A sequestered instance keeps your workloads apart from everyone else's and gives the most control over data and its location.",
      target:
        "A Claude instance serving only you, in a single-tenant environment in your VPC or your data center.",
      fallback:
        "A single-tenant instance that Anthropic operates in a private cloud, in the region you require.",
      priority: "High",
    },
    {
      id: "DEP-02",
      ask: "Pin down what an on-premises license fee covers, including whether improved Claude versions are included.",
      why: "On-premises use is usually priced as an annual or multi-year license plus support and updates rather than per token; vague scope invites extra charges.",
      target:
        "One license fee that includes support, updates and upgrades to new Claude versions for the term.",
      fallback: "A fixed, pre-agreed upgrade price for new versions, stated in the license.",
      priority: "High",
    },
    {
      id: "DEP-03",
      ask: "Make the usage rights cover every environment you need, including development, testing and disaster recovery.",
      why: "A license limited to one production instance forces extra fees for the non-production copies every serious deployment runs.",
      target:
        "Unlimited non-production environments plus a disaster-recovery instance at no extra fee.",
      fallback:
        "A stated number of instances that includes at least one test and one disaster-recovery environment.",
      priority: "High",
    },
    {
      id: "DEP-04",
      ask: "Include Anthropic implementation services to install and tune the model on your infrastructure.",
      why: "You will run a complex system you did not build; vendor engineers shorten the rollout and cut early failures.",
      target:
        "Implementation services included, with onsite engineers during initial deployment and each major upgrade.",
      fallback: "Remote implementation support from a named engineer through go-live.",
      priority: "Medium",
    },
    {
      id: "DEP-05",
      ask: "Set support response times that apply specifically to the on-premises deployment.",
      why: "Standard support assumes the vendor runs the service; incidents on your own infrastructure need their own commitments.",
      target:
        "On-premises incidents handled under the same severity response times as the cloud SLA, 30 minutes for Severity 1.",
      fallback:
        "Guaranteed response times for on-premises Severity 1 and Severity 2 issues, written into the support agreement.",
      priority: "High",
    },
    {
      id: "DEP-06",
      ask: "Require integrity artifacts such as hashes of the model files, and a defined channel for security patches and alignment updates.",
      why: "Hosting the model yourself does not remove risk; you must be able to verify what you received and keep it patched.",
      target:
        "Published hashes for every model release and a documented process for vulnerability and alignment fixes.",
      fallback: "Hashes supplied on request and written notice of every security-relevant update.",
      priority: "High",
    },
    {
      id: "DEP-07",
      ask: "Agree how the delivered model weights are protected, including encryption hardware and the response to copy attempts.",
      why: "Both sides carry risk if weights leak; clear rules now stop the vendor from imposing intrusive controls later.",
      target:
        "A written protection scheme, for example hardware encryption modules, with agreed duties if copying is attempted.",
      fallback:
        "A documented description of the weight protection measures and who is responsible for each.",
      priority: "Medium",
    },
    {
      id: "DEP-08",
      ask: "Restrict vendor access to your deployment: maintenance only after you approve it, no remote kill switch, and a defined telemetry list.",
      why: "A vendor path into your environment would undo the control that justified a private deployment in the first place.",
      target:
        "Access only with your prior approval, no remote disable capability, and telemetry limited to a list you approve.",
      fallback:
        "Logged, approval-based access and a written list of all telemetry sent to Anthropic.",
      priority: "Critical",
    },
    {
      id: "DEP-09",
      ask: "If Anthropic resists private deployment, point to Cohere's on-premises offer and to self-hosted open-source models.",
      why: "Credible alternatives for strict privacy needs often push the vendor toward a creative solution.",
      target: "A dedicated private deployment that meets your strictest privacy requirement.",
      fallback:
        "A single-tenant Claude instance hosted and operated by Anthropic in a private cloud.",
      priority: "Medium",
    },
  ],
};
