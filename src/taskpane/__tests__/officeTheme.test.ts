import { isDarkColor, readOfficeTheme } from "../officeTheme";

const host = globalThis as { Office?: unknown };

function withOfficeTheme(officeTheme: unknown) {
  host.Office = { context: { officeTheme } };
}

afterEach(() => {
  delete host.Office;
});

describe("the taskpane theme", () => {
  it("is light where there is no Office, or no Office theme", () => {
    expect(readOfficeTheme()).toEqual({ dark: false });
    withOfficeTheme(undefined);
    expect(readOfficeTheme()).toEqual({ dark: false });
  });

  it("follows Office's dark flag and body background", () => {
    withOfficeTheme({ isDarkTheme: true, bodyBackgroundColor: "#1F1F1F" });
    expect(readOfficeTheme()).toEqual({ dark: true, background: "#1F1F1F" });
    withOfficeTheme({ isDarkTheme: false, bodyBackgroundColor: "#FFFFFF" });
    expect(readOfficeTheme()).toEqual({ dark: false, background: "#FFFFFF" });
  });

  it("judges by the body background where the host has no dark flag", () => {
    withOfficeTheme({ bodyBackgroundColor: "#262626" });
    expect(readOfficeTheme().dark).toBe(true);
    withOfficeTheme({ bodyBackgroundColor: "#E6E6E6" });
    expect(readOfficeTheme().dark).toBe(false);
  });

  it("stays light when reading the theme throws", () => {
    host.Office = {
      get context() {
        throw new Error("not in this host");
      },
    };
    expect(readOfficeTheme()).toEqual({ dark: false });
  });

  it("calls black and dark greys dark, white and light greys light", () => {
    expect(["#000", "#1f1f1f", "#333333", "#444"].map(isDarkColor)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["#fff", "#f3f2f1", "#c8c6c4", "#808080"].map(isDarkColor)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(isDarkColor(undefined)).toBe(false);
    expect(isDarkColor("black")).toBe(false);
  });
});
