import { useMemo } from 'react';
import { ChartFigure } from '../charts/chart-figure.tsx';
import { teamSplitChartSpec } from '../charts/team-split-chart-spec.ts';
import { decimal } from '../format.ts';
import { useWords } from '../i18n/use-words.ts';
import type { Assumptions } from '../model/index.ts';
import { useCalculator } from '../store/calculator-context.tsx';
import { memoByInputs } from '../store/memo.ts';
import { projectionOf } from '../store/projection-of.ts';
import { useFormatting } from '../store/projection.ts';
import { SegmentTeamSize } from './headcount-view.tsx';
import { bestSplitCurve, nextCsms, teamSplit } from './team-split.ts';
import { signedMoney, teamText } from './team-text.ts';
import { useSettledInputs } from '../store/projection.ts';
import { usePalette } from './use-palette.ts';

const teamOf = memoByInputs((a: Assumptions) => {
  const split = teamSplit(a);
  const next = nextCsms(a);
  const curve = bestSplitCurve(a, projectionOf(a).evaluation.recommendedCsms);
  return { split, next, curve };
});

/**
 * Where the next CSM goes, with several segments: what one more CSM is worth in each segment, today's split of the team against
 * the best split of the same team (one click applies it), and the whole book's net benefit for every
 * total team split the best way. The segment on screen's own team-size curve follows.
 */
export default function TeamView() {
  const several = useSettledInputs().segments.length > 1;
  // NOTE: with one segment there is nothing to split: its team-size curve is the whole answer, as before segments.
  return several ? <SplitTeam /> : <SegmentTeamSize />;
}

function SplitTeam() {
  const a = useSettledInputs();
  const fmt = useFormatting();
  const palette = usePalette();
  const applyTeamSplit = useCalculator((s) => s.applyTeamSplit);
  const words = useWords().analysis;
  const t = words.team;
  const fixed = a.team.staffing === 'hireToCoverage';
  const { split, next, text, spec } = useMemo(() => {
    const { split, next, curve } = teamOf(a);
    return {
      split,
      next,
      text: teamText(a, next, split, curve, fmt),
      spec: teamSplitChartSpec(curve, split.total, a.horizonMonths, fixed, palette, fmt),
    };
  }, [a, fixed, palette, fmt]);
  const same = split.best.every((n, i) => n === split.today[i]);
  const heading = (text: string) => (fixed ? words.fixedTeam(text) : text);
  return (
    <div className="analysis-view">
      {text.fixedNote && (
        <p className="view-note" data-fact="fixed-team">
          {text.fixedNote}
        </p>
      )}
      <p className="verdict" data-verdict="next-csm">
        {text.next}
      </p>
      <div className="table-scroll" role="region" aria-label={t.nextRegion} tabIndex={0}>
        <table>
          <caption>{heading(t.nextCaption)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.segment}</th>
              <th scope="col">{t.csmsToday}</th>
              <th scope="col">{t.netOfOneMore}</th>
            </tr>
          </thead>
          <tbody>
            {next.map((n) => (
              <tr key={n.segment} data-segment={n.segment}>
                <th scope="row">{n.name}</th>
                <td>{decimal(fmt, n.csms, 0)}</td>
                <td data-column="next">{signedMoney(fmt, n.netChange)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 className="view-heading">{heading(t.sameTeamHeading)}</h3>
      <p data-fact="split">{text.split}</p>
      <div className="table-scroll" role="region" aria-label={t.splitRegion} tabIndex={0}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.segment}</th>
              <th scope="col">{t.today}</th>
              <th scope="col">{t.bestSplit}</th>
            </tr>
          </thead>
          <tbody>
            {a.segments.map((s, i) => (
              <tr key={i} data-segment={i}>
                <th scope="row">{s.name}</th>
                <td>{decimal(fmt, split.today[i]!, 0)}</td>
                <td data-column="best">{decimal(fmt, split.best[i]!, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="inspect-row">
        <button
          type="button"
          className="primary"
          disabled={same}
          // The store's undo (the toolbar's Undo, Ctrl/Cmd+Z) takes it back.
          onClick={() => applyTeamSplit(split.best)}
        >
          {t.apply}
        </button>
      </div>

      <h3 className="view-heading">{heading(t.wholeTeamHeading)}</h3>
      <p data-fact="curve">{text.curve}</p>
      <ChartFigure name="team-split" spec={spec} />

      <SegmentTeamSize />
    </div>
  );
}
