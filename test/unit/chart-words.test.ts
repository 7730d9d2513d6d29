import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bandChartSpec } from '../../src/charts/band-chart-spec.ts';
import { bridgeChartSpec } from '../../src/charts/bridge-chart-spec.ts';
import type { ChartSpec } from '../../src/charts/chart-spec.ts';
import { cohortChartSpec } from '../../src/charts/cohort-chart-spec.ts';
import { compareChartSpec } from '../../src/charts/compare-chart-spec.ts';
import { costChartSpec } from '../../src/charts/cost-chart-spec.ts';
import { coverageChartSpec } from '../../src/charts/coverage-chart-spec.ts';
import { headcountChartSpec } from '../../src/charts/headcount-chart-spec.ts';
import { mrrChartSpec } from '../../src/charts/mrr-chart-spec.ts';
import { paletteFor } from '../../src/charts/palette.ts';
import { raceChartSpec } from '../../src/charts/race-chart-spec.ts';
import { retentionChartSpec } from '../../src/charts/retention-chart-spec.ts';
import { segmentMrrChartSpec } from '../../src/charts/segment-mrr-chart-spec.ts';
import { teamChartSpec } from '../../src/charts/team-chart-spec.ts';
import { teamSplitChartSpec } from '../../src/charts/team-split-chart-spec.ts';
import { tornadoChartSpec } from '../../src/charts/tornado-chart-spec.ts';
import { activateWords, loadWords } from '../../src/i18n/words.ts';
import { ENGLISH_WORDS } from './english-words.ts';
import {
  cohortLayers,
  compareCompanies,
  DEFAULT_ASSUMPTIONS,
  monteCarlo,
  sensitivity,
  sweepHeadcount,
  type Assumptions,
} from '../../src/model/index.ts';
import { oneSegment } from '../../src/store/presets.ts';
import { projectionOf } from '../../src/store/projection-of.ts';
import { SEGMENT_TEMPLATES } from '../../src/store/segment-templates.ts';

const fmt = { locale: 'de-DE', currency: 'EUR' };
const palette = paletteFor('light');
const tiers: Assumptions = { ...DEFAULT_ASSUMPTIONS, segments: SEGMENT_TEMPLATES.map((t) => t.segment) };

interface Scale {
  title?: { text?: string };
}
interface Marked {
  scales?: Record<string, Scale>;
  plugins?: { markers?: { vertical?: { label: string }[]; horizontal?: { label: string }[] } };
}

/** Every word a chart shows but its input names: title, description, series, axes, markers, table heads. */
function frameWords(spec: ChartSpec): string[] {
  const options = spec.options as Marked;
  const markers = options.plugins?.markers ?? {};
  return [
    ...spec.data.datasets.map((d) => d.label ?? ''),
    ...Object.values(options.scales ?? {}).map((s) => s.title?.text ?? ''),
    ...[...(markers.vertical ?? []), ...(markers.horizontal ?? [])].map((m) => m.label),
    ...spec.table.columns,
  ];
}
const allWords = (spec: ChartSpec) => [spec.headline, spec.description, ...frameWords(spec)];

/** Every chart the page draws, built from the defaults (and the three tiers where segments matter). */
function everyChart(): [string, ChartSpec][] {
  const p = projectionOf(DEFAULT_ASSUMPTIONS);
  const sweep = sweepHeadcount(DEFAULT_ASSUMPTIONS, 0);
  const b = oneSegment(DEFAULT_ASSUMPTIONS, { csms: 4 });
  const run = monteCarlo(DEFAULT_ASSUMPTIONS, {
    ranges: { 'segments.0.arpa': { low: 900, high: 1100 } },
    seed: 1,
    runs: 100,
  });
  return [
    ['mrr', mrrChartSpec(p, palette, fmt)],
    ['bridge', bridgeChartSpec(p, palette, fmt)],
    ['retention', retentionChartSpec(p, palette, fmt)],
    ['coverage', coverageChartSpec(p, palette, fmt)],
    ['team', teamChartSpec(p, palette, fmt)],
    ['cost', costChartSpec(p, palette, fmt)],
    ['segment-mrr', segmentMrrChartSpec(projectionOf(tiers), palette, fmt)],
    ['cohorts', cohortChartSpec(cohortLayers(DEFAULT_ASSUMPTIONS), palette, false, fmt)],
    ['band', bandChartSpec(run, p.evaluation.withCs.rows, palette, fmt)],
    [
      'compare',
      compareChartSpec(
        [
          { name: 'A', projection: p },
          { name: 'B', projection: projectionOf(b) },
        ],
        palette,
        fmt,
      ),
    ],
    ['race', raceChartSpec(compareCompanies(DEFAULT_ASSUMPTIONS, b), 'contribution', 24, palette, fmt)],
    ['headcount', headcountChartSpec(DEFAULT_ASSUMPTIONS, sweep, 5, palette, fmt)],
    [
      'team-split',
      teamSplitChartSpec(
        sweep.points.map((x) => ({ csms: x.csms, netBenefit: x.netBenefit })),
        10,
        36,
        true,
        palette,
        fmt,
      ),
    ],
  ];
}

describe('charts in German', () => {
  beforeAll(async () => {
    await loadWords('de');
  });
  beforeEach(() => activateWords('de'));
  afterEach(() => activateWords('en'));

  it.each(everyChart().map(([name]) => name))('%s is titled, described and labelled in German', (name) => {
    const spec = new Map(everyChart()).get(name)!;
    expect(allWords(spec).filter((text) => ENGLISH_WORDS.test(text))).toEqual([]);
    expect(spec.table.columns.length).toBeGreaterThan(1);
  });

  it('the MRR chart says its story, its series and its months in German', () => {
    const spec = mrrChartSpec(projectionOf(DEFAULT_ASSUMPTIONS), palette, fmt);
    expect(spec.headline).toMatch(
      /^CS steigert den ARR bis Monat 36 um .+ und amortisiert sich in Monat \d+$/,
    );
    expect(spec.description).toMatch(/^Liniendiagramm über 36 Monate\./);
    expect(spec.data.datasets.map((d) => d.label)).toEqual([
      'MRR mit CS',
      'MRR ohne CS',
      'Kumulierter Nettonutzen',
    ]);
    expect(spec.table.columns[0]).toBe('Monat');
    expect(allWords(spec).join(' ')).not.toMatch(/MRR with CS|Line chart|Payback/);
  });

  it('the tornado names its metric, series and columns in German', () => {
    const spec = tornadoChartSpec(sensitivity(DEFAULT_ASSUMPTIONS, 'npv'), DEFAULT_ASSUMPTIONS, palette, fmt);
    expect(spec.data.datasets.map((d) => d.label)).toEqual(['Eingabe gesenkt', 'Eingabe erhöht']);
    expect(spec.table.columns).toEqual([
      'Eingabe',
      'Gesenkt auf',
      'Kapitalwert (NPV), gesenkt',
      'Erhöht auf',
      'Kapitalwert (NPV), erhöht',
      'Spanne',
    ]);
  });
});
