import { useMemo } from 'react';
import { useLanguage, useWords } from '../i18n/use-words.ts';
import { useFormatting, useProjection } from '../store/projection.ts';
import { bridgeChartSpec } from './bridge-chart-spec.ts';
import { ChartFigure } from './chart-figure.tsx';
import { coverageChartSpec } from './coverage-chart-spec.ts';
import { mrrChartSpec } from './mrr-chart-spec.ts';
import { useChartPalette } from './use-chart-palette.ts';
import { retentionChartSpec } from './retention-chart-spec.ts';

/**
 * The four charts of what compounds. Specs are rebuilt when the projection, theme or formatting changes;
 * a chart re-renders and redraws only when its own spec shows something new.
 */
export function ChartGrid() {
  const projection = useProjection();
  const fmt = useFormatting();
  const palette = useChartPalette();
  const t = useWords().charts.common;
  // The specs' words are the page's language: a change of it makes them anew.
  const language = useLanguage();
  const specs = useMemo(
    () => ({
      mrr: mrrChartSpec(projection, palette, fmt),
      bridge: bridgeChartSpec(projection, palette, fmt),
      retention: retentionChartSpec(projection, palette, fmt),
      coverage: coverageChartSpec(projection, palette, fmt),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [projection, palette, fmt, language],
  );
  return (
    <section className="charts" aria-label={t.charts}>
      <ChartFigure name="mrr" spec={specs.mrr} formatting={fmt} />
      <ChartFigure name="bridge" spec={specs.bridge} formatting={fmt} />
      <ChartFigure name="retention" spec={specs.retention} formatting={fmt} />
      <ChartFigure name="coverage" spec={specs.coverage} formatting={fmt} />
    </section>
  );
}
