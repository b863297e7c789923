import {
  FluentProvider,
  makeStyles,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { TaskpaneTheme } from "../officeTheme";

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
});

/** Fluent UI in Office's theme, around everything the taskpane shows, a failure included. */
export function TaskpaneFrame({
  theme,
  children,
}: {
  readonly theme: TaskpaneTheme;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  return (
    <FluentProvider
      theme={theme.dark ? webDarkTheme : webLightTheme}
      className={styles.provider}
      // Office's own pane colour where the host gives it, so the taskpane does not stand out.
      style={theme.background ? { backgroundColor: theme.background } : undefined}
    >
      {children}
    </FluentProvider>
  );
}
