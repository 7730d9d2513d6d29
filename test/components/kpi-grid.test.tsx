// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { Cautions } from '../../src/components/cautions.tsx';
import { KpiGrid } from '../../src/components/kpi-grid.tsx';
import { Summary } from '../../src/components/summary.tsx';
import { activateWords, loadWords } from '../../src/i18n/words.ts';
import { DEFAULT_ASSUMPTIONS, evaluateCsProgram } from '../../src/model/index.ts';
import { kpiCards } from '../../src/store/kpis.ts';
import { projectionOf } from '../../src/store/projection-of.ts';
import { oneSegment } from '../../src/store/presets.ts';
import { renderWithStore } from './render.tsx';

const kpi = (name: string) => document.querySelector(`[data-kpi="${name}"] .kpi-value`)?.textContent;

describe('KPI cards', () => {
  test('show the model’s figures on the defaults', () => {
    renderWithStore(<KpiGrid />);
    const e = evaluateCsProgram(DEFAULT_ASSUMPTIONS);
    expect(kpi('roi')).toBe(`${Math.round(e.roi! * 100)}%`);
    expect(kpi('payback')).toBe(`Month ${e.paybackMonth}`);
    expect(kpi('recommended-csms')).toBe(String(e.recommendedCsms));
    expect(document.querySelectorAll('[data-kpi]')).toHaveLength(18);
    expect(screen.getByRole('article', { name: /^CS program ROI: / })).toBeInTheDocument();
  });

  test('say in words when a figure has no value', () => {
    renderWithStore(<KpiGrid />, oneSegment(DEFAULT_ASSUMPTIONS, { horizonMonths: 6, csms: 0 }));
    expect(kpi('roi')).toBe('No CS cost');
    expect(kpi('payback')).toBe('Nothing to pay back');
    expect(kpi('nrr')).toBe('Needs 12 months');
    expect(kpi('accounts-per-csm')).toBe('No CSMs');
  });

  test('say when the program does not pay back', () => {
    renderWithStore(<KpiGrid />, oneSegment(DEFAULT_ASSUMPTIONS, { csmAnnualCost: 5_000_000 }));
    expect(kpi('payback')).toBe('Not within 36 months');
    expect(document.querySelector('[data-kpi="payback"]')).toHaveClass('tone-bad');
  });

  test('the summary tells the story in one sentence', () => {
    renderWithStore(<Summary />);
    const csms = DEFAULT_ASSUMPTIONS.segments[0]!.csms;
    expect(screen.getByText(new RegExp(`Over 36 months, a CS team of ${csms} costs`))).toHaveTextContent(
      /ROI of \d+%, paid back in month \d+\./,
    );
  });
});

describe('a return that loses money once discounted', () => {
  test('ROI and payback are not shown as good news when NPV is below zero', () => {
    const a = oneSegment({ ...DEFAULT_ASSUMPTIONS, annualDiscountRate: 0.5 }, { csmAnnualCost: 300000 });
    const e = evaluateCsProgram(a);
    expect(e.roi!).toBeGreaterThan(0);
    expect(e.paybackMonth).not.toBeNull();
    expect(e.npv).toBeLessThan(0);
    renderWithStore(<KpiGrid />, a);
    for (const name of ['roi', 'payback']) {
      expect(document.querySelector(`[data-kpi="${name}"]`)).not.toHaveClass('tone-good');
    }
    expect(document.querySelector('[data-kpi="npv"]')).toHaveClass('tone-bad');
    expect(document.querySelector('[data-kpi="roi"] .kpi-detail')).toHaveTextContent(/NPV below zero/);
  });
});

describe('cautions beside the key figures', () => {
  test('say which assumption goes beyond the studies, as a note', () => {
    const base = DEFAULT_ASSUMPTIONS.segments[0]!.monthlyChurn.base;
    renderWithStore(<Cautions />, oneSegment(DEFAULT_ASSUMPTIONS, { monthlyChurn: { base, withCs: 0 } }));
    const note = screen.getByRole('note', { name: 'Cautions on this scenario' });
    expect(note).toHaveTextContent(/^Illustrative scenario/);
    expect(note).toHaveTextContent('Logo churn (CR6), with CS: CS cuts monthly logo churn from 0.8% to 0%');
  });

  test('are absent on the defaults', () => {
    renderWithStore(<Cautions />);
    expect(screen.queryByRole('note')).toBeNull();
  });
});

describe('in German', () => {
  beforeAll(async () => {
    await loadWords('de');
  });
  beforeEach(() => activateWords('de'));
  afterEach(() => activateWords('en'));

  test('the cards, the summary and the cautions speak German', () => {
    const base = DEFAULT_ASSUMPTIONS.segments[0]!.monthlyChurn.base;
    renderWithStore(
      <>
        <Summary />
        <KpiGrid />
        <Cautions />
      </>,
      oneSegment(DEFAULT_ASSUMPTIONS, { monthlyChurn: { base, withCs: 0 } }),
    );
    expect(screen.getByRole('region', { name: 'Kennzahlen' })).toBeInTheDocument();
    expect(screen.getByRole('article', { name: /^ROI des CS-Programms: / })).toBeInTheDocument();
    expect(kpi('payback')).toMatch(/^Monat \d+$/);
    expect(document.querySelector('[data-summary]')).toHaveTextContent(/^Über 36 Monate kostet ein CS-Team/);
    expect(screen.getByRole('note', { name: 'Hinweise zu diesem Szenario' })).toHaveTextContent(
      /^Illustratives Szenario/,
    );
    expect(document.body).not.toHaveTextContent(
      /CS program ROI|Payback|Over 36 months|Illustrative scenario/,
    );
  });

  test('a projection’s cards, made in English, are made again in German', () => {
    const p = projectionOf(DEFAULT_ASSUMPTIONS);
    const fmt = { locale: 'de-DE', currency: 'EUR' };
    activateWords('en');
    expect(kpiCards(p, fmt, 0)[0]!.label).toBe('CS program ROI');
    activateWords('de');
    expect(kpiCards(p, fmt, 0)[0]!.label).toBe('ROI des CS-Programms');
  });
});
