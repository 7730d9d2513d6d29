import { useId, useMemo } from 'react';
import { ChartFigure } from '../charts/chart-figure.tsx';
import { tornadoChartSpec } from '../charts/tornado-chart-spec.ts';
import {
  RETENTION_GAIN_POINTS,
  retentionVsAcquisition,
  sensitivity,
  type Assumptions,
  type InputPath,
  type SensitivityMetric,
} from '../model/index.ts';
import { useWords } from '../i18n/use-words.ts';
import { words } from '../i18n/words.ts';
import { useFormatting } from '../store/projection.ts';
import { memoByInputsAndKey } from '../store/memo.ts';
import { METRIC_LABEL } from '../metrics.ts';
import { namedLabelOf } from '../input-catalog.ts';
import { retentionGainText } from './retention-gain-text.ts';
import { useActiveSegment } from '../store/active-segment.ts';
import { useSettledInputs } from '../store/projection.ts';
import { usePalette } from './use-palette.ts';
import { useViewState } from './view-state.tsx';

const METRICS: readonly SensitivityMetric[] = ['roi', 'netBenefit', 'npv', 'endingArrLift', 'paybackMonth'];

const sensitivityOf = memoByInputsAndKey(sensitivity);
const gainOf = memoByInputsAndKey((a: Assumptions, points: number) => retentionVsAcquisition(a, points));

/** The inputs left out of the tornado, named: at zero, they have no 10 % to move by. */
function leftOutText(paths: readonly InputPath[], a: Assumptions): string {
  const named = paths.slice(0, 4).map((p) => namedLabelOf(p, a));
  return words().analysis.sensitivity.leftOut(named.join(', '), Math.max(0, paths.length - 4));
}

/** Which assumption matters most (a tornado), and what a retention gain is worth next to more acquisition. */
export default function SensitivityView() {
  const a = useSettledInputs();
  const fmt = useFormatting();
  const palette = usePalette();
  const t = useWords().analysis.sensitivity;
  const [metric, setMetric] = useViewState<SensitivityMetric>('sensitivity.metric', () => 'roi');
  const id = useId();
  const s = sensitivityOf(a, metric);
  const spec = useMemo(() => tornadoChartSpec(s, a, palette, fmt), [s, a, palette, fmt]);
  const gain = retentionGainText(a, gainOf(a, RETENTION_GAIN_POINTS), fmt, useActiveSegment(a));
  return (
    <div className="analysis-view">
      <div className="inspect-row">
        <label htmlFor={`${id}-metric`}>{t.measure}</label>
        <select
          id={`${id}-metric`}
          value={metric}
          onChange={(e) => setMetric(e.target.value as SensitivityMetric)}
        >
          {METRICS.map((m) => (
            <option key={m} value={m}>
              {METRIC_LABEL[m]}
            </option>
          ))}
        </select>
      </div>
      <p className="view-intro">
        {t.intro}
        {s.leftOut.length > 0 && ` ${leftOutText(s.leftOut, a)}`}
      </p>
      <div className="tall-chart">
        <ChartFigure name="tornado" spec={spec} />
      </div>
      <section className="gain" aria-labelledby={`${id}-gain`}>
        <h3 id={`${id}-gain`}>{t.gainHeading}</h3>
        <p className="verdict" data-verdict="retention-gain">
          {gain.verdict}
        </p>
        <div className="gain-cards">
          <article className="gain-card" data-fact="retention-gain">
            <h4>{t.retentionCard}</h4>
            <p>{gain.retention}</p>
          </article>
          <article className="gain-card" data-fact="acquisition-gain">
            <h4>{t.acquisitionCard}</h4>
            <p>{gain.acquisition}</p>
          </article>
        </div>
      </section>
    </div>
  );
}
