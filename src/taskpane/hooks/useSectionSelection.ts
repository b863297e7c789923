import { useCallback, useMemo, useState } from "react";
import type { PlaybookSection } from "../../content/playbook";

export interface SectionSelection {
  /** Codes of the chosen sections, in the playbook's order. */
  readonly selectedCodes: readonly string[];
  readonly isSelected: (code: string) => boolean;
  readonly setSelected: (code: string, selected: boolean) => void;
  readonly selectAll: () => void;
  readonly selectNone: () => void;
}

/** Which playbook sections to insert; all of them to begin with. */
export function useSectionSelection(sections: readonly PlaybookSection[]): SectionSelection {
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(sections.map((section) => section.code))
  );

  const setSelected = useCallback((code: string, selected: boolean) => {
    setChosen((current) => {
      const next = new Set(current);
      if (selected) next.add(code);
      else next.delete(code);
      return next;
    });
  }, []);
  const selectAll = useCallback(
    () => setChosen(new Set(sections.map((section) => section.code))),
    [sections]
  );
  const selectNone = useCallback(() => setChosen(new Set()), []);

  const selectedCodes = useMemo(
    () => sections.map((section) => section.code).filter((code) => chosen.has(code)),
    [sections, chosen]
  );
  const isSelected = useCallback((code: string) => chosen.has(code), [chosen]);

  return { selectedCodes, isSelected, setSelected, selectAll, selectNone };
}
