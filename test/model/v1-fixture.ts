/**
 * The version-1 model's numbers, frozen (fixtures/v1-outputs.json), and the check that a version-2 engine
 * reads the same version-1 scenario as one segment and reproduces every one of them (MODEL.md: "every
 * version-1 number is unchanged").
 */
import fixture from './fixtures/v1-outputs.json';
import { expectClose, expectCloseOrNull, expectRowsClose, type ComparableRow } from './close.ts';
import type { Version1Assumptions } from './reference.ts';

export interface V1Scenario {
  id: string;
  assumptions: Version1Assumptions;
  rows: ComparableRow[];
  evaluation: V1Evaluation;
}

export interface V1Evaluation {
  deltaGrossProfit: number;
  csCost: number;
  netBenefit: number;
  roi: number | null;
  paybackMonth: number | null;
  npv: number;
  endingArrLift: number;
  equivalentNewLogos: number | null;
  acquisitionSpendAvoided: number | null;
  accountsSaved: number;
  recommendedCsms: number;
}

export const V1_SCENARIOS: readonly V1Scenario[] = fixture.scenarios;

/** The rows of the whole book and of its one segment, and the program figures, equal to version 1's. */
export function expectVersion1Numbers(
  scenario: V1Scenario,
  simulation: { rows: readonly ComparableRow[]; segments: readonly { rows: readonly ComparableRow[] }[] },
  evaluation: V1Evaluation,
): void {
  const { assumptions: v1, rows, evaluation: want } = scenario;
  expectRowsClose(simulation.rows, rows, v1.arpa);
  if (simulation.segments.length !== 1) throw new Error(`${simulation.segments.length} segments`);
  expectRowsClose(simulation.segments[0]!.rows, rows, v1.arpa);
  // Differences of two runs are judged against the size of the runs.
  const gpScale = 2 * rows.reduce((s, r) => s + Math.abs(r.grossProfit), 0) + want.csCost;
  const mrrScale = rows.at(-1)!.mrr;
  expectClose(evaluation.deltaGrossProfit, want.deltaGrossProfit, 'deltaGrossProfit', gpScale);
  expectClose(evaluation.csCost, want.csCost, 'csCost');
  expectClose(evaluation.netBenefit, want.netBenefit, 'netBenefit', gpScale);
  expectCloseOrNull(evaluation.roi, want.roi, 'roi', gpScale / want.csCost);
  expectClose(evaluation.npv, want.npv, 'npv', gpScale);
  expectClose(evaluation.endingArrLift, want.endingArrLift, 'endingArrLift', 12 * mrrScale);
  expectCloseOrNull(evaluation.equivalentNewLogos, want.equivalentNewLogos, 'logos', mrrScale / v1.arpa);
  expectCloseOrNull(
    evaluation.acquisitionSpendAvoided,
    want.acquisitionSpendAvoided,
    'acquisitionSpendAvoided',
    (mrrScale / v1.arpa) * v1.cac,
  );
  expectClose(evaluation.accountsSaved, want.accountsSaved, 'accountsSaved', rows.at(-1)!.accounts);
  for (const f of ['paybackMonth', 'recommendedCsms'] as const) {
    if (evaluation[f] !== want[f]) throw new Error(`${f}: got ${evaluation[f]}, expected ${want[f]}`);
  }
}
