import { describe, expect, test } from 'vitest';
import {
  cohortLayers,
  compareCompanies,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_SEGMENT,
  goalSeek,
  monteCarlo,
  retentionVsAcquisition,
  sensitivity,
  simulate,
  sweepHeadcount,
  teamSize,
  type Assumptions,
} from '../../src/model/index.ts';
import { goalText } from '../../src/analysis/goal-text.ts';
import { headcountText } from '../../src/analysis/headcount-text.ts';
import { companyB, halfAndHalf } from '../../src/analysis/race.ts';
import { articleCheck, raceHeadline, raceSentence } from '../../src/analysis/race-text.ts';
import { retentionGainText } from '../../src/analysis/retention-gain-text.ts';
import { spreadRanges } from '../../src/analysis/uncertainty.ts';
import { bandChartSpec } from '../../src/charts/band-chart-spec.ts';
import type { ChartSpec } from '../../src/charts/chart-spec.ts';
import { cohortChartSpec } from '../../src/charts/cohort-chart-spec.ts';
import { headcountChartSpec } from '../../src/charts/headcount-chart-spec.ts';
import { paletteFor } from '../../src/charts/palette.ts';
import { raceChartSpec } from '../../src/charts/race-chart-spec.ts';
import { tornadoChartSpec } from '../../src/charts/tornado-chart-spec.ts';
import { oneSegment, PRESETS } from '../../src/store/presets.ts';

const fmt = { locale: 'en-US', currency: 'USD' };
const palette = paletteFor('light');

const SCENARIOS: [string, Assumptions][] = [
  ['defaults', DEFAULT_ASSUMPTIONS],
  ...PRESETS.map((p): [string, Assumptions] => [p.id, p.assumptions]),
  ['no CSMs', oneSegment(DEFAULT_ASSUMPTIONS, { csms: 0 })],
  ['six months', oneSegment(DEFAULT_ASSUMPTIONS, { horizonMonths: 6 })],
  ['an empty book', oneSegment(DEFAULT_ASSUMPTIONS, { startingAccounts: 0, newAccountsPerMonth: 0 })],
  ['free CSMs', oneSegment(DEFAULT_ASSUMPTIONS, { csmAnnualCost: 0 })],
  [
    'two segments, hiring to coverage',
    {
      ...DEFAULT_ASSUMPTIONS,
      team: {
        ...DEFAULT_ASSUMPTIONS.team,
        staffing: 'hireToCoverage',
        rampMonths: 2,
        managerAnnualCost: 150000,
      },
      segments: [
        DEFAULT_SEGMENT,
        { ...DEFAULT_SEGMENT, name: 'SMB', startingAccounts: 0, csms: 0, digitalCoverage: 0.3 },
      ],
    },
  ],
];

/** What a person would read: the words, the table and the numbers the canvas draws. */
function screenOf(spec: ChartSpec): { text: string[]; numbers: number[] } {
  const numbers = spec.data.datasets.flatMap((d) =>
    (d.data as { x: number; y: number }[]).flatMap((p) => [p.x, p.y]),
  );
  return {
    text: [spec.headline, spec.description, ...spec.table.columns, ...spec.table.rows.flat()],
    numbers,
  };
}

const BAD = /NaN|Infinity|(^|[^\w.])[-−]0(?![\d.,])/;

describe.each(SCENARIOS)('every analysis view on %s', (_, a) => {
  test('shows no NaN, Infinity or −0, and draws only finite points', () => {
    const sweep = sweepHeadcount(a, 0);
    const { b } = companyB(a, halfAndHalf(a));
    const race = compareCompanies(a, b);
    const month = Math.min(24, race.months);
    const mc = monteCarlo(a, { ranges: spreadRanges(a, 0), seed: 7, runs: 100 });
    const specs = [
      headcountChartSpec(a, sweep, a.segments[0]!.csms, palette, fmt),
      ...(['mrr', 'contribution', 'cumulativeContribution'] as const).map((m) =>
        raceChartSpec(race, m, month, palette, fmt),
      ),
      cohortChartSpec(cohortLayers(a, 'all'), palette, false, fmt),
      tornadoChartSpec(sensitivity(a, 'roi'), a, palette, fmt),
      tornadoChartSpec(sensitivity(a, 'paybackMonth'), a, palette, fmt),
      bandChartSpec(mc, simulate(a).rows, palette, fmt),
    ];
    const texts = [
      ...Object.values(headcountText(a, sweep, teamSize(a, 0, a.segments[0]!.csms), fmt)),
      raceHeadline(race),
      articleCheck(race, fmt),
      ...(['mrr', 'contribution', 'cumulativeContribution'] as const).map((m) =>
        raceSentence(race, m, month, fmt),
      ),
      ...Object.values(retentionGainText(a, retentionVsAcquisition(a), fmt, 0)),
      goalText(goalSeek(a, { metric: 'roi', target: 1 }, 'segments.0.csms'), a, fmt),
      goalText(goalSeek(a, { metric: 'paybackMonth', target: 12 }, 'segments.0.monthlyChurn.withCs'), a, fmt),
    ];
    for (const spec of specs) {
      const { text, numbers } = screenOf(spec);
      for (const t of text) expect(t).not.toMatch(BAD);
      for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
    }
    for (const t of texts) expect(t).not.toMatch(BAD);
  });
});

test('the pattern catches what it must', () => {
  for (const bad of ['NaN', '$Infinity', '-0', '−0%', 'by -0 in']) expect(bad).toMatch(BAD);
  for (const fine of ['-0.5', '−0.25%', '10', '$0', 'month 10', '-$300']) expect(fine).not.toMatch(BAD);
});
