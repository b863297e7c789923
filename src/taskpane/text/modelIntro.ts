/** What the deal model section does, under its heading. */
export const MODEL_INTRO =
  "Two to four offers, priced month by month over their term on a new sheet.";
