import { TableArea } from "../evaluate";
import { FormulaUnsupported } from "../../formula";
import { f, sheet } from "./support/evaluatorSheet";

describe("SheetEvaluator: DEAL's functions through their Excel adapters", () => {
  it("passes ranges as rows, scalars as values, and an empty argument as blank", () => {
    const ev = sheet({
      A1: 1e9,
      B1: 15,
      A2: 1e10,
      B2: 12,
      A3: null,
      B3: 9,
      D1: 2e9,
      D2: 1e6,
      E1: f('=DEAL.TIEREDCOST($D$1,$A$1:$B$3,"graduated",$D$2)'),
      E2: f("=DEAL.RAMPPRICE(220,3,,0.1,2)"),
      E3: f("=DEAL.SLACREDIT(0.96,40000,0.999,0.01,,0.5)"),
      E4: f("=DEAL.SLACREDIT(0.9989,100000,{0.999,0.1;0.99,0.25;0.95,1})"),
      E5: f("=DEAL.RAMPPRICE(3,6,{0;-0.15;-0.1},0.05)"),
    });
    expect(ev.cell(0, 4)).toBe(27000);
    expect(ev.cell(1, 4)).toBe(242);
    expect(ev.cell(2, 4)).toBe(15600);
    expect(ev.cell(3, 4)).toBe(10000);
    expect(ev.cell(4, 4)).toBe(2.656749375);
  });

  it("gives a spilling result as rows and lets other cells read the spill", () => {
    const ev = sheet({
      A1: 80,
      A2: 100,
      A3: 120,
      A4: 100,
      B1: f("=DEAL.ROLLOVER(100,$A$1:$A$4)"),
      H1: f("=SUM(B1:F4)"),
    });
    expect(ev.cell(0, 1)).toEqual([
      [0, 80, 0, 20, 0],
      [20, 100, 0, 20, 0],
      [20, 120, 0, 0, 0],
      [0, 100, 0, 0, 0],
    ]);
    expect(ev.cell(0, 2)).toBe(80);
    expect(ev.cell(0, 7)).toBe(0 + 80 + 20 + 20 + 100 + 20 + 20 + 120 + 100);
  });

  it("caches a bad input as the error Excel would show", () => {
    const ev = sheet({
      A1: f("=DEAL.SLACREDIT(99.9,1000,0.999,0.02)"),
      A2: f('=DEAL.TIEREDCOST("x",{1,1})'),
    });
    expect(ev.cell(0, 0)).toEqual({ error: "#VALUE!" });
    expect(ev.cell(1, 0)).toEqual({ error: "#VALUE!" });
  });

  it("refuses a spill into filled cells", () => {
    const ev = sheet({ A1: 5, B1: f("=DEAL.ROLLOVER(10,$A$1:$A$2)"), C2: "in the way", A2: 5 });
    expect(() => ev.cell(0, 1)).toThrow(FormulaUnsupported);
  });
});

describe("SheetEvaluator: the native formulas DEAL writes", () => {
  const table: TableArea = {
    name: "T",
    at: { row: 0, column: 0 },
    headers: ["Status", "Price", "Cache hit", "Cost"],
    rowCount: 3,
  };
  const ev = sheet(
    {
      A1: "Status",
      B1: "Price",
      C1: "Cache hit",
      D1: "Cost",
      A2: "Agreed",
      B2: 10,
      C2: null,
      A3: "agreed",
      B3: 20,
      C3: 5,
      A4: "Asked",
      B4: 30,
      C4: null,
      D2: f('=IF([@[Cache hit]]="",[@Price],[@[Cache hit]])*2'),
      D3: f('=IF(T[[#This Row],[Cache hit]]="",[@Price],[@[Cache hit]])*2'),
      F1: f('=COUNTIF(T[Status],"Agreed")'),
      F2: f("=ROWS(T[Status])"),
      F3: f("=IFERROR(F1/(F2-3),0)"),
      F4: f("=1/0"),
      F5: f('="a"&1&TRUE'),
      F6: f("=-2^2+50%"),
      F7: f("=$H$1+1"),
      F8: f("=VLOOKUP(1,A1:B2,2)"),
    },
    [table]
  );

  it("computes this-row references, COUNTIF, ROWS and IFERROR", () => {
    expect(ev.cell(1, 3)).toBe(20);
    expect(ev.cell(2, 3)).toBe(10);
    expect(ev.cell(0, 5)).toBe(2);
    expect(ev.cell(1, 5)).toBe(3);
    expect(ev.cell(2, 5)).toBe(0);
  });

  it("follows Excel on errors, text, precedence and blanks", () => {
    expect(ev.cell(3, 5)).toEqual({ error: "#DIV/0!" });
    expect(ev.cell(4, 5)).toBe("a1TRUE");
    expect(ev.cell(5, 5)).toBe(4.5);
    expect(ev.cell(6, 5)).toBe(1);
  });

  it("says what it cannot compute instead of guessing", () => {
    expect(() => ev.cell(7, 5)).toThrow(FormulaUnsupported);
  });
});

describe("SheetEvaluator: references to the workbook's other sheets", () => {
  const usage = sheet({ B2: 80, B3: 100, B4: f("=B3+20") });
  const named = (name: string) => (name.toLowerCase() === "usage plan" ? usage : undefined);

  it("reads a cell and a range of another sheet, quoted or not, as that sheet computes them", () => {
    const ev = sheet(
      {
        A1: f("='Usage plan'!$B$4*2"),
        A2: f("=SUM('Usage plan'!B2:B4)"),
        A3: f("=MIN('Usage plan'!$B$2,5)"),
      },
      [],
      named
    );
    expect(ev.cell(0, 0)).toBe(240);
    expect(ev.cell(1, 0)).toBe(300);
    expect(ev.cell(2, 0)).toBe(5);
  });

  it("refuses a sheet the workbook does not hold", () => {
    const ev = sheet({ A1: f("=Elsewhere!A1") }, [], named);
    expect(() => ev.cell(0, 0)).toThrow(FormulaUnsupported);
    expect(() => ev.cell(0, 0)).toThrow(/Elsewhere!A1, to a sheet DEAL does not write/);
  });
});

describe("SheetEvaluator: SUMIFS, ISNUMBER and N, as the ROLLOVER ledger uses them", () => {
  it("sums the rows that meet every criterion", () => {
    const ev = sheet({
      A1: 1,
      A2: 2,
      A3: 3,
      B1: 10,
      B2: 20,
      B3: 30,
      C1: f('=SUMIFS(B1:B3,A1:A3,">"&1)'),
      C2: f('=SUMIFS(B1:B3,A1:A3,">=2",A1:A3,"<>3")'),
      C3: f("=SUMIFS(B1:B3,A1:A3,2)"),
    });
    expect([ev.cell(0, 2), ev.cell(1, 2), ev.cell(2, 2)]).toEqual([50, 20, 20]);
  });

  it("tells numbers from text and blanks", () => {
    const ev = sheet({
      A1: 5,
      A2: "x",
      B1: f("=ISNUMBER(A1)"),
      B2: f("=ISNUMBER(A2)"),
      B3: f("=N(A2)+N(A3)+N(A1)"),
    });
    expect([ev.cell(0, 1), ev.cell(1, 1), ev.cell(2, 1)]).toEqual([true, false, 5]);
  });
});
