import { useCallback, useMemo, useRef, useState } from "react";
import {
  choosePriceFileRows,
  defaultChoice,
  mergeCatalog,
  MergeMode,
  ModelPrice,
  parseLitellmCatalog,
  PriceFileChoice,
  PriceFileRow,
  SkippedEntry,
} from "../../content/catalog";
import { localDate } from "../text/localDate";

/** Where the optional price file stands. */
export type PriceFileState =
  | { readonly kind: "none" }
  | { readonly kind: "reading"; readonly fileName: string }
  | {
      readonly kind: "read";
      readonly fileName: string;
      readonly rows: readonly PriceFileRow[];
      readonly skipped: readonly SkippedEntry[];
      /** Entries priced 0 in and out were read as rows (litellm's 0 means "unknown"). */
      readonly includeZeroPriced: boolean;
      /** Which rows go into the benchmark; none is written before the user inserts. */
      readonly choice: PriceFileChoice;
      readonly chosen: readonly PriceFileRow[];
    }
  | { readonly kind: "failed"; readonly fileName: string; readonly message: string };

export interface PriceFile {
  readonly state: PriceFileState;
  /** How the chosen rows combine with the built-in catalog. */
  readonly mode: MergeMode;
  readonly setMode: (mode: MergeMode) => void;
  /** Reads a litellm price file the user chose. */
  readonly choose: (file: File) => Promise<void>;
  /** Picks the vendors, search and current-only of the file's rows. */
  readonly setChoice: (choice: PriceFileChoice) => void;
  /** Reads the file again with or without its zero-priced entries. */
  readonly setIncludeZeroPriced: (include: boolean) => void;
  /** Goes back to the built-in catalog alone. */
  readonly clear: () => void;
  /** The catalog the benchmark will be built from. */
  readonly catalog: readonly ModelPrice[];
}

type Read = Extract<PriceFileState, { kind: "read" }>;

/** The file's rows read with or without zero-priced entries, and the default choice of them. */
function readFile(json: unknown, fileName: string, asOf: string, includeZeroPriced: boolean): Read {
  const { rows, skipped } = parseLitellmCatalog(json, { fileName, asOf, includeZeroPriced });
  const choice = defaultChoice(rows);
  return {
    kind: "read",
    fileName,
    rows,
    skipped,
    includeZeroPriced,
    choice,
    chosen: choosePriceFileRows(rows, choice),
  };
}

/** The built-in price catalog, optionally added to or replaced by rows chosen from a price file. */
export function usePriceFile(builtIn: readonly ModelPrice[]): PriceFile {
  const [state, setState] = useState<PriceFileState>({ kind: "none" });
  const [mode, setMode] = useState<MergeMode>("extend");
  // Only the last file chosen may set the state, however long an earlier one takes to read.
  const latestChoice = useRef(0);
  // The parsed file, kept to read it again when the user includes zero-priced entries.
  const parsed = useRef<{ json: unknown; asOf: string } | undefined>(undefined);

  const choose = useCallback(async (file: File) => {
    const choice = ++latestChoice.current;
    const fileName = file.name;
    setState({ kind: "reading", fileName });
    let next: PriceFileState;
    try {
      const json: unknown = JSON.parse(await file.text());
      const asOf = localDate();
      next = readFile(json, fileName, asOf, false);
      if (choice === latestChoice.current) parsed.current = { json, asOf };
    } catch (error) {
      next = {
        kind: "failed",
        fileName,
        message: error instanceof Error ? error.message : String(error),
      };
    }
    if (choice === latestChoice.current) setState(next);
  }, []);

  const setChoice = useCallback((choice: PriceFileChoice) => {
    setState((current) =>
      current.kind === "read"
        ? { ...current, choice, chosen: choosePriceFileRows(current.rows, choice) }
        : current
    );
  }, []);

  const setIncludeZeroPriced = useCallback((include: boolean) => {
    const file = parsed.current;
    setState((current) => {
      if (current.kind !== "read" || file === undefined) return current;
      const reread = readFile(file.json, current.fileName, file.asOf, include);
      // The user's choice stays; only the rows it applies to change.
      return {
        ...reread,
        choice: current.choice,
        chosen: choosePriceFileRows(reread.rows, current.choice),
      };
    });
  }, []);

  const clear = useCallback(() => {
    latestChoice.current++;
    parsed.current = undefined;
    setState({ kind: "none" });
  }, []);

  const catalog = useMemo(
    () => (state.kind === "read" ? mergeCatalog(builtIn, state.chosen, mode) : builtIn),
    [builtIn, state, mode]
  );

  return { state, mode, setMode, choose, setChoice, setIncludeZeroPriced, clear, catalog };
}
