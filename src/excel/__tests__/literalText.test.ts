import { asLiteralCellText } from "../literalText";

describe("asLiteralCellText", () => {
  it.each(["=SUM(A1:A3)", "+44 20 7946 0000", "-5% off", "@mention", "'quoted'"])(
    "marks %j as text, since Excel would read it as a formula or eat its apostrophe",
    (text) => {
      expect(asLiteralCellText(text)).toBe(`'${text}`);
    }
  );

  it.each(["0012", "1.5", ".5", "(5)", "$10", "#N/A", "TRUE", " false ", "2024-01-31"])(
    "marks %j as text, since Excel would turn it into a number, error or boolean",
    (text) => {
      expect(asLiteralCellText(text)).toBe(`'${text}`);
    }
  );

  it.each(["", "Agreed", "SLA-01", "Not started", " =spaced", "a=b", "True story"])(
    "leaves %j as it is",
    (text) => {
      expect(asLiteralCellText(text)).toBe(text);
    }
  );
});
