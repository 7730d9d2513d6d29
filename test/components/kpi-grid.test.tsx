// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { KpiGrid } from '../../src/components/kpi-grid.tsx';
import { Summary } from '../../src/components/summary.tsx';
import { DEFAULT_ASSUMPTIONS, evaluateCsProgram } from '../../src/model/index.ts';
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
    expect(document.querySelectorAll('[data-kpi]')).toHaveLength(16);
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
