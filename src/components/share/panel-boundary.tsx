import { Component, type ReactNode } from 'react';
import { useWords } from '../../i18n/use-words.ts';

interface State {
  failed: boolean;
}

/**
 * Panels load as separate files. If one cannot be fetched (offline, or a new version replaced the old
 * files while the page stayed open), this says so in the panel instead of taking the calculator down.
 */
export class PanelBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return <PanelFailed />;
  }
}

function PanelFailed() {
  const t = useWords();
  return (
    <p className="panel-message" role="alert">
      {t.share.tools.panelFailed}
    </p>
  );
}
