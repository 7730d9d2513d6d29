// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { BENCHMARK_NUMBERS, calibrate } from '../../src/analysis/calibrate.ts';
import { ViewStateProvider } from '../../src/analysis/view-state.tsx';
import YourNumbersView from '../../src/analysis/your-numbers-view.tsx';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/index.ts';
import { renderWithStore } from '../components/render.tsx';

const fmt = { locale: 'en-US', currency: 'USD' };
const view = () =>
  renderWithStore(
    <ViewStateProvider>
      <YourNumbersView />
    </ViewStateProvider>,
  );

describe('the “your numbers” form', () => {
  test('starts from the benchmarks and says what it assumed and derived', () => {
    view();
    expect(screen.getByRole('textbox', { name: 'Accounts today' })).toHaveValue('400');
    const c = calibrate(BENCHMARK_NUMBERS, DEFAULT_ASSUMPTIONS, fmt);
    for (const line of [...c.assumed, ...c.derived]) expect(screen.getByText(line)).toBeInTheDocument();
  });

  test('applies the scenario in one edit, through validation, and undoes it', async () => {
    const { store } = view();
    const accounts = screen.getByRole('textbox', { name: 'Accounts today' });
    await userEvent.clear(accounts);
    await userEvent.type(accounts, '250{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Use these numbers' }));
    const s = store.getState().inputs.segments[0]!;
    expect(s.name).toBe('Your book');
    expect(s.startingAccounts).toBe(250);
    expect(12 * s.arpa * 250).toBeCloseTo(BENCHMARK_NUMBERS.arr, 3);
    expect(screen.getByText(/^Your numbers are now the scenario\./)).toBeInTheDocument();
    // One edit: one undo of the store's takes it back.
    store.getState().undo();
    expect(store.getState().inputs).toEqual(DEFAULT_ASSUMPTIONS);
  });

  test('a number out of range is held to the range and the person told; text is refused', async () => {
    view();
    const grr = screen.getByRole('textbox', { name: 'Gross revenue retention today, a year' });
    await userEvent.clear(grr);
    await userEvent.type(grr, '140{Enter}');
    expect(screen.getByText('140% is outside 1% to 100%, so 100% is used.')).toBeInTheDocument();
    const csms = screen.getByRole('textbox', { name: 'CSMs today' });
    await userEvent.clear(csms);
    await userEvent.type(csms, 'lots{Enter}');
    expect(screen.getByText('“lots” is not a number, so 10 is kept.')).toBeInTheDocument();
  });
});
