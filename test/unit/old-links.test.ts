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
// NOTE: the version 1 link leaves most fields out; they take today's defaults (with a notice), so its
// figures follow the defaults and are checked below for what it carries, not against old KPI texts.
const complete = fixtures.filter((f) => f.link.startsWith('v=2&'));
const v1 = fixtures.find((f) => f.link.startsWith('v=1&'))!;

describe('links made before segments', () => {
  test.each(complete)('$name opens with the same KPIs', ({ link, kpis }) => {
    const store = createCalculatorStore();
    expect(loadLink(store, `#${link}`)).toBe(true);
    const s = store.getState();
    const shown = kpiCards(
      projectionOf(s.inputs),
      { locale: s.settings.locale, currency: s.settings.currency },
      s.activeSegment,
    );
    // The figures the old app showed, each as it showed them (KPIs added since are not in the fixture).
    const then = new Set(Object.keys(kpis));
    expect(
      Object.fromEntries(
        shown.filter((k) => then.has(k.name)).map((k) => [k.name, { value: k.value, detail: k.detail }]),
      ),
    ).toEqual(kpis);
    expect(s.inputs.segments).toHaveLength(1);
    // A complete version 2 link said nothing of the team or the digital program: no notice about them.
    expect(s.notices.map((n) => n.text)).toEqual([]);
  });

  test('the version 1 link opens with the numbers it carries and names what it left out', () => {
    const store = createCalculatorStore();
    expect(loadLink(store, `#${v1.link}`)).toBe(true);
    const s = store.getState();
    const segment = s.inputs.segments[0]!;
    expect(s.inputs.horizonMonths).toBe(24);
    expect(segment).toMatchObject({ startingAccounts: 300, arpa: 1200, csms: 4 });
    expect(segment.monthlyChurn).toEqual({ base: 0.02, withCs: 0.012 });
    expect(s.settings.currency).toBe('GBP');
    expect(s.notices.map((n) => n.text).join(' ')).toMatch(/Acquisition cost/);
  });
});
