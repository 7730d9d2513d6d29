import { useMemo } from 'react';
import { useResolvedTheme } from '../store/use-theme.ts';
import { ChartFigure } from '../charts/chart-figure.tsx';
import { cohortChartSpec, layerNameInText } from '../charts/cohort-chart-spec.ts';
import { money, percent } from '../format.ts';
import { useWords } from '../i18n/use-words.ts';
import { cohortLayers, type Assumptions, type CohortLayer } from '../model/index.ts';
import { useFormatting } from '../store/projection.ts';
import { memoByInputsAndKey } from '../store/memo.ts';
import { useSettledInputs } from '../store/projection.ts';
import { usePalette } from './use-palette.ts';

const layersOf = memoByInputsAndKey((a: Assumptions, segment: number | 'all') => cohortLayers(a, segment));

/** The layer that brings the most MRR at the horizon, and how much of it. */
function largest(layers: readonly CohortLayer[]): { layer: CohortLayer; mrr: number } {
  const H = layers[0]!.mrr.length - 1;
  const layer = layers.reduce((best, l) => (l.mrr[H]! > best.mrr[H]! ? l : best));
  return { layer, mrr: layer.mrr[H]! };
}

/** MRR by the year customers joined: the compounding of old customers, visible. */
export default function CohortsView() {
  const a = useSettledInputs();
  const fmt = useFormatting();
  const palette = usePalette();
  const dark = useResolvedTheme() === 'dark';
  const t = useWords().analysis.cohorts;
  const layers = layersOf(a, 'all');
  const spec = useMemo(() => cohortChartSpec(layers, palette, dark, fmt), [layers, palette, dark, fmt]);
  const H = a.horizonMonths;
  const start = layers[0]!;
  const startThen = start.mrr[0]!;
  const startNow = start.mrr[H]!;
  const top = largest(layers);
  return (
    <div className="analysis-view">
      <p className="verdict" data-verdict="cohorts">
        {startThen > 0
          ? t.start(
              money(fmt, startThen, true),
              money(fmt, startNow, true),
              H,
              percent(fmt, startNow / startThen, 0),
            )
          : t.noStart}{' '}
        {t.largest(H, layerNameInText(top.layer), money(fmt, top.mrr, true))}
      </p>
      <ChartFigure name="cohorts" spec={spec} />
      <p className="view-note">{t.note}</p>
    </div>
  );
}
