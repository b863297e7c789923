/** Why a formula cannot be read or evaluated here; the caller decides what that means. */
export class FormulaUnsupported extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormulaUnsupported";
  }
}
