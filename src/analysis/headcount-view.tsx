import { useId, useMemo } from 'react';
import { ChartFigure } from '../charts/chart-figure.tsx';
import { headcountChartSpec } from '../charts/headcount-chart-spec.ts';
import { decimal } from '../format.ts';
import { plural } from '../i18n/plural.ts';
import { useWords } from '../i18n/use-words.ts';
import { sweepHeadcount, teamSize, type Assumptions } from '../model/index.ts';
import { useCalculator } from '../store/calculator-context.tsx';
import { useFormatting } from '../store/projection.ts';
import { useActiveSegment } from '../store/active-segment.ts';
import { pathOf } from '../input-catalog.ts';
import { headcountText } from './headcount-text.ts';
import { csmsOf } from './team-text.ts';
import { memoByInputsAndKey } from '../store/memo.ts';
import { useSettledInputs } from '../store/projection.ts';
import { usePalette } from './use-palette.ts';
import { useViewState } from './view-state.tsx';

const sweepOf = memoByInputsAndKey((a: Assumptions, segment: number) => sweepHeadcount(a, segment));

/**
 * One segment's team as a profit centre: net benefit for every team size of the segment on screen, and
 * what one CSM more or less there is worth.
 */
export function SegmentTeamSize() {
  const a = useSettledInputs();
  const fmt = useFormatting();
  const palette = usePalette();
  const setInput = useCalculator((s) => s.setInput);
  const words = useWords().analysis;
  const t = words.headcount;
  const [picked, setPicked] = useViewState<number | null>('headcount.inspected', () => null);
  const id = useId();
  const segment = useActiveSegment(a);
  const csms = a.segments[segment]!.csms;
  const { upper, inspected, spec, text } = useMemo(() => {
    const sweep = sweepOf(a, segment);
    const upper = sweep.points.at(-1)!.csms;
    const inspected = Math.min(upper, picked ?? csms);
    return {
      upper,
      inspected,
      spec: headcountChartSpec(a, sweep, inspected, palette, fmt),
      text: headcountText(a, sweep, teamSize(a, segment, inspected), fmt),
    };
  }, [a, segment, csms, picked, palette, fmt]);
  const several = a.segments.length > 1;
  const fixed = a.team.staffing === 'hireToCoverage';
  const heading = several ? t.headingOf(a.segments[segment]!.name) : t.heading;
  const size = csmsOf(fmt, inspected);
  return (
    <div className="analysis-view">
      {(several || fixed) && <h3 className="view-heading">{fixed ? words.fixedTeam(heading) : heading}</h3>}
      <p className="verdict" data-verdict="headcount">
        {text.verdict}
      </p>
      <ul className="facts">
        <li data-fact="cut-one">{text.cutOne}</li>
        <li data-fact="add-one">{text.addOne}</li>
      </ul>
      <ChartFigure name="headcount" spec={spec} />
      <div className="inspect">
        <label htmlFor={`${id}-size`}>{t.inspect}</label>
        <div className="inspect-row">
          <input
            id={`${id}-size`}
            type="range"
            min={0}
            max={upper}
            step={1}
            value={inspected}
            aria-valuetext={size}
            onChange={(e) => setPicked(Number(e.target.value))}
          />
          <output htmlFor={`${id}-size`} className="inspect-value">
            {size}
          </output>
          <button
            type="button"
            onClick={() => {
              setInput(pathOf('csms', segment), inspected);
              setPicked(null);
            }}
            disabled={inspected === csms}
          >
            {plural(inspected, decimal(fmt, inspected, 0), t.use)}
          </button>
        </div>
        <p data-fact="inspected" aria-live="polite">
          {text.inspected}
        </p>
      </div>
    </div>
  );
}
