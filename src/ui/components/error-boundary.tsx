// A bug in a screen becomes a panel with a way out, not a stack trace over the user's terminal.
import { Component, type ReactNode } from 'react';
import { ErrorPanel } from './error-panel.js';

interface State {
  readonly error?: Error;
}

export class ErrorBoundary extends Component<{ readonly children: ReactNode }, State> {
  override state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorPanel
          title="kubectl-crashcourse hit a bug"
          message={`internal error: ${this.state.error.message}`}
          todo={['Press q to quit (or Ctrl-C).', 'Run the same with `kubectl-crashcourse diagnose POD --debug` and report the output.']}
        />
      );
    }
    return this.props.children;
  }
}
