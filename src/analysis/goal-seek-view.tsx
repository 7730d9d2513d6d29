import { useId, useState } from 'react';
import { useWords } from '../i18n/use-words.ts';
import { words } from '../i18n/words.ts';
import { goalSeek, readInput, type Assumptions, type GoalMetric, type InputPath } from '../model/index.ts';
import { explainProblems, formatInput, namedLabelOf, pathOf, type InputName } from '../input-catalog.ts';
import { useCalculator } from '../store/calculator-context.tsx';
import type { Formatting } from '../format.ts';
import { useFormatting } from '../store/projection.ts';
import { projectionOf } from '../store/projection-of.ts';
import { useActiveSegment } from '../store/active-segment.ts';
import { goalText } from './goal-text.ts';
import { memoByInputsAndKey } from '../store/memo.ts';
import { formatMetric, METRIC_LABEL } from '../metrics.ts';
import { useSettledInputs } from '../store/projection.ts';
import { ValueInput, type ValueView } from './value-input.tsx';
import { useViewState } from './view-state.tsx';

const GOALS: readonly GoalMetric[] = ['nrr', 'roi', 'paybackMonth', 'endingArr'];

/** Inputs worth solving for, CS levers first. */
export const SOLVE_FOR: readonly InputName[] = [
  'monthlyChurn.withCs',
  'expansionsPerYear.withCs',
  'expansionWinRate.withCs',
  'expansionUplift.withCs',
  'onboardingSuccess.withCs',
  'monthlyContraction.withCs',
  'csms',
  'csmAnnualCost',
  'impactHoursPerAccountMonth',
  'newAccountsPerMonth',
  'arpa',
  'monthlyChurn.base',
];

/** How a target is typed: NRR and ROI in percent, payback as a month, ARR as money a year. */
function targetView(metric: GoalMetric): ValueView {
  const say = (fmt: Formatting, value: number) => formatMetric(metric, value, fmt);
  const same = (x: number) => x;
  switch (metric) {
    case 'nrr':
    case 'roi':
      return {
        toShown: (x) => x * 100,
        fromShown: (x) => x / 100,
        digits: metric === 'nrr' ? 1 : 0,
        suffix: '%',
        money: false,
        say,
      };
    case 'paybackMonth':
      return {
        toShown: same,
        fromShown: Math.round,
        digits: 0,
        suffix: words().analysis.goal.monthUnit,
        money: false,
        say,
      };
    case 'endingArr':
      return {
        toShown: same,
        fromShown: same,
        digits: 0,
        suffix: words().analysis.perYear,
        money: true,
        say,
      };
  }
}

/** A target a little beyond where the scenario stands, so the first answer is a real one. */
function defaultTarget(a: Assumptions, metric: GoalMetric): number {
  const e = projectionOf(a).evaluation;
  switch (metric) {
    case 'nrr':
      return Math.ceil(((e.withCs.rows[a.horizonMonths]!.nrr ?? 1) + 0.02) * 100) / 100;
    case 'roi':
      return Math.ceil(((e.roi ?? 0) + 0.5) * 10) / 10;
    case 'paybackMonth':
      return Math.max(1, Math.min(a.horizonMonths, Math.round((e.paybackMonth ?? a.horizonMonths) * 0.75)));
    case 'endingArr':
      return Math.round((12 * e.withCs.rows[a.horizonMonths]!.mrr * 1.2) / 1000) * 1000;
  }
}

interface GoalState {
  metric: GoalMetric;
  /** Set when the view opens or the target changes, then kept: moving a slider does not move the goal. */
  target: number;
  /** What to solve for, in the segment on screen. */
  input: InputName;
}

const seekOf = memoByInputsAndKey((a: Assumptions, key: string) => {
  const { metric, target, path } = JSON.parse(key) as { metric: GoalMetric; target: number; path: InputPath };
  return goalSeek(a, { metric, target }, path);
});

/** What it would take: the value of one input that reaches a target, applied with one click. */
export default function GoalSeekView() {
  const a = useSettledInputs();
  const fmt = useFormatting();
  const segment = useActiveSegment(a);
  const setInput = useCalculator((s) => s.setInput);
  const { goal: t, quoted } = useWords().analysis;
  const [state, setState] = useViewState<GoalState>('goal', () => ({
    metric: 'nrr',
    target: defaultTarget(a, 'nrr'),
    input: 'monthlyChurn.withCs',
  }));
  // NOTE: the goal solves for an input of the segment on screen, named with it: choosing another segment
  // (or removing the one it was on) moves the goal to the segment shown, never to one that is gone.
  const path = pathOf(state.input, segment);
  const [applied, setApplied] = useState('');
  const id = useId();
  const { target } = state;
  const r = seekOf(a, JSON.stringify({ metric: state.metric, target, path }));
  const text = goalText(r, a, fmt);
  return (
    <div className="analysis-view">
      <div className="goal-form">
        <span className="stacked-field">
          <label htmlFor={`${id}-metric`}>{t.targetField}</label>
          <select
            id={`${id}-metric`}
            value={state.metric}
            onChange={(e) => {
              setApplied('');
              const metric = e.target.value as GoalMetric;
              setState({ ...state, metric, target: defaultTarget(a, metric) });
            }}
          >
            {GOALS.map((m) => (
              <option key={m} value={m}>
                {m === 'paybackMonth' ? t.paybackOption : t.atLeastOption(METRIC_LABEL[m])}
              </option>
            ))}
          </select>
        </span>
        <span className="stacked-field">
          <ValueInput
            view={targetView(state.metric)}
            value={target}
            label={t.targetValue}
            showLabel
            fmt={fmt}
            onCommit={(v, tell) => {
              setApplied('');
              // Month 0 is the opening position, before the program has run: nothing pays back by then.
              if (state.metric === 'paybackMonth' && v < 1) {
                tell(t.paybackTooSoon(target));
                return;
              }
              setState({ ...state, target: v });
            }}
          />
        </span>
        <span className="stacked-field">
          <label htmlFor={`${id}-path`}>{t.solveFor}</label>
          <select
            id={`${id}-path`}
            value={state.input}
            onChange={(e) => {
              setApplied('');
              setState({ ...state, input: e.target.value as InputName });
            }}
          >
            {SOLVE_FOR.map((name) => {
              const p = pathOf(name, segment);
              return (
                <option key={name} value={name}>
                  {t.inputOption(namedLabelOf(p, a), formatInput(p, readInput(a, p), fmt))}
                </option>
              );
            })}
          </select>
        </span>
      </div>
      <p className="verdict" data-verdict="goal" aria-live="polite" id={`${id}-answer`}>
        {text}
      </p>
      {r.status === 'found' && r.value !== r.current.input && (
        <button
          type="button"
          className="primary apply"
          aria-describedby={`${id}-answer`}
          onClick={() => {
            const problems = setInput(r.path, r.value!);
            setApplied(
              problems.length > 0
                ? explainProblems(problems, fmt)
                : t.applied(namedLabelOf(r.path, a), formatInput(r.path, r.value!, fmt)),
            );
          }}
        >
          {t.set(quoted(namedLabelOf(r.path, a)), formatInput(r.path, r.value!, fmt))}
        </button>
      )}
      <p className="view-note" role="status">
        {applied}
      </p>
      <p className="view-note">{t.note}</p>
    </div>
  );
}
