import { describe, expect, test } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  goalSeek,
  retentionVsAcquisition,
  sweepHeadcount,
  teamSize,
} from '../../src/model/index.ts';
import { goalText } from '../../src/analysis/goal-text.ts';
import { headcountText } from '../../src/analysis/headcount-text.ts';
import { retentionGainText } from '../../src/analysis/retention-gain-text.ts';
import { money } from '../../src/format.ts';
import { oneSegment, RACE_COMPANY_A } from '../../src/store/presets.ts';

const fmt = { locale: 'en-US', currency: 'USD' };
const a = DEFAULT_ASSUMPTIONS;

describe('team size in words', () => {
  test('names the best team, today’s team and the full-coverage team from the sweep', () => {
    const sweep = sweepHeadcount(a, 0);
    const text = headcountText(a, sweep, teamSize(a, 0, a.segments[0]!.csms), fmt);
    expect(text.verdict).toContain(`The best team for this scenario is ${sweep.optimum.csms} CSMs`);
    expect(text.verdict).toContain(`${sweep.recommended} CSMs would cover every month in full.`);
    expect(text.cutOne).toBe(
      `Cutting one CSM (5 → 4) saves ${money(fmt, -sweep.cutOne!.costChange, true)} of CS cost over 36 months and loses ` +
        `${money(fmt, -sweep.cutOne!.grossProfitChange, true)} of gross profit: ${money(fmt, -sweep.cutOne!.netChange, true)} worse overall.`,
    );
    expect(text.addOne).toMatch(
      /^Adding one \(5 → 6\) costs \$360K and brings \$[\d.]+[KM] of gross profit: \$[\d.]+[KM] better overall\.$/,
    );
  });

  test('handles a team of zero', () => {
    const zero = oneSegment(a, { csms: 0 });
    const text = headcountText(zero, sweepHeadcount(zero, 0), teamSize(zero, 0, 0), fmt);
    expect(text.cutOne).toBe('With no CSMs there is no one to cut.');
    expect(text.inspected).toContain('coverage is zero');
  });
});

describe('goal seek in words', () => {
  test('gives the value needed', () => {
    const r = goalSeek(a, { metric: 'nrr', target: 0.96 }, 'segments.0.monthlyChurn.withCs');
    expect(goalText(r, a, fmt)).toMatch(
      /^To reach NRR at the horizon \(month 36\) of at least 96%, set “Logo churn \(CR6\), with CS” to 0\.\d+% \(today 93\.8% with “Logo churn \(CR6\), with CS” at 0\.7%\)\. That gives 96%\.$/,
    );
  });

  test('says plainly when no value reaches the target', () => {
    const r = goalSeek(a, { metric: 'nrr', target: 3 }, 'segments.0.monthlyChurn.withCs');
    expect(goalText(r, a, fmt)).toMatch(
      /^No value of “Logo churn \(CR6\), with CS” from 0% to 100% reaches NRR/,
    );
  });

  test('says when the input does not move the measure at all, and why', () => {
    const r = goalSeek(RACE_COMPANY_A, { metric: 'nrr', target: 0.31 }, 'segments.0.monthlyChurn.withCs');
    expect(goalText(r, RACE_COMPANY_A, fmt)).toMatch(
      /It does not move NRR at the horizon at all here: with no CSMs, the with-CS values never apply\.$/,
    );
  });

  test('says when the input cannot decide the goal', () => {
    const r = goalSeek(a, { metric: 'endingArr', target: 1 }, 'grossMargin');
    expect(goalText(r, a, fmt)).toContain('this input does not decide it');
  });
});

describe('retention or acquisition in words', () => {
  test('compares the two gains on gross profit', () => {
    const r = retentionVsAcquisition(a);
    const text = retentionGainText(a, r, fmt, 0);
    const ratio = r.retention.grossProfitGain / r.acquisition.grossProfitGain;
    expect(ratio).toBeGreaterThan(1);
    expect(text.verdict).toContain(
      `are worth ${ratio.toFixed(1)}× the gross profit of 5 % more new accounts over 36 months`,
    );
    expect(text.retention).toContain('Annual logo retention 91.9% → 96.9% with CS (83.4% → 88.4% without)');
    expect(text.acquisition).toMatch(
      /^New accounts 20 → 21 a month: \$[\d.]+K more gross profit \(\+1\.\d%\)/,
    );
  });
});
