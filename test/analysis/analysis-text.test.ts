import { describe, expect, test } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  goalMetric,
  goalSeek,
  monthlyToAnnual,
  withInput,
  retentionVsAcquisition,
  sweepHeadcount,
  teamSize,
} from '../../src/model/index.ts';
import { goalText } from '../../src/analysis/goal-text.ts';
import { headcountText } from '../../src/analysis/headcount-text.ts';
import { retentionGainText } from '../../src/analysis/retention-gain-text.ts';
import { count, money, percent } from '../../src/format.ts';
import { oneSegment, RACE_COMPANY_A } from '../../src/store/presets.ts';

const fmt = { locale: 'en-US', currency: 'USD' };
const a = DEFAULT_ASSUMPTIONS;
const csms = a.segments[0]!.csms;
/** Text as a pattern that matches it literally. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('team size in words', () => {
  test('names the best team, today’s team and the full-coverage team from the sweep', () => {
    const sweep = sweepHeadcount(a, 0);
    const text = headcountText(a, sweep, teamSize(a, 0, a.segments[0]!.csms), fmt);
    expect(text.verdict).toContain(`The best team for this scenario is ${sweep.optimum.csms} CSMs`);
    expect(text.verdict).toContain(`${sweep.recommended} CSMs would cover every month in full.`);
    expect(text.cutOne).toBe(
      `Cutting one CSM (${csms} → ${csms - 1}) saves ${money(fmt, -sweep.cutOne!.costChange, true)} of CS cost over 36 months and loses ` +
        `${money(fmt, -sweep.cutOne!.grossProfitChange, true)} of gross profit: ${money(fmt, -sweep.cutOne!.netChange, true)} worse overall.`,
    );
    // One CSM more costs a year's fully loaded cost for each of the 36 months' three years.
    const oneMore = money(fmt, (a.segments[0]!.csmAnnualCost * a.horizonMonths) / 12, true);
    expect(text.addOne).toMatch(
      new RegExp(
        `^Adding one \\(${csms} → ${csms + 1}\\) costs ${literally(oneMore)} and brings \\$[\\d.]+[KM] of gross profit: \\$[\\d.]+[KM] (better|worse) overall\\.$`,
      ),
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
    // Two points of NRR above today's, which less churn with CS reaches (zero churn gives more).
    const path = 'segments.0.monthlyChurn.withCs';
    const today = goalMetric(a, 'nrr')!;
    const target = Math.round(100 * today + 2) / 100;
    expect(goalMetric(withInput(a, path, 0), 'nrr')!).toBeGreaterThan(target);
    const r = goalSeek(a, { metric: 'nrr', target }, path);
    const churn = percent(fmt, a.segments[0]!.monthlyChurn.withCs, 1);
    expect(goalText(r, a, fmt)).toMatch(
      new RegExp(
        `^To reach NRR at the horizon \\(month 36\\) of at least ${percent(fmt, target, 0)}, set “Logo churn \\(CR6\\), with CS” to 0\\.\\d+% ` +
          `\\(today ${literally(percent(fmt, today, 1))} with “Logo churn \\(CR6\\), with CS” at ${literally(churn)}\\)\\. That gives ${percent(fmt, target, 0)}\\.$`,
      ),
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

  test('says that CSMs move payback, and the closest it gets, when no team reaches it', () => {
    const r = goalSeek(a, { metric: 'paybackMonth', target: 1 }, 'segments.0.csms');
    const text = goalText(r, a, fmt);
    expect(text).not.toContain('does not move');
    expect(text).toMatch(/“CSMs” does move it: the closest it comes is month \d+, at \d+/);
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
    // Five points more annual logo retention on each side, and 5 % more new accounts.
    const { monthlyChurn, newAccountsPerMonth } = a.segments[0]!;
    const kept = (monthly: number, plus: number) => percent(fmt, 1 - monthlyToAnnual(monthly) + plus, 1);
    expect(text.retention).toContain(
      `Annual logo retention rate (1 − annual churn) ${kept(monthlyChurn.withCs, 0)} → ${kept(monthlyChurn.withCs, 0.05)} with CS ` +
        `(${kept(monthlyChurn.base, 0)} → ${kept(monthlyChurn.base, 0.05)} without)`,
    );
    expect(text.acquisition).toMatch(
      new RegExp(
        `^New accounts ${count(fmt, newAccountsPerMonth)} → ${count(fmt, 1.05 * newAccountsPerMonth)} a month: \\$[\\d.]+K more gross profit \\(\\+\\d\\.\\d%\\)`,
      ),
    );
  });
});
