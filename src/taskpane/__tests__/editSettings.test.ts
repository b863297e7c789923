import { DEFAULT_SETTINGS } from "../../dealModel";
import { editSettings } from "../offerForm/editSettings";
import { initialOffersState, offersReducer } from "../offerForm/offersReducer";

describe("editing the model's settings", () => {
  it("sets the discount rate, a scenario, the commitment levels and an exit month", () => {
    let settings = editSettings(DEFAULT_SETTINGS, { type: "discountRate", discountRate: 0.05 });
    settings = editSettings(settings, { type: "scenario", row: 0, changes: { share: 0.4 } });
    settings = editSettings(settings, { type: "scenario", row: 4, changes: { probability: 0.05 } });
    settings = editSettings(settings, { type: "commitLevels", levels: [0, 0.5, 1] });
    settings = editSettings(settings, { type: "exitMonth", index: 2, month: 30 });
    expect(settings).toEqual({
      discountRate: 0.05,
      scenarios: [
        { share: 0.4, probability: 0.1 },
        ...DEFAULT_SETTINGS.scenarios.slice(1, 4),
        { share: 1.5, probability: 0.05 },
      ],
      commitLevels: [0, 0.5, 1],
      exitMonths: [12, 18, 30],
    });
    expect(DEFAULT_SETTINGS.discountRate).toBe(0.08);
  });

  it("ignores a scenario or exit month that is not there", () => {
    const scenario = { type: "scenario", row: 5, changes: { share: 2 } } as const;
    expect(editSettings(DEFAULT_SETTINGS, scenario)).toBe(DEFAULT_SETTINGS);
    const month = { type: "exitMonth", index: 3, month: 6 } as const;
    expect(editSettings(DEFAULT_SETTINGS, month)).toBe(DEFAULT_SETTINGS);
  });

  it("keeps the settings in the form's state across offers, and resets them to the defaults", () => {
    const edited = [
      { type: "settings", edit: { type: "discountRate", discountRate: 0.1 } },
      { type: "add" },
      { type: "remove", index: 0 },
      { type: "select", index: 1 },
    ] as const;
    const state = edited.reduce(offersReducer, initialOffersState());
    expect(state.settings.discountRate).toBe(0.1);
    expect(state.offers).toHaveLength(2);
    expect(offersReducer(state, { type: "reset" }).settings).toBe(DEFAULT_SETTINGS);
  });
});
