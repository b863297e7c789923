/** What a failed part of the taskpane says: what failed, and what the user can do. */
export interface FailureText {
  readonly title: string;
  readonly advice: string;
  /** The error's own message, for whoever looks into it. */
  readonly detail: string;
  /** The button that starts the part again. */
  readonly action: string;
}

/**
 * The words for a section of the taskpane (or, with `section` undefined, the whole taskpane)
 * that threw while showing itself. Nothing is written to the workbook by such a failure.
 */
export function failureText(error: Error, section?: string): FailureText {
  const detail = `What failed: ${error.message || error.name}`;
  if (section === undefined) {
    return {
      title: "The taskpane stopped working.",
      advice: "Start it again; your workbook is as it was.",
      detail,
      action: "Start again",
    };
  }
  return {
    title: `The ${section} section stopped working.`,
    advice:
      "Reset it to start it again with its defaults. The other sections still work, and your workbook is as it was.",
    detail,
    action: "Reset this section",
  };
}
