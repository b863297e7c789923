import { cellMatrix, officeCell, officeValue } from "../cellMatrix";

describe("officeValue", () => {
  it("writes null as a blank, protects text, keeps numbers and booleans", () => {
    expect(officeValue(null)).toBe("");
    expect(officeValue("=1+1")).toBe("'=1+1");
    expect(officeValue(0.25)).toBe(0.25);
    expect(officeValue(false)).toBe(false);
  });
});

describe("officeCell", () => {
  it("writes DEAL's formulas as they are", () => {
    expect(officeCell({ formula: "=A1*2" })).toBe("=A1*2");
    expect(officeCell({ value: "=A1*2" })).toBe("'=A1*2");
  });
});

describe("cellMatrix", () => {
  it("sets values when no cell holds a formula", () => {
    expect(
      cellMatrix([
        [{ value: "a" }, { value: 1 }],
        [{ value: null }, { value: "-x" }],
      ])
    ).toEqual({
      property: "values",
      cells: [
        ["a", 1],
        ["", "'-x"],
      ],
    });
  });

  it("sets formulas when any cell holds one, literal cells still protected", () => {
    expect(cellMatrix([[{ value: "+text" }, { formula: "=ROWS(T)" }]])).toEqual({
      property: "formulas",
      cells: [["'+text", "=ROWS(T)"]],
    });
  });
});
