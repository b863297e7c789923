import { useCallback, useRef, useState } from "react";
import type { InsertReport } from "../../workbook/insertReport";
import { failureOutcome, Outcome, successOutcome } from "../text/outcome";

export type InsertStatus = "idle" | "running" | "succeeded" | "failed";

export interface InsertAction<A extends unknown[]> {
  /** Starts the insert; ignored while one is already running. */
  readonly run: (...args: A) => Promise<void>;
  readonly status: InsertStatus;
  /** What the last finished run did, for the message bar; none before the first run and while running. */
  readonly outcome?: Outcome;
  /** Forgets the last outcome, as when its section is reset. */
  readonly clearOutcome: () => void;
}

/**
 * Runs one kind of workbook insert and keeps its progress and outcome.
 *
 * @param insert calls the workbook service.
 * @param headline says what was inserted, e.g. "Inserted 10 checklists", from the report and the
 * arguments the insert ran with.
 */
export function useInsertAction<A extends unknown[]>(
  insert: (...args: A) => Promise<InsertReport>,
  headline: (report: InsertReport, ...args: A) => string
): InsertAction<A> {
  const [status, setStatus] = useState<InsertStatus>("idle");
  const [outcome, setOutcome] = useState<Outcome>();
  // A ref, not the state: two clicks in one frame both see the state from before the first.
  const inFlight = useRef(false);
  const latest = useRef({ insert, headline });
  latest.current = { insert, headline };

  const run = useCallback(async (...args: A) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setStatus("running");
    setOutcome(undefined);
    try {
      const report = await latest.current.insert(...args);
      setOutcome(successOutcome(latest.current.headline(report, ...args), report));
      setStatus("succeeded");
    } catch (error) {
      setOutcome(failureOutcome(error));
      setStatus("failed");
    } finally {
      inFlight.current = false;
    }
  }, []);

  const clearOutcome = useCallback(() => setOutcome(undefined), []);

  return { run, status, outcome, clearOutcome };
}
