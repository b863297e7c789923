import { RolloverTerms, rollover } from "../../../pricing";
import { CellInput } from "../../twins/__tests__/hyperformulaSheet";
import { LedgerEngine, inputsRef, ledgerEngine } from "./ledgerEngine";
import { spilled } from "./measure";

/*
 * The ledger's formulas read the call's cells, so it follows edits made after it was written:
 * each edit below is recalculated by HyperFormula and compared with the pricing core on the
 * edited inputs. Resizing a range it was written for gives #N/A instead of a wrong number.
 */

const USAGE = [120, 40, 10, 0, 5, 10, 20, 30, 0, 20, 260, 110];
const COMMITS = [100, 100, 80, 80, 80, 120, 120, 100, 100, 90, 90, 90];
const PERIODS = USAGE.length;
const PLACEMENT = { sheet: "DEAL draw-downs", row: 3, column: 2 };

/**
 * A call reading usage in A2:A13, a commitment in B1 (or a list in C22:C33, below the usage), cap
 * in E2, expiry in E3 and true-up in E4 (blank at first: DEAL's defaults).
 */
function engineFor(commit: "one" | "list"): LedgerEngine {
  const inputs: Record<string, CellInput> = { B1: 100, E2: null, E3: null, E4: null };
  USAGE.forEach((v, i) => (inputs[`A${2 + i}`] = v));
  COMMITS.forEach((v, i) => (inputs[`C${22 + i}`] = v));
  const args = [
    inputsRef(commit === "one" ? "$B$1" : "$C$22:$C$33"),
    inputsRef("$A$2:$A$13"),
    inputsRef("$E$2"),
    inputsRef("$E$3"),
    inputsRef("$E$4"),
  ];
  const [commitText, usage, cap, expiry, trueup] = args;
  const call = { commit: commitText, usage, cap, expiry, trueup, source: "'Deal''s inputs'!G1" };
  return ledgerEngine(inputs, call, args, PERIODS, PLACEMENT);
}

const core = (terms: Partial<RolloverTerms>) =>
  rollover({ commit: 100, usage: USAGE, ...terms }).map(spilled);

/** Whether every figure is #N/A but what is carried into period 1, which is 0 whatever the usage. */
function notAvailable(engine: LedgerEngine): boolean {
  const [first, ...rest] = engine.outputs().flat();
  return first === 0 && rest.every((v) => String(v).includes("#N/A"));
}

describe("a ledger after its inputs are edited", () => {
  let engine: LedgerEngine;
  afterEach(() => engine.destroy());

  it("follows expiry from blank to 3 and from 3 to 6, and back to blank", () => {
    // Each of these expiries changes the numbers.
    expect(
      new Set([undefined, 3, 6].map((expiry) => JSON.stringify(core({ cap: 0.5, expiry }))))
    ).toHaveProperty("size", 3);
    engine = engineFor("one");
    expect(engine.outputs()).toEqual(core({}));
    engine.edit("E2", 0.5);
    engine.edit("E3", 3);
    expect(engine.outputs()).toEqual(core({ cap: 0.5, expiry: 3 }));
    engine.edit("E3", 6);
    expect(engine.outputs()).toEqual(core({ cap: 0.5, expiry: 6 }));
    engine.edit("E3", '=""');
    expect(engine.outputs()).toEqual(core({ cap: 0.5 }));
  });

  it("follows the cap, from blank (all) to 0.2 to 0 (use it or lose it) to blank", () => {
    engine = engineFor("one");
    engine.edit("E3", 2);
    engine.edit("E2", 0.2);
    expect(engine.outputs()).toEqual(core({ cap: 0.2, expiry: 2 }));
    engine.edit("E2", 0);
    expect(engine.outputs()).toEqual(core({ cap: 0, expiry: 2 }));
    engine.edit("E2", null);
    expect(engine.outputs()).toEqual(core({ expiry: 2 }));
  });

  it("follows a usage value, the commitment and a true-up", () => {
    engine = engineFor("one");
    engine.edit("A5", 0.75);
    engine.edit("B1", 64.5);
    engine.edit("E4", 4);
    const usage = USAGE.map((v, i) => (i === 3 ? 0.75 : v));
    expect(engine.outputs()).toEqual(core({ usage, commit: 64.5, trueUp: 4 }));
    engine.edit("A5", null);
    expect(engine.outputs()).toEqual(core({ commit: 64.5, trueUp: 4 }));
  });

  it("follows a commitment list, and reads one commitment once only its first cell is left", () => {
    engine = engineFor("list");
    expect(engine.outputs()).toEqual(core({ commit: COMMITS }));
    engine.edit("C27", 0);
    expect(engine.outputs()).toEqual(core({ commit: COMMITS.map((v, i) => (i === 5 ? 0 : v)) }));
    for (let row = 23; row <= 33; row++) engine.edit(`C${row}`, null);
    expect(engine.outputs()).toEqual(core({ commit: 100 }));
    expect(engine.deal()).toEqual(core({ commit: 100 }));
  });

  it("gives #N/A once rows are inserted inside the usage range", () => {
    engine = engineFor("one");
    engine.insertRows(5, 1);
    expect(notAvailable(engine)).toBe(true);
  });

  it("gives #N/A once rows are inserted inside a commitment list", () => {
    engine = engineFor("list");
    engine.insertRows(25, 2);
    expect(notAvailable(engine)).toBe(true);
  });
});
