import { useId, useMemo } from 'react';
import { ChartFigure } from '../charts/chart-figure.tsx';
import { raceChartSpec } from '../charts/race-chart-spec.ts';
import { useWords } from '../i18n/use-words.ts';
import { compareCompanies, RACE_METRICS, readInput, type Assumptions } from '../model/index.ts';
import { explainProblem, explainProblems, namedLabelOf } from '../input-catalog.ts';
import { useCalculator } from '../store/calculator-context.tsx';
import { raceExample } from '../store/presets.ts';
import { useFormatting } from '../store/projection.ts';
import { memoByInputsAndKey } from '../store/memo.ts';
import { withEntry } from './partial-record.ts';
import {
  ARTICLE_CHANGES,
  companyB,
  halfAndHalf,
  isArticleRace,
  RACE_PATHS,
  type RaceChanges,
} from './race.ts';
import { ARTICLE_MONTH, articleCheck, raceHeadline, raceSentence } from './race-text.ts';
import { useSettledInputs } from '../store/projection.ts';
import { usePalette } from './use-palette.ts';
import { UnitNote, ValueInput, valueViewOf } from './value-input.tsx';
import { useViewState } from './view-state.tsx';

interface RaceState {
  /** null until the view first opens, when B starts as A with half the new accounts and half the churn. */
  changes: RaceChanges | null;
  month: number;
}

const raceOf = memoByInputsAndKey((a: Assumptions, changesKey: string) => {
  const { b, problems } = companyB(a, JSON.parse(changesKey) as RaceChanges);
  return { b, problems, comparison: compareCompanies(a, b), article: isArticleRace(a, b) };
});

/** Company A (the scenario) against company B (A with a few changes): who is ahead, on what, and from when. */
export default function RaceView() {
  const a = useSettledInputs();
  const fmt = useFormatting();
  const palette = usePalette();
  const churnUnit = useCalculator((s) => s.settings.churnUnit);
  const setInput = useCalculator((s) => s.setInput);
  const loadInputs = useCalculator((s) => s.loadInputs);
  const t = useWords().analysis.race;
  const [state, setState] = useViewState<RaceState>('race', () => ({ changes: null, month: ARTICLE_MONTH }));
  const id = useId();
  const { changes, b, problems, c, article, month, specs } = useMemo(() => {
    const changes = state.changes ?? halfAndHalf(a);
    const { b, problems, comparison: c, article } = raceOf(a, JSON.stringify(changes));
    const month = Math.min(Math.max(1, state.month), c.months);
    const specs = RACE_METRICS.map((m) => ({ metric: m, spec: raceChartSpec(c, m, month, palette, fmt) }));
    return { changes, b, problems, c, article, month, specs };
  }, [a, state, palette, fmt]);
  const setChange = (path: (typeof RACE_PATHS)[number], value: number | null) =>
    setState({ ...state, changes: withEntry(changes, path, value) });

  return (
    <div className="analysis-view">
      <p className="view-intro">{t.intro}</p>
      <div className="button-row">
        <button
          type="button"
          onClick={() => {
            loadInputs(raceExample(), t.exampleSource);
            setState({ changes: ARTICLE_CHANGES, month: ARTICLE_MONTH });
          }}
        >
          {t.loadArticle}
        </button>
        <button type="button" onClick={() => setState({ ...state, changes: halfAndHalf(a) })}>
          {t.halfAndHalf}
        </button>
        <button type="button" onClick={() => setState({ ...state, changes: {} })}>
          {t.same}
        </button>
      </div>
      <table className="race-form">
        <caption className="visually-hidden">{t.formCaption}</caption>
        <colgroup>
          <col className="label" />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t.input}</th>
            <th scope="col">{t.companyA}</th>
            <th scope="col">{t.companyB}</th>
          </tr>
        </thead>
        <tbody>
          {RACE_PATHS.map((path) => (
            <tr key={path}>
              <th scope="row">
                {namedLabelOf(path, a)}
                <UnitNote view={valueViewOf(path, churnUnit)} />
              </th>
              <td>
                <ValueInput
                  view={valueViewOf(path, churnUnit)}
                  value={readInput(a, path)}
                  label={t.fieldA(namedLabelOf(path, a))}
                  bare
                  fmt={fmt}
                  onCommit={(v, tell) => tell(explainProblems(setInput(path, v), fmt))}
                />
              </td>
              <td className={changes[path] === undefined ? 'follows-a' : 'changed'}>
                <ValueInput
                  view={valueViewOf(path, churnUnit)}
                  value={changes[path] === undefined ? null : readInput(b, path)}
                  blank={t.asA}
                  label={t.fieldB(namedLabelOf(path, a))}
                  bare
                  fmt={fmt}
                  onCommit={(v) => setChange(path, v)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > 0 && (
        <ul className="notes" aria-label={t.problems}>
          {problems.map((p) => (
            <li key={p.field}>{t.problem(explainProblem(p, fmt))}</li>
          ))}
        </ul>
      )}
      <div className="inspect">
        <label htmlFor={`${id}-month`}>{t.verdictAt}</label>
        <div className="inspect-row">
          <input
            id={`${id}-month`}
            type="range"
            min={1}
            max={c.months}
            step={1}
            value={month}
            aria-valuetext={t.month(month)}
            onChange={(e) => setState({ ...state, changes, month: Number(e.target.value) })}
          />
          <output htmlFor={`${id}-month`} className="inspect-value">
            {t.month(month)}
          </output>
        </div>
      </div>
      <div className="verdict" data-verdict="race" aria-live="polite">
        <p>{raceHeadline(c)}</p>
        <ul className="facts">
          {RACE_METRICS.map((m) => (
            <li key={m} data-fact={`race-${m}`}>
              {raceSentence(c, m, month, fmt)}
            </li>
          ))}
        </ul>
      </div>
      {article && (
        <p className="callout" data-fact="article-check">
          {articleCheck(c, fmt)}
        </p>
      )}
      <div className="analysis-charts">
        {specs.map(({ metric, spec }) => (
          <ChartFigure key={metric} name={`race-${metric}`} spec={spec} />
        ))}
      </div>
    </div>
  );
}
