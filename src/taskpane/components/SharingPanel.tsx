import {
  Button,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  tokens,
  typographyStyles,
  useId,
} from "@fluentui/react-components";
import type { SharingAction, SharingMessage, SharingScope } from "../../sharing/prepare";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  actions: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  // The button, and under it the one line that says what it does.
  action: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXXS,
  },
  description: { minWidth: 0 },
  listTitle: { ...typographyStyles.caption1Strong, margin: `${tokens.spacingVerticalXS} 0 0` },
  list: {
    ...typographyStyles.caption1,
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
  },
  body: { overflowWrap: "anywhere" },
});

/** The actions, each with its one-line explanation, in the order they are offered. */
const ACTIONS: readonly { action: SharingAction; label: string; explains: string; busy: string }[] =
  [
    {
      action: "native",
      label: "Native formulas",
      explains: "Live for Excel 365 users without DEAL",
      busy: "Converting to native formulas…",
    },
    {
      action: "values",
      label: "Values",
      explains: "Numbers only, restorable",
      busy: "Replacing formulas with values…",
    },
    {
      action: "repair",
      label: "Repair",
      explains: "Recalculate cells stuck on #NAME?",
      busy: "Re-entering DEAL formulas…",
    },
    {
      action: "restore",
      label: "Restore DEAL formulas",
      explains: "Undo Native formulas and Values",
      busy: "Restoring DEAL formulas…",
    },
  ];

export interface SharingPanelProps {
  readonly scope: SharingScope;
  readonly onScopeChange: (scope: SharingScope) => void;
  readonly onRun: (action: SharingAction) => void;
  /** The action running now, if any. */
  readonly running?: SharingAction;
  /** An insert is running. */
  readonly blocked: boolean;
  readonly message?: SharingMessage;
}

/** Prepare the workbook for colleagues without DEAL, and undo it. */
export function SharingPanel(props: SharingPanelProps) {
  const { running, message } = props;
  const shared = useSectionStyles();
  const styles = useStyles();
  const headingId = useId("sharing-heading");
  const descriptionId = useId("sharing-action");
  const changedId = useId("sharing-changed");
  const skippedId = useId("sharing-skipped");
  const busy = ACTIONS.find((entry) => entry.action === running)?.busy;

  return (
    <section
      className={shared.section}
      aria-labelledby={headingId}
      aria-busy={running !== undefined}
    >
      <h2 id={headingId} className={shared.heading}>
        Prepare for sharing
      </h2>
      <Text className={shared.secondary}>
        For colleagues who open this workbook without the DEAL add-in.
      </Text>
      <Field label="Where">
        <RadioGroup
          value={props.scope}
          onChange={(_, data) => props.onScopeChange(data.value as SharingScope)}
          disabled={running !== undefined}
        >
          <Radio value="selection" label="Selection" />
          <Radio value="sheet" label="This sheet" />
          <Radio value="workbook" label="Whole workbook" />
        </RadioGroup>
      </Field>
      <div className={styles.actions}>
        {ACTIONS.map(({ action, label, explains }) => {
          const isRunning = running === action;
          return (
            <div key={action} className={styles.action}>
              <Button
                appearance={action === "restore" ? "secondary" : "primary"}
                aria-describedby={`${descriptionId}-${action}`}
                // While running the button keeps the focus, so a keyboard user stays in place.
                disabledFocusable={isRunning}
                disabled={(props.blocked || running !== undefined) && !isRunning}
                aria-busy={isRunning}
                onClick={() => props.onRun(action)}
              >
                {label}
              </Button>
              <Text
                id={`${descriptionId}-${action}`}
                className={mergeClasses(shared.secondary, styles.description)}
              >
                {explains}
              </Text>
            </div>
          );
        })}
      </div>
      {busy !== undefined && <Spinner size="tiny" label={busy} />}
      {message && (
        <MessageBar intent={message.intent} layout="multiline" data-intent={message.intent}>
          <MessageBarBody className={styles.body}>
            <span data-part="text">{message.text}</span>
            {message.changed.length > 0 && (
              <>
                <p id={changedId} className={styles.listTitle}>
                  Changed
                </p>
                <ul className={styles.list} aria-labelledby={changedId} data-list="changed">
                  {message.changed.map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              </>
            )}
            {message.skipped.length > 0 && (
              <>
                <p id={skippedId} className={styles.listTitle}>
                  Left as they were
                </p>
                <ul className={styles.list} aria-labelledby={skippedId} data-list="skipped">
                  {message.skipped.map((line, index) => (
                    <li key={index}>{line}</li>
                  ))}
                </ul>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
