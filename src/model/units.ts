/** Monthly churn equivalent to an annual churn rate: both lose the same share over a year. */
export function annualToMonthly(annual: number): number {
  return 1 - Math.pow(1 - annual, 1 / 12);
}

/** Annual churn equivalent to a monthly churn rate. */
export function monthlyToAnnual(monthly: number): number {
  return 1 - Math.pow(1 - monthly, 12);
}

/** What 1 grows to over `months` at an annual rate compounded monthly: (1 + i)^months, i = (1 + r)^(1/12) − 1. */
export function compoundFactor(annualRate: number, months: number): number {
  return Math.pow(1 + annualRate, months / 12);
}
