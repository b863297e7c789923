import { qualifyReferences } from "../qualifyReferences";

describe("qualifying a formula's references for another sheet", () => {
  it("names the sheet and fixes each reference, ranges as one", () => {
    expect(qualifyReferences("K60:K95", "DEAL model")).toBe("'DEAL model'!$K$60:$K$95");
    expect(qualifyReferences('IF($C$41="",C$30+1,$C41)', "Bob's plan")).toBe(
      "IF('Bob''s plan'!$C$41=\"\",'Bob''s plan'!$C$30+1,'Bob''s plan'!$C$41)"
    );
  });

  it("leaves constants, references to other sheets and a leading = alone", () => {
    expect(qualifyReferences("=100", "S")).toBe("100");
    expect(qualifyReferences("{80;100;120}", "S")).toBe("{80;100;120}");
    expect(qualifyReferences("'Usage plan'!B2:B37", "S")).toBe("'Usage plan'!B2:B37");
  });
});
