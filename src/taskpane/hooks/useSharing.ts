import { useCallback, useRef, useState } from "react";
import {
  describeSharingFailure,
  describeSharingReport,
  SharingAction,
  SharingMessage,
  SharingReport,
  SharingScope,
} from "../../sharing/prepare";

export interface Sharing {
  /** Where the actions look: the selection, the active sheet, or the whole workbook. */
  readonly scope: SharingScope;
  readonly setScope: (scope: SharingScope) => void;
  /** Runs an action on the current scope; ignored while one is running. */
  readonly run: (action: SharingAction) => Promise<void>;
  /** The action running now, if any. */
  readonly running?: SharingAction;
  /** What the last finished action did (or why it did nothing); none while one runs. */
  readonly message?: SharingMessage;
}

/**
 * "Prepare for sharing": the chosen scope, the running action and the last report in words.
 * @param prepare calls the workbook service.
 */
export function useSharing(
  prepare: (action: SharingAction, scope: SharingScope) => Promise<SharingReport>
): Sharing {
  const [scope, setScope] = useState<SharingScope>("sheet");
  const [running, setRunning] = useState<SharingAction>();
  const [message, setMessage] = useState<SharingMessage>();
  // A ref, not the state: two clicks in one frame both see the state from before the first.
  const inFlight = useRef(false);
  const latest = useRef({ prepare, scope });
  latest.current = { prepare, scope };

  const run = useCallback(async (action: SharingAction) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setRunning(action);
    setMessage(undefined);
    try {
      const report = await latest.current.prepare(action, latest.current.scope);
      setMessage(describeSharingReport(report));
    } catch (error) {
      setMessage(describeSharingFailure(error));
    } finally {
      inFlight.current = false;
      setRunning(undefined);
    }
  }, []);

  return { scope, setScope, run, running, message };
}
