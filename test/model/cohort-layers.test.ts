import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  cohortLayers,
  DEFAULT_ASSUMPTIONS,
  expansionGrowthAt,
  layerOfMonth,
  type Assumptions,
} from '../../src/model/index.ts';
import { only, oneSegment, rowsOf } from './builders.ts';
import { PRESETS, RACE_COMPANY_A } from '../../src/store/presets.ts';
import { anyAssumptionsArb } from './arbitraries.ts';
import { expectClose } from './close.ts';

/** Every month, the layers' MRR and accounts add up to what rowsOf() reports. */
function expectLayersSumToSimulate(a: Assumptions): void {
  const rows = rowsOf(a);
  const layers = cohortLayers(a);
  if (layers.length !== layerOfMonth(a.horizonMonths) + 1) throw new Error(`${layers.length} layers`);
  for (const layer of layers) {
    if (layer.mrr.length !== rows.length || layer.accounts.length !== rows.length) {
      throw new Error(`layer ${layer.year} has ${layer.mrr.length} months, rowsOf() ${rows.length}`);
    }
  }
  let mrrScale = 0;
  let accountScale = 0;
  for (let t = 0; t < rows.length; t++) {
    let mrr = 0;
    let accounts = 0;
    for (const layer of layers) {
      mrr += layer.mrr[t]!;
      accounts += layer.accounts[t]!;
    }
    // Judged against the largest book so far: a layer that has shrunk to dust carries its old rounding.
    mrrScale = Math.max(mrrScale, rows[t]!.mrr, rows[t]!.accounts * only(a).arpa);
    accountScale = Math.max(accountScale, rows[t]!.accounts);
    expectClose(mrr, rows[t]!.mrr, `MRR at month ${t}`, mrrScale);
    expectClose(accounts, rows[t]!.accounts, `accounts at month ${t}`, accountScale);
  }
}

describe('cohort layers', () => {
  test('sum to rowsOf() every month on the defaults and every preset', () => {
    expectLayersSumToSimulate(DEFAULT_ASSUMPTIONS);
    for (const preset of PRESETS) expectLayersSumToSimulate(preset.assumptions);
  });

  test('sum to rowsOf() every month for any valid scenario', () => {
    fc.assert(fc.property(anyAssumptionsArb({ maxHorizon: 60 }), expectLayersSumToSimulate), {
      numRuns: 300,
    });
  }, 30_000);

  test('a layer is empty before its year and its first month holds only that cohort', () => {
    const a = { ...DEFAULT_ASSUMPTIONS, horizonMonths: 40 };
    const layers = cohortLayers(a);
    expect(layers.map((l) => [l.year, l.firstMonth, l.lastMonth])).toEqual([
      [0, 0, 0],
      [1, 1, 12],
      [2, 13, 24],
      [3, 25, 36],
      [4, 37, 40],
    ]);
    const year2 = layers[2]!;
    expect(year2.mrr.slice(0, 13).every((x) => x === 0)).toBe(true);
    expect(year2.accounts[13]).toBeCloseTo(rowsOf(a)[13]!.newAccounts, 9);
  });

  test('the starting accounts with no new ones compound as MODEL.md’s single-cohort check', () => {
    // One cohort, no churn: MRR at t = start × arpa × ((1 − contraction)(1 + g))^t.
    const a: Assumptions = oneSegment(
      {
        horizonMonths: 30,
        newAccountsPerMonth: 0,
        referralsPerAccountYear: 0,
        monthlyChurn: { base: 0, withCs: 0 },
      },
      DEFAULT_ASSUMPTIONS,
    );
    const layers = cohortLayers(a);
    const rows = rowsOf(a);
    // The team covers the whole book every month, so the with-CS levers apply.
    expect(rows.slice(1).every((r) => r.coverage === 1)).toBe(true);
    const g = expansionGrowthAt(only(a), 1);
    const factor = (1 - only(a).monthlyContraction.withCs) * (1 + g);
    for (let t = 0; t <= 30; t++) {
      expectClose(layers[0]!.mrr[t]!, only(a).startingAccounts * only(a).arpa * factor ** t, `month ${t}`);
      for (const later of layers.slice(1)) expect(later.mrr[t]).toBe(0);
    }
  });

  test('the race company’s first-year customers fade at its churn', () => {
    const layers = cohortLayers(RACE_COMPANY_A);
    // Year 1's accounts after month 12 only churn: 10 % a month.
    const year1 = layers[1]!.accounts;
    expectClose(year1[24]!, year1[12]! * 0.9 ** 12, 'year-1 accounts at month 24');
  });
});
