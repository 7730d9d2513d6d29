import type { Assumptions, CsProgramEvaluation, Segment } from './model/index.ts';
import { labelOf, pathOf } from './input-catalog.ts';
import { decimal, percent, type Formatting } from './format.ts';
import { plural } from './i18n/plural.ts';
import { words } from './i18n/words.ts';

/**
 * Honest warnings: where a scenario's CS program does more than published studies support. Each caution
 * names the assumption that drives it, what the scenario assumes and what studies report (docs/presets.md lists
 * the sources). Pure, so every rule is tested without a page.
 */

export type CautionRule = 'churn-cut' | 'nrr-lift' | 'ttv-cut' | 'cs-cost-share';

export interface Caution {
  rule: CautionRule;
  /** The segment it is about; null for the whole book. */
  segment: number | null;
  /** The input that drives it, as the inputs panel labels it. */
  assumption: string;
  /** What the scenario assumes, in numbers. */
  scenario: string;
  /** What published studies report. */
  studies: string;
  /** Whether it is about the size of CS's effect, which makes the scenario illustrative rather than measured. */
  effect: boolean;
}

// NOTE: no public study found reports a CS program cutting logo churn by more than half, raising NRR by more
// than 10–15 points or cutting time to value by more than two thirds; models built from the benchmarks use a
// third to two fifths less churn. The thresholds are that judgement, said as such in each caution.
export const CAUTION_LIMITS = {
  /** Smallest share of monthly churn left with CS before a caution: a cut of more than half. */
  churnKept: 1 / 2,
  /** Largest rise of NRR (with CS against without, at the horizon) before a caution. */
  nrrLift: 0.15,
  /** Smallest share of time to value left with CS before a caution: a cut of more than two thirds. */
  ttvKept: 1 / 3,
  /** Largest CS cost as a share of ARR at the horizon before a caution (cited as a ceiling). */
  csCostShare: 0.15,
} as const;

/** Whether the with-CS levers of segment `index` ever apply: some month has coverage above zero. */
const csApplies = (e: CsProgramEvaluation, index: number) =>
  e.withCs.segments[index]?.rows.some((r) => r.coverage > 0) ?? false;

function leverCautions(a: Assumptions, e: CsProgramEvaluation, fmt: Formatting): Caution[] {
  const pct = (x: number) => percent(fmt, x, 2);
  const w = words().kpis;
  const named = (s: Segment, text: string) =>
    a.segments.length > 1 ? w.cautions.inSegment(s.name, text) : text;
  return a.segments.flatMap((s, i): Caution[] => {
    if (!csApplies(e, i)) return [];
    const out: Caution[] = [];
    const churn = s.monthlyChurn;
    if (churn.withCs < churn.base * CAUTION_LIMITS.churnKept) {
      out.push({
        rule: 'churn-cut',
        segment: i,
        assumption: labelOf(pathOf('monthlyChurn.withCs', i)),
        scenario: named(
          s,
          w.cautions.churnCut.scenario(
            pct(churn.base),
            pct(churn.withCs),
            percent(fmt, 1 - churn.withCs / churn.base, 0),
          ),
        ),
        studies: w.cautions.churnCut.studies,
        effect: true,
      });
    }
    const ttv = s.timeToValueMonths;
    if (ttv.withCs < ttv.base * CAUTION_LIMITS.ttvKept) {
      out.push({
        rule: 'ttv-cut',
        segment: i,
        assumption: labelOf(pathOf('timeToValueMonths.withCs', i)),
        scenario: named(
          s,
          w.cautions.ttvCut.scenario(
            plural(ttv.base, decimal(fmt, ttv.base, 1), w.span.months),
            decimal(fmt, ttv.withCs, 1),
          ),
        ),
        studies: w.cautions.ttvCut.studies,
        effect: true,
      });
    }
    return out;
  });
}

/** Every caution the scenario earns, in the order: churn, time to value (per segment), NRR, CS cost. */
export function cautionsOf(a: Assumptions, e: CsProgramEvaluation, fmt: Formatting): Caution[] {
  const out = leverCautions(a, e, fmt);
  const w = words().kpis.cautions;
  const H = a.horizonMonths;
  const nrrWith = e.withCs.rows[H]?.nrr ?? null;
  const nrrWithout = e.baseline.rows[H]?.nrr ?? null;
  if (nrrWith !== null && nrrWithout !== null && nrrWith - nrrWithout > CAUTION_LIMITS.nrrLift) {
    out.push({
      rule: 'nrr-lift',
      segment: null,
      assumption: w.nrrLift.assumption,
      scenario: w.nrrLift.scenario(
        String(H),
        percent(fmt, nrrWithout, 1),
        percent(fmt, nrrWith, 1),
        decimal(fmt, 100 * (nrrWith - nrrWithout), 1),
      ),
      studies: w.nrrLift.studies,
      effect: true,
    });
  }
  const share = e.csCostShareOfArr;
  if (share !== null && share > CAUTION_LIMITS.csCostShare) {
    out.push({
      rule: 'cs-cost-share',
      segment: null,
      assumption: w.costShare.assumption,
      scenario: w.costShare.scenario(percent(fmt, share, 1), String(H)),
      studies: w.costShare.studies,
      effect: false,
    });
  }
  return out;
}

/** The label exports carry when the scenario's CS effects go beyond what studies report; null otherwise. */
export function illustrativeLabel(cautions: readonly Caution[]): string | null {
  return cautions.some((c) => c.effect) ? words().kpis.cautions.illustrative : null;
}
