import { SCALAR_RANGES, type Assumptions } from './assumptions.ts';
import { summarizeProgram, withoutCs } from './program.ts';
import { runMonths, type MonthRow } from './simulate.ts';

/** How one team size would run the scenario: coverage, load per CSM and what the program returns. */
export interface TeamSize {
  csms: number;
  /** Mean coverage over months 1..H. */
  averageCoverage: number;
  lowestCoverage: number;
  /** First month with the lowest coverage. */
  lowestCoverageMonth: number;
  /** Accounts at the horizon per CSM; null with no CSMs. */
  accountsPerCsm: number | null;
  netBenefit: number;
  roi: number | null;
}

export function teamSize(a: Assumptions, csms: number): TeamSize {
  const n = Math.min(SCALAR_RANGES.csms.max, Math.max(0, Math.round(csms)));
  const scenario = { ...a, csms: n };
  const rows: MonthRow[] = [];
  const withCs = runMonths(scenario, rows);
  let sum = 0;
  let lowest = { coverage: Infinity, month: 0 };
  for (let t = 1; t < rows.length; t++) {
    const k = rows[t]!.coverage;
    sum += k;
    if (k < lowest.coverage) lowest = { coverage: k, month: t };
  }
  const { netBenefit, roi } = summarizeProgram(scenario, runMonths(withoutCs(scenario), null), withCs);
  return {
    csms: n,
    averageCoverage: sum / Math.max(1, rows.length - 1),
    lowestCoverage: lowest.coverage,
    lowestCoverageMonth: lowest.month,
    accountsPerCsm: n > 0 ? rows.at(-1)!.accounts / n : null,
    netBenefit,
    roi,
  };
}
