import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import type { Outcome } from "../text/outcome";

const useStyles = makeStyles({
  // One line per sheet, in the smaller type so that ten sheets stay readable at 320 px.
  list: {
    ...typographyStyles.caption1,
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
  },
  body: { overflowWrap: "anywhere" },
});

/** The outcome of the last insert: what went where, or why nothing changed. */
export function OutcomeMessage({ outcome }: { readonly outcome: Outcome }) {
  const styles = useStyles();
  return (
    <MessageBar intent={outcome.intent} layout="multiline" data-intent={outcome.intent}>
      <MessageBarBody className={styles.body}>
        {outcome.text}
        {outcome.lines.length > 0 && (
          <ul className={styles.list}>
            {outcome.lines.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
