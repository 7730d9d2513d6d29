import type { Assumptions } from '../model/index.ts';
import { decimal, money, percent, type Formatting } from '../format.ts';
import { plural } from '../i18n/plural.ts';
import { words } from '../i18n/words.ts';
import { projectionOf } from '../store/projection-of.ts';
import { cautionsOf, illustrativeLabel } from '../warnings.ts';

/**
 * The few assumptions that explain a chart, in two short lines, after "Illustrative scenario…" when its CS
 * effects go beyond what studies report: what a PNG carries under its chart.
 */
export function keyAssumptions(a: Assumptions, fmt: Formatting): string[] {
  const t = words().share.keyAssumptions;
  const churn = (x: number) => percent(fmt, x, 2);
  // NOTE: a book of several segments is described by its first, named; the export's CSV lists them all.
  const s = a.segments[0]!;
  const named = a.segments.length > 1 ? t.firstOf(s.name, decimal(fmt, a.segments.length, 0)) : '';
  const illustrative = illustrativeLabel(cautionsOf(a, projectionOf(a).evaluation, fmt));
  return [
    ...(illustrative === null ? [] : [illustrative]),
    named +
      t.book(
        decimal(fmt, s.startingAccounts, 0),
        money(fmt, s.arpa),
        decimal(fmt, s.newAccountsPerMonth, 1),
        plural(a.horizonMonths, decimal(fmt, a.horizonMonths, 0), t.horizon),
      ),
    t.team(
      churn(s.monthlyChurn.base),
      churn(s.monthlyChurn.withCs),
      decimal(fmt, s.csms, 0),
      money(fmt, s.csmAnnualCost, true),
      percent(fmt, a.grossMargin, 0),
    ),
  ];
}
