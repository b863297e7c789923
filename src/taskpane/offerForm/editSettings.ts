import type { ModelSettings, Scenario } from "../../dealModel";
import { replaceAt } from "./listEdits";

/** One change the form makes to the model's settings; lists are addressed by index. */
export type SettingsEdit =
  | { readonly type: "discountRate"; readonly discountRate: number }
  | { readonly type: "scenario"; readonly row: number; readonly changes: Partial<Scenario> }
  | { readonly type: "commitLevels"; readonly levels: readonly number[] }
  | { readonly type: "exitMonth"; readonly index: number; readonly month: number };

/** The settings after one change from the form. Pure. */
export function editSettings(settings: ModelSettings, edit: SettingsEdit): ModelSettings {
  switch (edit.type) {
    case "discountRate":
      return { ...settings, discountRate: edit.discountRate };
    case "scenario": {
      const scenario = settings.scenarios[edit.row];
      if (scenario === undefined) return settings;
      const scenarios = replaceAt(settings.scenarios, edit.row, { ...scenario, ...edit.changes });
      return { ...settings, scenarios };
    }
    case "commitLevels":
      return { ...settings, commitLevels: edit.levels };
    case "exitMonth":
      return edit.index >= 0 && edit.index < settings.exitMonths.length
        ? { ...settings, exitMonths: replaceAt(settings.exitMonths, edit.index, edit.month) }
        : settings;
  }
}
