import type { Assumptions } from '../model/index.ts';
import { decimal, money, percent, type Formatting } from '../format.ts';

/** The few assumptions that explain a chart, in two short lines: what a PNG carries under its chart. */
export function keyAssumptions(a: Assumptions, fmt: Formatting): string[] {
  const churn = (x: number) => percent(fmt, x, 2);
  return [
    `${decimal(fmt, a.startingAccounts, 0)} accounts at ${money(fmt, a.arpa)} MRR, ` +
      `${decimal(fmt, a.newAccountsPerMonth, 1)} new a month, over ${a.horizonMonths} months`,
    `Churn ${churn(a.monthlyChurn.base)} a month without CS, ${churn(a.monthlyChurn.withCs)} with CS · ` +
      `${a.csms} CSMs at ${money(fmt, a.csmAnnualCost, true)} a year · gross margin ${percent(fmt, a.grossMargin, 0)}`,
  ];
}
