import { describe, expect, test } from 'vitest';
import { kpiCards } from '../../src/store/kpis.ts';
import { createCalculatorStore } from '../../src/store/calculator-store.ts';
import { loadLink } from '../../src/store/load-link.ts';
import { projectionOf } from '../../src/store/projection-of.ts';
import fixtures from './fixtures/links-v2.json';

/**
 * Links made by the version 2 encoder (and one version 1 link), with the KPI texts the calculator showed
 * for them before the model had segments. They must open to the same figures.
 */
describe('links made before segments', () => {
  test.each(fixtures)('$name opens with the same KPIs', ({ link, kpis }) => {
    const store = createCalculatorStore();
    expect(loadLink(store, `#${link}`)).toBe(true);
    const s = store.getState();
    const shown = kpiCards(
      projectionOf(s.inputs),
      { locale: s.settings.locale, currency: s.settings.currency },
      s.activeSegment,
    );
    expect(Object.fromEntries(shown.map((k) => [k.name, { value: k.value, detail: k.detail }]))).toEqual(
      kpis,
    );
    expect(s.inputs.segments).toHaveLength(1);
    // A complete version 2 link said nothing of the team or the digital program: no notice about them.
    if (link.startsWith('v=2&')) expect(s.notices.map((n) => n.text)).toEqual([]);
  });
});
