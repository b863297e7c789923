import { useId } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { failureText } from "../text/failure";
import { ErrorBoundary } from "./ErrorBoundary";
import { FailureMessage } from "./FailureMessage";
import { useSectionStyles } from "./styles";

/** A failed section: its heading, still, and what failed. */
function PanelFailure({
  title,
  error,
  onReset,
}: {
  readonly title: string;
  readonly error: Error;
  readonly onReset: () => void;
}) {
  const shared = useSectionStyles();
  const headingId = useId("failed-section");
  return (
    <section className={shared.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={shared.heading}>
        {title}
      </h2>
      <FailureMessage text={failureText(error, title)} onAction={onReset} />
    </section>
  );
}

/**
 * One section of the taskpane, kept to itself: if it throws while showing itself, it says so in
 * its place, the other sections go on working, and "Reset this section" mounts it afresh.
 */
export function PanelBoundary({
  title,
  onReset,
  children,
}: {
  /** The section's heading. */
  readonly title: string;
  /** Restores the section's state kept in the App (its defaults), before it mounts again. */
  readonly onReset?: () => void;
  readonly children: ReactNode;
}) {
  return (
    <ErrorBoundary
      onReset={onReset}
      fallback={(error, reset) => <PanelFailure title={title} error={error} onReset={reset} />}
    >
      {children}
    </ErrorBoundary>
  );
}
