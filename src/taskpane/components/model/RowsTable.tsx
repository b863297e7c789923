import {
  Button,
  Field,
  Label,
  makeStyles,
  Text,
  tokens,
  typographyStyles,
  useId,
} from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  table: {
    display: "grid",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
  header: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    alignSelf: "end",
  },
  footer: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
});

export interface RowsTableProps {
  /** The table's accessible name, e.g. "Price tiers". */
  readonly label: string;
  readonly headers: readonly string[];
  /** The cells of each row, one per header. */
  readonly rows: readonly (readonly ReactNode[])[];
  /** Rows added and removed by the user; absent for a table of fixed rows. */
  readonly resize?: {
    /** "Remove tier 2" for row index 1. */
    readonly removeLabel: (row: number) => string;
    readonly onRemove: (row: number) => void;
    /** False when the table is at its fewest rows. */
    readonly canRemove: boolean;
    readonly addLabel: string;
    readonly onAdd: () => void;
    /** False when the table is at its most rows. */
    readonly canAdd?: boolean;
  };
  /** What is wrong with the table as a whole, shown under it. */
  readonly problem?: string;
}

/** A small editable table of an offer (tiers, SLA credits): a row per entry, add and remove. */
export function RowsTable(props: RowsTableProps) {
  const styles = useStyles();
  const labelId = useId("rows");
  const { resize } = props;
  return (
    <div role="group" aria-labelledby={labelId} className={styles.group}>
      <Label id={labelId} size="small">
        {props.label}
      </Label>
      <div
        className={styles.table}
        // The columns share the width; the last holds the Remove buttons.
        style={{
          gridTemplateColumns: `repeat(${props.headers.length}, minmax(0, 1fr))${resize ? " auto" : ""}`,
        }}
      >
        {props.headers.map((header, column) => (
          <Text key={column} className={styles.header} aria-hidden>
            {header}
          </Text>
        ))}
        {resize && <span />}
        {props.rows.map((cells, row) => [
          ...cells.map((cell, column) => <div key={`${row}-${column}`}>{cell}</div>),
          resize && (
            <Button
              key={`${row}-remove`}
              size="small"
              appearance="subtle"
              aria-label={resize.removeLabel(row)}
              disabled={!resize.canRemove}
              onClick={() => resize.onRemove(row)}
            >
              Remove
            </Button>
          ),
        ])}
      </div>
      <div className={styles.footer}>
        {resize && (
          <Button
            size="small"
            appearance="subtle"
            disabled={resize.canAdd === false}
            onClick={resize.onAdd}
          >
            {resize.addLabel}
          </Button>
        )}
        {props.problem !== undefined && (
          <Field validationMessage={props.problem} validationState="error" size="small" />
        )}
      </div>
    </div>
  );
}
