import { describe, expect, test } from 'vitest';
import {
  annualToMonthly,
  churnAfterRetentionGain,
  DEFAULT_ASSUMPTIONS,
  monthlyToAnnual,
  retentionVsAcquisition,
} from '../../src/model/index.ts';
import { oneSegment, only } from './builders.ts';
import { PRESETS, RACE_COMPANY_A } from '../../src/store/presets.ts';
import { expectClose } from './close.ts';

/** Σ gross profit of months 1..H for the race company: accounts N[t] = N[t−1](1 − c) + n, margin 1. */
function raceGrossProfit(n: number, c: number, H: number, arpa: number) {
  let accounts = 0;
  let total = 0;
  for (let t = 1; t <= H; t++) {
    accounts = accounts * (1 - c) + n;
    total += accounts * arpa;
  }
  return total;
}

describe('retention vs acquisition', () => {
  test('five points of annual retention lower annual churn by five points', () => {
    const monthly = 0.015;
    expectClose(
      monthlyToAnnual(churnAfterRetentionGain(monthly, 0.05)),
      monthlyToAnnual(monthly) - 0.05,
      'annual',
    );
    expect(churnAfterRetentionGain(annualToMonthly(0.03), 0.05)).toBe(0);
  });

  test('matches the race company worked by hand', () => {
    const a = { ...RACE_COMPANY_A, horizonMonths: 36 };
    const r = retentionVsAcquisition(a);
    const base = raceGrossProfit(100, 0.1, 36, 50);
    expectClose(r.totals.grossProfit, base, 'scenario gross profit');
    // MRR is linear in new accounts here, so 5 % more of them is exactly 5 % more gross profit.
    expectClose(r.acquisition.grossProfitGainShare!, 0.05, 'acquisition share');
    expectClose(r.acquisition.cacSpendGain, 5 * 100 * 36, 'extra CAC');
    const improved = churnAfterRetentionGain(0.1, 0.05);
    expectClose(
      r.retention.grossProfitGain,
      raceGrossProfit(100, improved, 36, 50) - base,
      'retention gain',
      base,
    );
    expect(r.retention.capped).toBe(false);
    expect(r.retention.cacSpendGain).toBe(0);
  });

  test('on the defaults and every preset both gains are positive and shares are relative to the scenario', () => {
    for (const a of [DEFAULT_ASSUMPTIONS, ...PRESETS.map((p) => p.assumptions)]) {
      const r = retentionVsAcquisition(a);
      expect(r.retention.grossProfitGain).toBeGreaterThan(0);
      expect(r.acquisition.grossProfitGain).toBeGreaterThan(0);
      expectClose(
        r.retention.grossProfitGainShare!,
        r.retention.grossProfitGain / r.totals.grossProfit,
        'share',
      );
    }
  });

  test('says when retention was already above 95 % a year', () => {
    const a = oneSegment(
      { monthlyChurn: { base: 0.015, withCs: annualToMonthly(0.02) } },
      DEFAULT_ASSUMPTIONS,
    );
    const r = retentionVsAcquisition(a);
    expect(r.retention.capped).toBe(true);
    expect(only(r.retention.assumptions).monthlyChurn.withCs).toBe(0);
  });
});
