// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import TeamView from '../../src/analysis/team-view.tsx';
import { nextCsms } from '../../src/analysis/team-split.ts';
import { ViewStateProvider } from '../../src/analysis/view-state.tsx';
import { allocateTeam, DEFAULT_ASSUMPTIONS, type Assumptions } from '../../src/model/index.ts';
import { projectionOf } from '../../src/store/projection-of.ts';
import { SEGMENT_TEMPLATES } from '../../src/store/segment-templates.ts';
import { renderWithStore } from '../components/render.tsx';

const threeTiers: Assumptions = { ...DEFAULT_ASSUMPTIONS, segments: SEGMENT_TEMPLATES.map((t) => t.segment) };
const view = (a: Assumptions) =>
  renderWithStore(
    <ViewStateProvider>
      <TeamView />
    </ViewStateProvider>,
    a,
  );

// jsdom has no canvas layout for Chart.js: the charts are drawn in the browser tests.
vi.mock('../../src/charts/chart-canvas.tsx', () => ({ default: () => null }));

// jsdom has no media queries: the page is light.
beforeAll(() => {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }) as unknown as MediaQueryList;
});

describe('where the next CSM goes', () => {
  test('names the segment where one more CSM earns the most, and lists every segment', () => {
    view(threeTiers);
    const top = nextCsms(threeTiers)[0]!;
    expect(document.querySelector('[data-verdict="next-csm"]')).toHaveTextContent(
      `The next CSM earns the most in ${top.name}`,
    );
    expect(document.querySelectorAll('tr[data-segment]').length).toBe(2 * threeTiers.segments.length);
  });

  test('applies the best split of the same team in one edit, which raises net benefit, and undoes it', async () => {
    const { store } = view(threeTiers);
    const total = threeTiers.segments.reduce((n, s) => n + s.csms, 0);
    const best = allocateTeam(threeTiers, total).csms;
    expect(best).not.toEqual(threeTiers.segments.map((s) => s.csms));
    const before = projectionOf(threeTiers).evaluation.netBenefit;
    await userEvent.click(screen.getByRole('button', { name: 'Apply this split' }));
    const applied = store.getState().inputs;
    expect(applied.segments.map((s) => s.csms)).toEqual(best);
    expect(projectionOf(applied).evaluation.netBenefit).toBeGreaterThan(before);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Apply this split' })).toBeDisabled());
    // One edit: one undo of the store's takes it back.
    store.getState().undo();
    expect(store.getState().inputs.segments.map((s) => s.csms)).toEqual([5, 4, 2]);
  });

  test('with a hiring plan, says its figures are for a fixed team', () => {
    view({ ...threeTiers, team: { ...threeTiers.team, staffing: 'hireToCoverage' } });
    expect(document.querySelector('[data-fact="fixed-team"]')).toHaveTextContent(
      'These figures are for a fixed team',
    );
    expect(
      screen.getByRole('heading', { name: 'The same team, split the best way (fixed team)' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: /^Team size of .* \(fixed team\)$/ })).toBeVisible();
  });
});
