import { useCallback, useRef, useState } from "react";
import type { CellsForecast } from "../../dealModel";
import { usageReadFailure } from "../text/usageCells";

export interface SelectedUsage {
  /** Reads the selected cells and hands their forecast on; ignored while a read runs. */
  readonly read: () => Promise<void>;
  readonly reading: boolean;
  /** Why the last read was refused; none after a good read, and while reading. */
  readonly refusal?: string;
}

/**
 * "Use the selected cells": reads the selection through the workbook service and keeps why it was
 * refused, if it was.
 * @param readSelection calls the workbook service.
 * @param store stores the forecast read in the offer.
 */
export function useSelectedUsage(
  readSelection: () => Promise<CellsForecast>,
  store: (forecast: CellsForecast) => void
): SelectedUsage {
  const [reading, setReading] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  // A ref, not the state: two clicks in one frame both see the state from before the first.
  const inFlight = useRef(false);
  const latest = useRef({ readSelection, store });
  latest.current = { readSelection, store };

  const read = useCallback(async () => {
    if (inFlight.current) return;
    inFlight.current = true;
    setReading(true);
    setRefusal(undefined);
    try {
      latest.current.store(await latest.current.readSelection());
    } catch (error) {
      setRefusal(usageReadFailure(error));
    } finally {
      inFlight.current = false;
      setReading(false);
    }
  }, []);

  return { read, reading, refusal };
}
