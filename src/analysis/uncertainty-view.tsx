import { useId, useMemo } from 'react';
import { bandChartSpec } from '../charts/band-chart-spec.ts';
import { ChartFigure } from '../charts/chart-figure.tsx';
import { decimal, money, percent, type Formatting } from '../format.ts';
import { useWords } from '../i18n/use-words.ts';
import {
  MAX_SEED,
  readInput,
  type Assumptions,
  type InputPath,
  type UncertainRanges,
} from '../model/index.ts';
import { formatInput, infoOf, labelOf, namedLabelOf } from '../input-catalog.ts';
import { useCalculator } from '../store/calculator-context.tsx';
import { useFormatting } from '../store/projection.ts';
import { projectionOf } from '../store/projection-of.ts';
import { useActiveSegment } from '../store/active-segment.ts';
import { DEFAULT_SEED, freshSeed, RUN_CHOICES, spreadRanges, uncertainPaths } from './uncertainty.ts';
import { useMonteCarlo, type MonteCarloRun } from './use-monte-carlo.ts';
import { withEntry } from './partial-record.ts';
import { useSettledInputs } from '../store/projection.ts';
import { usePalette } from './use-palette.ts';
import { UnitNote, ValueInput, valueViewOf, type ValueView } from './value-input.tsx';
import { useViewState } from './view-state.tsx';

interface UncertaintyState {
  /** null: ±20 % around each with-CS value, following the scenario until a range is edited. */
  ranges: UncertainRanges | null;
  seed: number;
  runs: number;
}

const SEED_VIEW: ValueView = {
  toShown: (x) => x,
  fromShown: (x) => x,
  digits: 0,
  suffix: '',
  money: false,
  plain: true,
  say: (_fmt, value) => String(value),
};

/** A lever's name without its side ("Logo churn (CR6)"): the table's heading says "With CS". */
function leverName(path: InputPath, a: Assumptions): string {
  const named = namedLabelOf(path, a);
  const sided = labelOf(path);
  return named.endsWith(sided) ? named.slice(0, named.length - sided.length) + infoOf(path).label : named;
}

/** How sure are we: ranges on the CS levers, a seeded Monte Carlo, MRR bands and the odds ROI is positive. */
export default function UncertaintyView() {
  const a = useSettledInputs();
  const fmt = useFormatting();
  const segment = useActiveSegment(a);
  const palette = usePalette();
  const churnUnit = useCalculator((s) => s.settings.churnUnit);
  const t = useWords().analysis.uncertainty;
  const [state, setState] = useViewState<UncertaintyState>('uncertainty', () => ({
    ranges: null,
    seed: DEFAULT_SEED,
    runs: RUN_CHOICES[1],
  }));
  const id = useId();
  const ranges = useMemo(() => state.ranges ?? spreadRanges(a, segment), [state.ranges, a, segment]);
  const options = useMemo(
    () => ({ ranges, seed: state.seed, runs: state.runs }),
    [ranges, state.seed, state.runs],
  );
  const { run, pending } = useMonteCarlo(a, options);
  const scenario = projectionOf(run?.inputs ?? a).evaluation.withCs.rows;
  const spec = useMemo(
    () => (run ? bandChartSpec(run.result, scenario, palette, fmt) : null),
    [run, scenario, palette, fmt],
  );
  const setRange = (path: InputPath, end: 'low' | 'high', value: number | null) => {
    const current = ranges[path];
    const other = current?.[end === 'low' ? 'high' : 'low'] ?? readInput(a, path);
    const range =
      value === null ? null : end === 'low' ? { low: value, high: other } : { low: other, high: value };
    setState({ ...state, ranges: withEntry(ranges, path, range) });
  };

  return (
    <div className="analysis-view">
      <p className="view-intro">{t.intro}</p>
      <div className="button-row">
        <button type="button" onClick={() => setState({ ...state, ranges: spreadRanges(a, segment) })}>
          {t.spread20}
        </button>
        <button type="button" onClick={() => setState({ ...state, ranges: spreadRanges(a, segment, 0.5) })}>
          {t.spread50}
        </button>
        <button type="button" onClick={() => setState({ ...state, ranges: {} })}>
          {t.clear}
        </button>
      </div>
      <table className="range-form">
        <caption className="visually-hidden">{t.caption}</caption>
        <colgroup>
          <col className="label" />
          <col className="scenario" />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t.withCs}</th>
            <th scope="col">{t.scenario}</th>
            <th scope="col">{t.low}</th>
            <th scope="col">{t.high}</th>
          </tr>
        </thead>
        <tbody>
          {uncertainPaths(segment).map((path) => {
            const label = leverName(path, a);
            const view = valueViewOf(path, churnUnit);
            return (
              <tr key={path}>
                <th scope="row">
                  {label}
                  <UnitNote view={view} />
                </th>
                <td>{formatInput(path, readInput(a, path), fmt)}</td>
                {(['low', 'high'] as const).map((end) => (
                  <td key={end}>
                    <ValueInput
                      view={view}
                      value={ranges[path]?.[end] ?? null}
                      blank={t.fixed}
                      label={end === 'low' ? t.lowOf(label) : t.highOf(label)}
                      bare
                      fmt={fmt}
                      onCommit={(v) => setRange(path, end, v)}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="goal-form">
        <span className="stacked-field">
          <ValueInput
            view={SEED_VIEW}
            value={state.seed}
            label={t.seed}
            showLabel
            fmt={fmt}
            onCommit={(v) => setState({ ...state, seed: Math.min(MAX_SEED, Math.max(0, Math.round(v))) })}
          />
        </span>
        <button type="button" onClick={() => setState({ ...state, seed: freshSeed() })}>
          {t.newSeed}
        </button>
        <span className="stacked-field">
          <label htmlFor={`${id}-runs`}>{t.runs}</label>
          <select
            id={`${id}-runs`}
            value={state.runs}
            onChange={(e) => setState({ ...state, runs: Number(e.target.value) })}
          >
            {RUN_CHOICES.map((n) => (
              <option key={n} value={n}>
                {decimal(fmt, n, 0)}
              </option>
            ))}
          </select>
        </span>
      </div>
      <div className="verdict" data-verdict="uncertainty" aria-live="polite" aria-busy={pending}>
        {run ? (
          <RunSummary run={run} pending={pending} fmt={fmt} />
        ) : (
          <p>{t.running(decimal(fmt, state.runs, 0))}</p>
        )}
      </div>
      {spec && <ChartFigure name="uncertainty" spec={spec} />}
    </div>
  );
}

function RunSummary({ run, pending, fmt }: { run: MonteCarloRun; pending: boolean; fmt: Formatting }) {
  const t = useWords().analysis.uncertainty;
  const r = run.result;
  const runs = decimal(fmt, r.runs, 0);
  return (
    <>
      <p>
        {r.probabilityRoiPositive === null
          ? t.noCost
          : t.odds(percent(fmt, r.probabilityRoiPositive, 0), runs)}{' '}
        {r.roi &&
          `${t.roi(percent(fmt, r.roi.p10, 0), percent(fmt, r.roi.p50, 0), percent(fmt, r.roi.p90, 0))} `}
        {t.netBenefit(money(fmt, r.netBenefit.p10, true), money(fmt, r.netBenefit.p90, true))}
      </p>
      <p className="view-note" data-fact="mc-status">
        {pending ? t.updating : t.status(runs, r.seed, decimal(fmt, run.ms, 0), run.where === 'worker')}
      </p>
    </>
  );
}
