import {
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Preview } from "../../text/modelComparison";
import { useSectionStyles } from "../styles";

const useStyles = makeStyles({
  // Lines of figures wrap anywhere rather than widen the pane.
  comparison: { overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  body: { overflowWrap: "anywhere" },
});

/** The offers' term totals and the cheapest before the model is written, or why they cannot be priced. */
export function ModelPreview({ preview }: { readonly preview: Preview }) {
  const shared = useSectionStyles();
  const styles = useStyles();
  if (preview.kind === "problem") {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody className={styles.body}>{preview.message}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div role="status" className={styles.comparison}>
      <Text weight="semibold">Over the term, at the forecast</Text>
      <ul className={mergeClasses(shared.secondary, styles.list)}>
        {preview.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Text>{preview.verdict}</Text>
    </div>
  );
}
