// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { ChartFigure } from '../../src/charts/chart-figure.tsx';
import { mrrChartSpec } from '../../src/charts/mrr-chart-spec.ts';
import { paletteFor } from '../../src/charts/palette.ts';
import { activateWords, loadWords } from '../../src/i18n/words.ts';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/index.ts';
import { projectionOf } from '../../src/store/projection-of.ts';
import { renderWithStore } from './render.tsx';

// The canvas is drawn by Chart.js in a browser (test/e2e); here the figure's words are what is read.
vi.mock('../../src/charts/chart-canvas.tsx', () => ({ default: () => null }));

describe('a chart figure in German', () => {
  beforeAll(async () => {
    await loadWords('de');
  });
  afterEach(() => activateWords('en'));

  test('its title, legend, table toggle and table speak German', () => {
    activateWords('de');
    const fmt = { locale: 'de-DE', currency: 'EUR' };
    const spec = mrrChartSpec(projectionOf(DEFAULT_ASSUMPTIONS), paletteFor('light'), fmt);
    renderWithStore(<ChartFigure name="mrr" spec={spec} formatting={fmt} />);
    const figure = screen.getByRole('figure');
    expect(within(figure).getByText(/^CS steigert den ARR/)).toBeInTheDocument();
    const legend = screen.getByRole('list', { name: 'Datenreihen: zum Ein- oder Ausblenden drücken' });
    expect(within(legend).getByRole('button', { name: 'MRR ohne CS' })).toBeInTheDocument();
    const toggle = screen.getByText('Als Tabelle zeigen');
    const details = toggle.closest('details')!;
    details.open = true;
    fireEvent(details, new Event('toggle'));
    const table = screen.getByRole('region', { name: /^Tabelle: CS steigert den ARR/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Monat', 'MRR mit CS', 'MRR ohne CS', 'Kumulierter Nettonutzen']);
    expect(figure).not.toHaveTextContent(/Show as table|MRR with CS|Month/);
  });
});
