import { makeStyles, tokens, typographyStyles, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
});

/** A titled group of an offer's fields (Model and term, Usage forecast…), two to a row. */
export function FieldGroup({ title, children }: { title: string; children: ReactNode }) {
  const styles = useStyles();
  const { fields } = useGridStyles();
  const headingId = useId("group");
  return (
    <div role="group" aria-labelledby={headingId} className={styles.group}>
      <h3 id={headingId} className={styles.heading}>
        {title}
      </h3>
      <div className={fields}>{children}</div>
    </div>
  );
}

/**
 * A FieldGroup's grid, for fields nested in one (a pool model's prices), and placing a field in it:
 * across the whole row, or at the start of a new row.
 */
export const useGridStyles = makeStyles({
  // Two fields a row: the pane is 320 px, and most fields hold a short number.
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: "start",
  },
  wide: { gridColumn: "1 / -1", minWidth: 0 },
  newRow: { gridColumnStart: 1 },
});
