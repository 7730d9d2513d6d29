import { useEffect } from 'react';
import { ChartGrid } from '../charts/chart-grid.tsx';
import { InputPanel } from '../components/input-panel.tsx';
import { KpiGrid } from '../components/kpi-grid.tsx';
import { Notices } from '../components/notices.tsx';
import { Summary } from '../components/summary.tsx';
import { Toolbar } from '../components/toolbar.tsx';
import { useResolvedTheme } from './use-theme.ts';

/** The full calculator page: inputs on the left, what they are worth on the right. */
export function Calculator() {
  const theme = useResolvedTheme();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>Customer Success ROI</h1>
          <p className="tagline">What retention, onboarding and expansion are worth, month after month.</p>
        </div>
        <Toolbar />
      </header>
      <Notices />
      <main>
        <Summary />
        <div className="layout">
          <section className="inputs" aria-label="Assumptions">
            <InputPanel />
          </section>
          <div className="results">
            <KpiGrid />
            <ChartGrid />
          </div>
        </div>
      </main>
    </div>
  );
}
