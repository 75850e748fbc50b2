// A bug in a screen becomes a panel with a way out, not a stack trace over the user's terminal.
import { Component, type ReactNode } from 'react';
import { useT } from '../i18n.js';
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
      return <BugPanel error={this.state.error} />;
    }
    return this.props.children;
  }
}

// A function component, so the panel reads the language from context like every other screen.
function BugPanel({ error }: { readonly error: Error }) {
  const t = useT();
  return <ErrorPanel title={t('bug.title')} message={t('bug.message', { message: error.message })} todo={[t('bug.todo.quit'), t('bug.todo.report')]} />;
}
