// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import FinanceView from '../../src/analysis/finance-view.tsx';
import {
  DEFAULT_EV_ARR_MULTIPLE,
  financeFigures,
  roiByYear,
  simpleLtv,
} from '../../src/analysis/finance-text.ts';
import { ViewStateProvider } from '../../src/analysis/view-state.tsx';
import { decimal, money, multiple } from '../../src/format.ts';
import { DEFAULT_ASSUMPTIONS, evaluateCsProgram } from '../../src/model/index.ts';
import { oneSegment } from '../../src/store/presets.ts';
import { projectionOf } from '../../src/store/projection-of.ts';
import { renderWithStore } from '../components/render.tsx';

const fmt = { locale: 'en-US', currency: 'USD' };
const p = projectionOf(DEFAULT_ASSUMPTIONS);
const figure = (name: string, multiple = DEFAULT_EV_ARR_MULTIPLE) =>
  financeFigures(p, 0, fmt, multiple).find((f) => f.name === name)!;

describe('the finance figures', () => {
  test('ROI by year shows year 1 negative on the defaults, as the model computes it', () => {
    const years = roiByYear(p, fmt);
    expect(years.map((y) => y.label)).toEqual([
      'Year 1 (months 1–12)',
      'Year 2 (months 13–24)',
      'Year 3 (months 25–36)',
    ]);
    expect(years[0]!.negative).toBe(true);
    expect(years[0]!.value).toBe(`${Math.round(p.evaluation.roiByYear[0]! * 100)}%`);
    expect(years[0]!.value).toMatch(/^-/);
  });

  test('CAC payback is CAC ÷ (ARPA × margin), and named apart from the CS program’s payback', () => {
    const s = DEFAULT_ASSUMPTIONS.segments[0]!;
    const months = s.cac / (s.arpa * DEFAULT_ASSUMPTIONS.grossMargin);
    expect(figure('cac-payback').value).toBe(`${decimal(fmt, months, 1)} months`);
    expect(figure('cac-payback').label).toBe('CAC payback');
    expect(figure('cs-program-payback').label).toBe('CS program payback');
    expect(figure('cs-program-payback').value).toBe(`Month ${p.evaluation.paybackMonth}`);
  });

  test('the spreadsheet LTV is ARPA × margin ÷ churn, next to the model’s CLV', () => {
    const s = DEFAULT_ASSUMPTIONS.segments[0]!;
    expect(simpleLtv(DEFAULT_ASSUMPTIONS, 0, 0)).toBeCloseTo(
      (s.arpa * DEFAULT_ASSUMPTIONS.grossMargin) / s.monthlyChurn.base,
      6,
    );
    expect(figure('simple-ltv').formula).toMatch(/^ARPA × gross margin ÷ monthly churn/);
    expect(figure('model-clv').value).toBe(
      `${money(fmt, p.segments[0]!.clvWithCs, true)} with CS, ${money(fmt, p.segments[0]!.clvBaseline, true)} without`,
    );
    const noChurn = oneSegment(DEFAULT_ASSUMPTIONS, { monthlyChurn: { base: 0, withCs: 0 } });
    expect(simpleLtv(noChurn, 0, 1)).toBeNull();
    expect(
      financeFigures(projectionOf(noChurn), 0, fmt, 5).find((f) => f.name === 'simple-ltv')!.value,
    ).toMatch(/No limit/);
  });

  test('CS cost share of ARR and the value of the ARR lift at a multiple', () => {
    const e = evaluateCsProgram(DEFAULT_ASSUMPTIONS);
    expect(figure('cs-cost-share').value).toBe(`${(e.csCostShareOfArr! * 100).toFixed(1)}%`);
    expect(figure('arr-lift-value', 8).value).toBe(money(fmt, e.endingArrLift * 8, true));
    expect(figure('arr-lift-value', 8).label).toBe(`Value of the ARR lift at ${multiple(fmt, 8)} ARR`);
  });
});

describe('the finance view', () => {
  const view = () =>
    renderWithStore(
      <ViewStateProvider>
        <FinanceView />
      </ViewStateProvider>,
    );
  const value = (name: string) =>
    document.querySelector(`[data-finance="${name}"] .finance-value`)?.textContent;

  test('shows every figure with its formula, and the ROI of each year', () => {
    view();
    const years = screen.getByRole('table', { name: /CS program ROI by year/ });
    expect(within(years).getAllByRole('row')).toHaveLength(4);
    for (const f of financeFigures(p, 0, fmt, DEFAULT_EV_ARR_MULTIPLE)) {
      expect(screen.getByText(f.formula)).toBeInTheDocument();
      expect(value(f.name)).toBe(f.value);
    }
  });

  test('the EV/ARR multiple is typed, refused when it is no number and kept in range', async () => {
    view();
    const box = screen.getByRole('textbox', { name: 'EV/ARR multiple' });
    await userEvent.clear(box);
    await userEvent.type(box, 'abc{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(
      `“abc” is not a number, so ${multiple(fmt, 5)} is kept.`,
    );
    expect(value('arr-lift-value')).toBe(money(fmt, p.evaluation.endingArrLift * 5, true));
    await userEvent.clear(box);
    await userEvent.type(box, '250{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(
      `${multiple(fmt, 250)} is outside ${multiple(fmt, 0)} to ${multiple(fmt, 100)}, so ${multiple(fmt, 100)} is used.`,
    );
    expect(value('arr-lift-value')).toBe(money(fmt, p.evaluation.endingArrLift * 100, true));
    await userEvent.clear(box);
    await userEvent.type(box, '8{Enter}');
    expect(value('arr-lift-value')).toBe(money(fmt, p.evaluation.endingArrLift * 8, true));
  });
});
