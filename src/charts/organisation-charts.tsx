import { useMemo } from 'react';
import { useResolvedTheme } from '../store/use-theme.ts';
import { useLanguage, useWords } from '../i18n/use-words.ts';
import { useFormatting, useProjection } from '../store/projection.ts';
import { ChartFigure } from './chart-figure.tsx';
import { costChartSpec } from './cost-chart-spec.ts';
import { paletteFor } from './palette.ts';
import { segmentMrrChartSpec } from './segment-mrr-chart-spec.ts';
import { teamChartSpec } from './team-chart-spec.ts';

/**
 * The CS organisation's charts: MRR by segment, the team over time and the CS cost by kind. The page
 * loads them (in their own chunk) only once there are segments or a hiring plan to show; the MRR by
 * segment needs two segments to say more than the MRR chart.
 */
export default function OrganisationCharts() {
  const projection = useProjection();
  const fmt = useFormatting();
  const palette = paletteFor(useResolvedTheme());
  const bySegment = projection.inputs.segments.length > 1;
  const t = useWords().charts.common;
  // The specs' words are the page's language: a change of it makes them anew.
  const language = useLanguage();
  const specs = useMemo(
    () => ({
      segmentMrr: bySegment ? segmentMrrChartSpec(projection, palette, fmt) : null,
      team: teamChartSpec(projection, palette, fmt),
      cost: costChartSpec(projection, palette, fmt),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [projection, palette, fmt, bySegment, language],
  );
  return (
    <section className="charts" aria-label={t.organisation}>
      {specs.segmentMrr && <ChartFigure name="segment-mrr" spec={specs.segmentMrr} formatting={fmt} />}
      <ChartFigure name="team" spec={specs.team} formatting={fmt} />
      <ChartFigure name="cost" spec={specs.cost} formatting={fmt} />
    </section>
  );
}
