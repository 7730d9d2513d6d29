import { RACE_METRICS, type CompanyComparison, type RaceMetricName } from '../model/index.ts';
import { money, type Formatting } from '../format.ts';
import type { RaceLead } from '../i18n/messages/en/analysis.ts';
import { words } from '../i18n/words.ts';
import { listText } from './list-text.ts';

/** A race measure's name, in the page's language ("monthly contribution"). */
const raceMetricLabel = (metric: RaceMetricName): string => words().analysis.race.metric[metric];

/** The month the article makes its claim about. */
export const ARTICLE_MONTH = 24;

/** Who leads a measure at a month, and by how much; no leader when they are level to the cent. */
function lead(c: CompanyComparison, metric: RaceMetricName, month: number, fmt: Formatting): RaceLead {
  const diff = c.b[month]![metric] - c.a[month]![metric];
  const amount = money(fmt, Math.abs(diff));
  const leader = amount === money(fmt, 0) ? null : diff > 0 ? 'B' : 'A';
  return { leader, metric: raceMetricLabel(metric), amount };
}

/** "At month 24, A leads cumulative contribution by $138,505; B is ahead for good from month 99." */
export function raceSentence(
  c: CompanyComparison,
  metric: RaceMetricName,
  month: number,
  fmt: Formatting,
): string {
  const t = words().analysis.race;
  const now = lead(c, metric, month, fmt);
  const from = c.race[metric].bAheadFrom;
  if (from === null) {
    return now.leader === 'B' ? t.notStaying(month, now, c.months) : t.neverAhead(month, now, c.months);
  }
  return from <= month ? t.aheadSince(month, now, from) : t.aheadFrom(month, now, from);
}

/** When B overtakes A for good on each measure, in one line. */
export function raceHeadline(c: CompanyComparison): string {
  const t = words().analysis.race;
  const ahead = RACE_METRICS.filter((m) => c.race[m].bAheadFrom !== null).map((m) =>
    t.aheadOn(raceMetricLabel(m), c.race[m].bAheadFrom!),
  );
  const never = RACE_METRICS.filter((m) => c.race[m].bAheadFrom === null).map(raceMetricLabel);
  if (ahead.length === 0) return t.headlineNone(c.months, listText(never, 'or'));
  return never.length === 0
    ? t.headlineAll(c.months, listText(ahead))
    : t.headlineSome(c.months, listText(ahead), listText(never, 'or'));
}

/** "A leads MRR by $1, monthly contribution by $2 and cumulative contribution by $3": one leader named once. */
function leadList(c: CompanyComparison, month: number, fmt: Formatting): string {
  const t = words().analysis.race;
  const leads = RACE_METRICS.map((metric) => lead(c, metric, month, fmt));
  const leader = leads[0]!.leader;
  if (leader === null || leads.some((l) => l.leader !== leader)) return listText(leads.map(t.lead));
  return t.leadsAll(leader, listText(leads.map((l) => t.gap(l.metric, l.amount))));
}

/** The article's claim ("B is ahead after 24 months") checked against the model and said plainly. */
export function articleCheck(c: CompanyComparison, fmt: Formatting): string {
  const m = Math.min(ARTICLE_MONTH, c.months);
  const holds = RACE_METRICS.every((metric) => lead(c, metric, m, fmt).leader === 'B');
  return words().analysis.race.articleCheck(ARTICLE_MONTH, m, holds, leadList(c, m, fmt), {
    contribution: c.race.contribution.bAheadFrom,
    cumulativeContribution: c.race.cumulativeContribution.bAheadFrom,
    mrr: c.race.mrr.bAheadFrom,
  });
}
