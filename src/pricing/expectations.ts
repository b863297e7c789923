/**
 * The phrases that complete "expected …" in DEAL's error messages, kept in one place so that the
 * core and the cell readers describe the same rule in the same words.
 */
export const EXPECTED = {
  number: "a number",
  nonNegative: "a number ≥ 0",
  positive: "a number > 0",
  atLeastOne: "a number ≥ 1",
  share: "a share from 0 to 1 (25% is 0.25)",
  aboveMinusOne: "a change > -1 (a 15% cut is -0.15)",
  wholeAtLeastOne: "a whole number ≥ 1",
  period: "a whole number from 1 to 1200",
  boundBeforeLast: "a bound; only the last tier may be left without one",
  increasingBound: (previous: string) => `a bound greater than the bound above it (${previous})`,
  unitsWithinLastBound: (bound: string) => `units at most the last tier's bound (${bound})`,
  tierMode: '"graduated", "volume" or "stairstep" ("tiered" and "bulk" are accepted too)',
  atLeastOneTier: "at least one tier row",
  tierColumns: "a table of 2 or 3 columns: bound, price and optional flat fee",
  oneRowOrColumn: "a single row or a single column",
  atLeastOnePeriod: "at least one period",
  atMostPeriods: (max: number) => `at most ${max} periods`,
  commitLength: (periods: number) =>
    `one number, or a list as long as usage (${periods} period${periods === 1 ? "" : "s"})`,
  scheduleShape:
    "a table of two columns (uptime threshold, credit share) or one number (the uptime target)",
  blankWithTable: "blank when schedule is a table",
  perStepWithTarget: "a share of the fee > 0 when schedule is an uptime target (2% is 0.02)",
  uptime: "an uptime from 0 to 1",
} as const;

/** Advice added where a common slip is likely. */
export const HINTS = {
  unboundedLastTier: "Leave the last tier's bound blank for no upper limit.",
  uptimeAsFraction: "Enter 99.9% as 0.999, or type 99.9% in a percentage-formatted cell.",
} as const;
