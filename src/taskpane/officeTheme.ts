/** The look Office asks of the taskpane: dark or light, and the background of Office's own panes. */
export interface TaskpaneTheme {
  readonly dark: boolean;
  /** Office's body background (`#RRGGBB`), where the host tells it. */
  readonly background?: string;
}

/** True for a `#RGB` or `#RRGGBB` colour whose relative luminance is below the middle grey. */
export function isDarkColor(color: string | undefined): boolean {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color?.trim() ?? "")?.[1];
  if (!hex) return false;
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((at) => {
    const channel = parseInt(full.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18;
}

/**
 * Reads Office's theme. Hosts that do not theme add-ins have no `officeTheme`, and older ones
 * lack `isDarkTheme`; then the body background decides, and without it the taskpane is light.
 */
export function readOfficeTheme(): TaskpaneTheme {
  let theme: Partial<Office.OfficeTheme> | undefined;
  try {
    theme = typeof Office === "undefined" ? undefined : Office.context?.officeTheme;
  } catch {
    // Some hosts throw on reading officeTheme instead of leaving it undefined.
    theme = undefined;
  }
  if (!theme) return { dark: false };
  const background = theme.bodyBackgroundColor || undefined;
  const dark = typeof theme.isDarkTheme === "boolean" ? theme.isDarkTheme : isDarkColor(background);
  return { dark, background };
}
