// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import MethodologyView from '../../src/analysis/methodology-view.tsx';
import { compareRows } from '../../src/components/share/compare-table.ts';
import { KpiGrid } from '../../src/components/kpi-grid.tsx';
import { kpiCsv } from '../../src/export/csv.ts';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/index.ts';
import { CalculatorProvider } from '../../src/store/calculator-context.tsx';
import { createCalculatorStore } from '../../src/store/calculator-store.ts';
import { cardLabelOf, KPIS, kpiFigures } from '../../src/store/kpis.ts';
import { oneSegment } from '../../src/store/presets.ts';
import { projectionOf } from '../../src/store/projection-of.ts';
import { readCsv } from '../unit/read-csv.ts';
import { renderWithStore } from './render.tsx';

/**
 * The KPI registry is the one list of key figures: a KPI in it that the cards, the key-figures CSV, the
 * compare table or the methodology leave out (or one they add on their own) fails here.
 */

const fmt = { locale: 'en-US', currency: 'USD' };
const names = KPIS.map((k) => k.name);
/** Every figure the CSV and compare table list: each KPI, then the figures its card quotes. */
const figures = KPIS.flatMap((k) => [k, ...(k.quotes ?? [])]);

afterEach(cleanup);

describe('the KPI registry', () => {
  test('names each KPI and each quoted figure once', () => {
    expect(new Set(figures.map((f) => f.name)).size).toBe(figures.length);
    expect(new Set(figures.map((f) => f.label)).size).toBe(figures.length);
  });

  test('every entry is a card, in registry order, under its label', () => {
    renderWithStore(<KpiGrid />);
    const cards = [...document.querySelectorAll<HTMLElement>('[data-kpi]')];
    expect(cards.map((c) => c.dataset.kpi)).toEqual(names);
    for (const k of KPIS) {
      const card = document.querySelector<HTMLElement>(`[data-kpi="${k.name}"]`)!;
      expect(within(card).getByRole('heading').textContent).toBe(cardLabelOf(k, 36));
      expect(card.textContent).toContain(k.formula);
    }
  });

  test('the headline cards are the registry’s headline entries, alone in the compact grid', () => {
    renderWithStore(<KpiGrid headlineOnly />);
    expect([...document.querySelectorAll<HTMLElement>('[data-kpi]')].map((c) => c.dataset.kpi)).toEqual(
      KPIS.filter((k) => k.headline).map((k) => k.name),
    );
  });

  test('every entry and every figure its card quotes is a row of the key-figures CSV', () => {
    const p = projectionOf(DEFAULT_ASSUMPTIONS);
    const csv = kpiCsv(p, { title: 'Registry', currency: 'USD', createdAt: '2026-01-01T00:00:00Z' }, 0);
    const rows = readCsv(csv);
    const head = rows.findIndex((r) => r[0] === 'Key figure');
    expect(rows.slice(head + 1).map((r) => r[0])).toEqual(figures.map((f) => f.label));
  });

  test('every entry and every figure its card quotes is a row of the compare table', () => {
    const scenarios = [DEFAULT_ASSUMPTIONS, oneSegment(DEFAULT_ASSUMPTIONS, { csms: 8 })];
    const rows = compareRows(
      scenarios.map((a) => kpiFigures(projectionOf(a), 0)),
      fmt,
    );
    expect(rows.map((r) => [r.name, r.label])).toEqual(figures.map((f) => [f.name, f.label]));
    for (const r of rows) expect(r.values).toHaveLength(2);
  });

  test('every entry has a methodology entry where its card’s info link points', () => {
    const store = createCalculatorStore();
    render(
      <CalculatorProvider store={store}>
        <MethodologyView />
      </CalculatorProvider>,
    );
    const entries = [...document.querySelectorAll<HTMLElement>('[id^="method-kpi-"]')];
    expect(entries.map((e) => e.id)).toEqual(names.map((n) => `method-kpi-${n}`));
    for (const k of KPIS) {
      const entry = document.getElementById(`method-kpi-${k.name}`)!;
      expect(within(entry).getByRole('heading').textContent).toBe(cardLabelOf(k, 36));
      for (const text of [k.formula, k.meaning, k.spreadsheet])
        expect(within(entry).getByText(text)).toBeTruthy();
    }
    expect(screen.getByRole('heading', { name: 'The key figures' })).toBeTruthy();
  });
});
