import { SEGMENT_RANGES, type Assumptions, type Segment } from './assumptions.ts';
import { simulate, type MonthRow } from './simulate.ts';
import { annualToMonthly, monthlyToAnnual } from './units.ts';

/** Five points of annual logo retention (85 % → 90 %), as a fraction. */
export const RETENTION_GAIN_POINTS = 0.05;
/** Five per cent more paid new accounts every month. */
export const NEW_ACCOUNTS_GAIN = 0.05;

export interface ScenarioTotals {
  /** Σ gross profit over months 1..H. */
  grossProfit: number;
  /** Σ (gross profit − CAC spend − CS cost) over months 1..H. */
  contribution: number;
  cacSpend: number;
  endingMrr: number;
}

export interface Gain {
  assumptions: Assumptions;
  totals: ScenarioTotals;
  grossProfitGain: number;
  /** grossProfitGain ÷ the scenario's gross profit; null when that is 0. */
  grossProfitGainShare: number | null;
  contributionGain: number;
  cacSpendGain: number;
  endingMrrGain: number;
}

export interface RetentionVsAcquisition {
  totals: ScenarioTotals;
  /** Annual logo retention five points higher, with and without CS. */
  retention: Gain & {
    /** True when a side already kept more than 95 % a year, so it could only rise to 100 %. */
    capped: boolean;
  };
  /** Five per cent more paid new accounts a month. */
  acquisition: Gain;
}

function totalsOf(rows: readonly MonthRow[]): ScenarioTotals {
  const totals: ScenarioTotals = {
    grossProfit: 0,
    contribution: 0,
    cacSpend: 0,
    endingMrr: rows.at(-1)!.mrr,
  };
  for (let t = 1; t < rows.length; t++) {
    const r = rows[t]!;
    totals.grossProfit += r.grossProfit;
    totals.contribution += r.contribution;
    totals.cacSpend += r.cacSpend;
  }
  return totals;
}

function gainOver(base: ScenarioTotals, assumptions: Assumptions): Gain {
  const totals = totalsOf(simulate(assumptions).rows);
  const grossProfitGain = totals.grossProfit - base.grossProfit;
  return {
    assumptions,
    totals,
    grossProfitGain,
    grossProfitGainShare: base.grossProfit !== 0 ? grossProfitGain / Math.abs(base.grossProfit) : null,
    contributionGain: totals.contribution - base.contribution,
    cacSpendGain: totals.cacSpend - base.cacSpend,
    endingMrrGain: totals.endingMrr - base.endingMrr,
  };
}

/** Monthly churn after annual logo retention rises by `points` (capped at 100 % retention). */
export function churnAfterRetentionGain(monthlyChurn: number, points: number): number {
  return annualToMonthly(Math.max(0, monthlyToAnnual(monthlyChurn) - points));
}

/**
 * What five points of annual logo retention are worth over the horizon, next to five per cent more
 * new accounts a month, for the scenario as it stands (its CS team included).
 */
export function retentionVsAcquisition(
  a: Assumptions,
  points = RETENTION_GAIN_POINTS,
  newAccountsGain = NEW_ACCOUNTS_GAIN,
): RetentionVsAcquisition {
  const totals = totalsOf(simulate(a).rows);
  // NOTE: the retention gain is applied to both sides of every segment's churn lever (annual churn five
  // points lower without CS and with CS), so it holds whatever coverage the team delivers; a side
  // already below five points of annual churn goes to zero churn.
  const retained = (s: Segment): Segment => ({
    ...s,
    monthlyChurn: {
      base: churnAfterRetentionGain(s.monthlyChurn.base, points),
      withCs: churnAfterRetentionGain(s.monthlyChurn.withCs, points),
    },
  });
  const capped = a.segments.some(
    (s) => monthlyToAnnual(s.monthlyChurn.base) < points || monthlyToAnnual(s.monthlyChurn.withCs) < points,
  );
  // NOTE: more new accounts cost their CAC and need CSM hours; both are counted, and the team is not
  // resized, so coverage can fall. Gross profit is the like-for-like comparison; contribution nets CAC.
  const acquired = (s: Segment): Segment => ({
    ...s,
    newAccountsPerMonth: Math.min(
      SEGMENT_RANGES.newAccountsPerMonth.max,
      s.newAccountsPerMonth * (1 + newAccountsGain),
    ),
  });
  return {
    totals,
    retention: { ...gainOver(totals, { ...a, segments: a.segments.map(retained) }), capped },
    acquisition: gainOver(totals, { ...a, segments: a.segments.map(acquired) }),
  };
}
