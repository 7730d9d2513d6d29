import type { Assumptions } from '../model/index.ts';
import { decimal, money, percent, type Formatting } from '../format.ts';
import { projectionOf } from '../store/projection-of.ts';
import { cautionsOf, illustrativeLabel } from '../warnings.ts';

/**
 * The few assumptions that explain a chart, in two short lines, after "Illustrative scenario…" when its CS
 * effects go beyond what studies report: what a PNG carries under its chart.
 */
export function keyAssumptions(a: Assumptions, fmt: Formatting): string[] {
  const churn = (x: number) => percent(fmt, x, 2);
  // NOTE: a book of several segments is described by its first, named; the export's CSV lists them all.
  const s = a.segments[0]!;
  const named = a.segments.length > 1 ? `${s.name} (1 of ${a.segments.length} segments): ` : '';
  const illustrative = illustrativeLabel(cautionsOf(a, projectionOf(a).evaluation, fmt));
  return [
    ...(illustrative === null ? [] : [illustrative]),
    named +
      `${decimal(fmt, s.startingAccounts, 0)} accounts at ${money(fmt, s.arpa)} MRR, ` +
      `${decimal(fmt, s.newAccountsPerMonth, 1)} new a month, over ${a.horizonMonths} months`,
    `Churn ${churn(s.monthlyChurn.base)} a month without CS, ${churn(s.monthlyChurn.withCs)} with CS · ` +
      `${s.csms} CSMs at ${money(fmt, s.csmAnnualCost, true)} a year · gross margin ${percent(fmt, a.grossMargin, 0)}`,
  ];
}
