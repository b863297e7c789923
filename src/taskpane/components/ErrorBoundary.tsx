import { Component, Fragment, type ReactNode } from "react";

export interface ErrorBoundaryProps {
  /** What to show instead of the children once they have thrown; `reset` mounts them afresh. */
  readonly fallback: (error: Error, reset: () => void) => ReactNode;
  /** Restores state kept above the boundary, before the children are mounted afresh. */
  readonly onReset?: () => void;
  readonly children: ReactNode;
}

interface ErrorBoundaryState {
  readonly error?: Error;
  /** Bumped by each reset: the children's key, so that they mount again with their defaults. */
  readonly generation: number;
}

/**
 * Keeps an error thrown while rendering its children (or in their effects) to them: the rest of
 * the taskpane goes on working, and `fallback` says what failed. React needs a class for this; it
 * logs the error to the console itself.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<ErrorBoundaryState> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  readonly reset = (): void => {
    this.props.onReset?.();
    this.setState((state) => ({ error: undefined, generation: state.generation + 1 }));
  };

  override render(): ReactNode {
    const { error, generation } = this.state;
    if (error) return this.props.fallback(error, this.reset);
    return <Fragment key={generation}>{this.props.children}</Fragment>;
  }
}
