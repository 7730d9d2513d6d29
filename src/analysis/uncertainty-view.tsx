import { useId, useMemo } from 'react';
import { bandChartSpec } from '../charts/band-chart-spec.ts';
import { ChartFigure } from '../charts/chart-figure.tsx';
import { decimal, money, percent, type Formatting } from '../format.ts';
import { MAX_SEED, readInput, type InputPath, type UncertainRanges } from '../model/index.ts';
import { formatInput, namedLabelOf } from '../input-catalog.ts';
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

/** How sure are we: ranges on the CS levers, a seeded Monte Carlo, MRR bands and the odds ROI is positive. */
export default function UncertaintyView() {
  const a = useSettledInputs();
  const fmt = useFormatting();
  const segment = useActiveSegment(a);
  const palette = usePalette();
  const churnUnit = useCalculator((s) => s.settings.churnUnit);
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
      <p className="view-intro">
        Give the lowest and highest value you believe for what CS achieves. Each run draws every ranged lever
        (most likely at the scenario’s value, less likely towards the ends: a triangular draw), simulates the
        whole horizon and evaluates the program. Leave both ends empty to keep a lever fixed.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => setState({ ...state, ranges: spreadRanges(a, segment) })}>
          ±20 % on every lever
        </button>
        <button type="button" onClick={() => setState({ ...state, ranges: spreadRanges(a, segment, 0.5) })}>
          ±50 % on every lever
        </button>
        <button type="button" onClick={() => setState({ ...state, ranges: {} })}>
          Clear all ranges
        </button>
      </div>
      <table className="range-form">
        <caption className="visually-hidden">Ranges of the with-CS levers</caption>
        <colgroup>
          <col className="label" />
          <col className="scenario" />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">With CS</th>
            <th scope="col">Scenario</th>
            <th scope="col">Low</th>
            <th scope="col">High</th>
          </tr>
        </thead>
        <tbody>
          {uncertainPaths(segment).map((path) => {
            const label = namedLabelOf(path, a).replace(/, with CS$/, '');
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
                      blank="fixed"
                      label={`${label}, with CS: ${end}`}
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
            label="Seed"
            showLabel
            fmt={fmt}
            onCommit={(v) => setState({ ...state, seed: Math.min(MAX_SEED, Math.max(0, Math.round(v))) })}
          />
        </span>
        <button type="button" onClick={() => setState({ ...state, seed: freshSeed() })}>
          New seed
        </button>
        <span className="stacked-field">
          <label htmlFor={`${id}-runs`}>Runs</label>
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
          <p>Running {decimal(fmt, state.runs, 0)} scenarios…</p>
        )}
      </div>
      {spec && <ChartFigure name="uncertainty" spec={spec} />}
    </div>
  );
}

function RunSummary({ run, pending, fmt }: { run: MonteCarloRun; pending: boolean; fmt: Formatting }) {
  const r = run.result;
  return (
    <>
      <p>
        {r.probabilityRoiPositive === null
          ? 'With no CS cost there is no ROI to be sure of.'
          : `The program returns more than it costs in ${percent(fmt, r.probabilityRoiPositive, 0)} of ${decimal(fmt, r.runs, 0)} runs.`}{' '}
        {r.roi &&
          `ROI: ${percent(fmt, r.roi.p10, 0)} at P10, ${percent(fmt, r.roi.p50, 0)} at the median, ${percent(fmt, r.roi.p90, 0)} at P90. `}
        {`Net benefit: ${money(fmt, r.netBenefit.p10, true)} to ${money(fmt, r.netBenefit.p90, true)} (P10 to P90).`}
      </p>
      <p className="view-note" data-fact="mc-status">
        {pending
          ? 'Updating for the latest inputs…'
          : `${decimal(fmt, r.runs, 0)} runs, seed ${r.seed}, in ${decimal(fmt, run.ms, 0)} ms on the ${run.where === 'worker' ? 'worker thread (the page stays responsive)' : 'main thread'}.`}
      </p>
    </>
  );
}
