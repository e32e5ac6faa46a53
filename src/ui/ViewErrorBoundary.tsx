import { Component, type ReactNode } from 'react';

export interface ViewErrorBoundaryProps {
  /** A new key (another view, dataset, year or group) clears the error: the user may go on. */
  readonly resetKey: string;
  /** "Không hiển thị được biểu đồ này" / "This chart could not be shown". */
  readonly message: string;
  readonly backLabel: string;
  /** Goes back to the default view (which gives a new key). */
  readonly onBack: () => void;
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
  readonly key: string;
}

/**
 * Around each view: a view that throws (a bug, or data no check foresaw) shows a short message
 * with a way back, while the header, the tabs and the saved data keep working. React needs a
 * class component for this (there is no hook that catches render errors).
 */
export class ViewErrorBoundary extends Component<ViewErrorBoundaryProps, State> {
  override state: State = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromProps(
    props: ViewErrorBoundaryProps,
    state: State,
  ): Partial<State> | null {
    return props.resetKey === state.key ? null : { failed: false, key: props.resetKey };
  }

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="view-error">
        <p className="view-error__message">{this.props.message}</p>
        <button type="button" className="button" onClick={this.props.onBack}>
          {this.props.backLabel}
        </button>
      </div>
    );
  }
}
