/**
 * Why a DEAL.ROLLOVER call cannot be written as a ledger, in words for the user: an argument whose
 * cells the ledger cannot know (a defined name, a formula that may give a list) or that does not
 * fit the call (a usage list shorter than the periods it spilled).
 */
export class LedgerUnsupported extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LedgerUnsupported";
  }
}
