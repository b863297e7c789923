import { useCallback, useMemo, useRef, useState } from "react";
import {
  mergeCatalog,
  MergeMode,
  ModelPrice,
  parseLitellmCatalog,
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
      readonly rows: readonly ModelPrice[];
      readonly skipped: readonly SkippedEntry[];
    }
  | { readonly kind: "failed"; readonly fileName: string; readonly message: string };

export interface PriceFile {
  readonly state: PriceFileState;
  /** How the file's rows combine with the built-in catalog. */
  readonly mode: MergeMode;
  readonly setMode: (mode: MergeMode) => void;
  /** Reads a litellm price file the user chose. */
  readonly choose: (file: File) => Promise<void>;
  /** Goes back to the built-in catalog alone. */
  readonly clear: () => void;
  /** The catalog the benchmark will be built from. */
  readonly catalog: readonly ModelPrice[];
}

/** The built-in price catalog, optionally added to or replaced by a litellm price file. */
export function usePriceFile(builtIn: readonly ModelPrice[]): PriceFile {
  const [state, setState] = useState<PriceFileState>({ kind: "none" });
  const [mode, setMode] = useState<MergeMode>("extend");
  // Only the last file chosen may set the state, however long an earlier one takes to read.
  const latestChoice = useRef(0);

  const choose = useCallback(async (file: File) => {
    const choice = ++latestChoice.current;
    const fileName = file.name;
    setState({ kind: "reading", fileName });
    let next: PriceFileState;
    try {
      const json: unknown = JSON.parse(await file.text());
      const { rows, skipped } = parseLitellmCatalog(json, { fileName, asOf: localDate() });
      next = { kind: "read", fileName, rows, skipped };
    } catch (error) {
      next = {
        kind: "failed",
        fileName,
        message: error instanceof Error ? error.message : String(error),
      };
    }
    if (choice === latestChoice.current) setState(next);
  }, []);

  const clear = useCallback(() => {
    latestChoice.current++;
    setState({ kind: "none" });
  }, []);

  const catalog = useMemo(
    () => (state.kind === "read" ? mergeCatalog(builtIn, state.rows, mode) : builtIn),
    [builtIn, state, mode]
  );

  return { state, mode, setMode, choose, clear, catalog };
}
