import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
});

export interface InsertButtonProps {
  readonly label: string;
  readonly running: boolean;
  /** Cannot run now (nothing chosen, or another insert is running). */
  readonly disabled: boolean;
  readonly onClick: () => void;
}

/** The primary action of a section, with a spinner while it runs. */
export function InsertButton({ label, running, disabled, onClick }: InsertButtonProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Button
        appearance="primary"
        // While running the button keeps the focus, so a keyboard user is not thrown to the page top.
        disabledFocusable={running}
        disabled={disabled && !running}
        aria-busy={running}
        onClick={onClick}
      >
        {label}
      </Button>
      {running && <Spinner size="tiny" label="Inserting…" />}
    </div>
  );
}
