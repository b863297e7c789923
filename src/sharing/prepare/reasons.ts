import { list } from "../../workbook/refusals";
import { dealName } from "./formulaCalls";

/*
 * The reasons "Prepare for sharing" gives for skipping a single formula. Its refusals (the whole
 * action stops before anything is written) are in the one catalogue, workbook/refusals.ts.
 */

export const skipReason = {
  noTwin: (fns: readonly string[]) =>
    `no native form of ${list(fns.map(dealName))} (needs the add-in)`,
  storedForm: (fn: string) =>
    `Excel does not recognise ${dealName(fn)} in it (it shows _xldudf_DEAL_${fn}): run Repair first`,
  notRecognised: (fn: string) =>
    `Excel did not recognise ${dealName(fn)} in it (it was typed before the add-in was loaded): run Repair first`,
  mixed: (twinName: string) =>
    `it already calls ${twinName} too, so the conversion could not be undone exactly`,
  notExact: () => "its conversion could not be undone exactly",
  rolloverInFormula: () =>
    "DEAL.ROLLOVER is part of a larger formula here; DEAL writes a native ledger only for a cell that holds the DEAL.ROLLOVER call alone (put the call in a cell of its own and refer to its results)",
  rolloverCallsDeal: () =>
    "the arguments of its DEAL.ROLLOVER call DEAL functions too; a native ledger needs them as cells, numbers or formulas without DEAL",
  noLedger: (why: string) =>
    `DEAL cannot write its draw-down as native formulas: ${why.charAt(0).toLowerCase()}${why.slice(1).replace(/\.$/, "")}`,
  rolloverError: (error: string) =>
    `it shows ${error}: DEAL.ROLLOVER has no draw-down for these inputs, so there is none to write as native formulas (correct the inputs, then try again)`,
  noSpill: () =>
    "its result does not spill, so DEAL cannot tell how many periods its draw-down has (it needs an Excel with dynamic arrays)",
  nameTaken: (name: string) =>
    `Name Manager already has a name ${name} with another formula that is not DEAL's; DEAL left it alone (rename or delete that name, then try again)`,
  nameHidden: (name: string) =>
    `the sheet has its own name ${name}, which would hide DEAL's (rename it in Name Manager, then try again)`,
  notCalculated: () =>
    "it shows #NAME? (the add-in was not loaded when it calculated): run Repair first, then Values",
  busy: () => "it is still calculating: wait until it shows its result, then try again",
  spillBlocked: () =>
    "its result cannot spill (#SPILL!): clear the cells in its way, then try again",
  sheetGone: (sheetName: string) =>
    `the sheet "${sheetName}" it was on is no longer in the workbook; DEAL keeps its formula`,
  otherFormula: (original: string) =>
    `the cell holds another formula now, so DEAL left it (the original was ${original})`,
  valueChanged: (original: string) =>
    `the cell no longer holds the value DEAL left there (edited, or moved by inserted rows or columns?); its original formula is ${original}`,
  spillTaken: () =>
    "a formula now sits in the cells its result spilled into: move it, then restore again",
};
