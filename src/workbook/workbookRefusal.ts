/** Why an insert changed nothing, in words for the user; thrown by WorkbookService methods. */
export class WorkbookRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookRefusal";
  }
}
