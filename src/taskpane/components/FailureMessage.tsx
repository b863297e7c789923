import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  tokens,
  typographyStyles,
} from "@fluentui/react-components";
import type { FailureText } from "../text/failure";

const useStyles = makeStyles({
  body: { overflowWrap: "anywhere" },
  detail: {
    ...typographyStyles.caption1,
    display: "block",
    marginTop: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
});

/** A part of the taskpane that failed: what failed, what to do, and the button that does it. */
export function FailureMessage({
  text,
  onAction,
}: {
  readonly text: FailureText;
  readonly onAction: () => void;
}) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" data-intent="error">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{text.title}</MessageBarTitle> {text.advice}
        <span className={styles.detail}>{text.detail}</span>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onAction}>
          {text.action}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
