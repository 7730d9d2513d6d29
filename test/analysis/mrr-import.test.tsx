// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import MrrImport from '../../src/analysis/mrr-import.tsx';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/index.ts';
import { renderWithStore } from '../components/render.tsx';

const GOOD = 'month,expansion,contraction,churned,mrr,customers\nJan,0,0,0,10000,10\nFeb,100,0,200,9900,10';

async function paste(text: string) {
  const box = screen.getByRole('textbox', { name: 'Or paste the rows' });
  await userEvent.clear(box);
  // The clipboard path keeps the line breaks as they are.
  await userEvent.click(box);
  await userEvent.paste(text);
  await userEvent.click(screen.getByRole('button', { name: 'Estimate from the pasted rows' }));
}

describe('importing MRR movements', () => {
  test('pasted rows are estimated, shown with the months used, and applied only on request', async () => {
    const { store } = renderWithStore(<MrrImport />);
    await paste(GOOD);
    const verdict = document.querySelector('[data-verdict="mrr-import"]')!;
    expect(verdict).toHaveTextContent(/^From 1 monthly change, “Feb” to “Feb”: churn 2% of MRR a month/);
    expect(store.getState().inputs).toBe(DEFAULT_ASSUMPTIONS);
    await userEvent.click(screen.getByRole('button', { name: 'Use these rates' }));
    const s = store.getState().inputs.segments[0]!;
    expect(s.arpa).toBe(990);
    expect(s.monthlyChurn).not.toEqual(DEFAULT_ASSUMPTIONS.segments[0]!.monthlyChurn);
  });

  test('a bad paste is refused with a message and the scenario is unchanged', async () => {
    const { store } = renderWithStore(<MrrImport />);
    await paste('month,expansion,contraction,churned,mrr\nJan,0,0,0,1000\nFeb,0,0,0,-5');
    expect(document.querySelector('[data-verdict="mrr-import"]')).toHaveTextContent(
      /MRR of -5 is below zero/,
    );
    expect(screen.queryByRole('button', { name: 'Use these rates' })).toBeNull();
    expect(store.getState().inputs).toBe(DEFAULT_ASSUMPTIONS);
  });
});
