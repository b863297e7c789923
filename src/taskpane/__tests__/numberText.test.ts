import {
  formatNumber,
  formatNumberList,
  parseNumber,
  parseNumberList,
  sameNumber,
  sameNumberList,
} from "../text/numberText";

describe("numbers in the form's fields", () => {
  it("shows fractions as percentages and reads them back, exactly", () => {
    expect(formatNumber(0.2, "percent")).toBe("20");
    expect(formatNumber(0.07, "percent")).toBe("7");
    expect(formatNumber(0.999, "percent")).toBe("99.9");
    expect(formatNumber(-0.15, "percent")).toBe("-15");
    expect(parseNumber("7", "percent")).toBe(0.07);
    expect(parseNumber("99.9", "percent")).toBe(0.999);
    expect(parseNumber(" -15 ", "percent")).toBe(-0.15);
    for (const fraction of [0, 0.001, 0.02, 0.1, 0.3, 1, 1.1, 0.9995]) {
      expect(parseNumber(formatNumber(fraction, "percent"), "percent")).toBe(fraction);
    }
  });

  it("shows money and tokens as they are", () => {
    expect(formatNumber(20_000, "plain")).toBe("20000");
    expect(parseNumber("600000", "plain")).toBe(600_000);
    expect(formatNumber(Infinity, "plain")).toBe("Infinity");
  });

  it("reads an empty field as none and anything else that is not a number as NaN", () => {
    expect(parseNumber("  ", "plain")).toBeNull();
    expect(parseNumber("", "percent")).toBeNull();
    expect(parseNumber("abc", "percent")).toBeNaN();
    expect(formatNumber(null, "plain")).toBe("");
    expect(formatNumber(NaN, "percent")).toBe("");
  });

  it("keeps the user's text while it stands for the stored number", () => {
    expect(sameNumber(parseNumber("7.", "percent"), 0.07)).toBe(true);
    expect(sameNumber(parseNumber("abc", "plain"), NaN)).toBe(true);
    expect(sameNumber(parseNumber("", "plain"), NaN)).toBe(true);
    expect(sameNumber(parseNumber("7", "percent"), 0.7)).toBe(false);
  });
});

describe("a list of numbers in a field", () => {
  it("shows and reads percentages exactly, separated by commas, semicolons or spaces", () => {
    expect(formatNumberList([0, 0.2, 0.07, 2], "percent")).toBe("0, 20, 7, 200");
    expect(parseNumberList("0, 20;7  200", "percent")).toEqual([0, 0.2, 0.07, 2]);
    expect(parseNumberList(" 0, 20, ", "percent")).toEqual([0, 0.2]);
    expect(parseNumberList("", "plain")).toEqual([]);
  });

  it("reads an entry that is not a number as NaN, so that the settings' problems name it", () => {
    expect(parseNumberList("0, x, 40", "percent")).toEqual([0, NaN, 0.4]);
    expect(sameNumberList([0, NaN], [0, NaN])).toBe(true);
    expect(sameNumberList([0, 0.2], [0, 0.2, 0.4])).toBe(false);
  });
});
