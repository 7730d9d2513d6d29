import { RACE_METRICS, type CompanyComparison, type RaceMetricName } from '../model/index.ts';
import { money, type Formatting } from '../format.ts';

export const RACE_METRIC_LABEL: Readonly<Record<RaceMetricName, string>> = {
  mrr: 'MRR',
  contribution: 'monthly contribution',
  cumulativeContribution: 'cumulative contribution',
};

/** The month the article makes its claim about. */
export const ARTICLE_MONTH = 24;

/** Who leads a measure at a month: "A leads MRR by $10,611", or null when they are level to the cent. */
function lead(c: CompanyComparison, metric: RaceMetricName, month: number, fmt: Formatting) {
  const diff = c.b[month]![metric] - c.a[month]![metric];
  const amount = money(fmt, Math.abs(diff));
  if (amount === money(fmt, 0))
    return { leader: null, text: `A and B are level on ${RACE_METRIC_LABEL[metric]}` };
  const leader = diff > 0 ? 'B' : 'A';
  return { leader, text: `${leader} leads ${RACE_METRIC_LABEL[metric]} by ${amount}` };
}

/** "At month 24, A leads cumulative contribution by $138,505; B is ahead for good from month 99." */
export function raceSentence(
  c: CompanyComparison,
  metric: RaceMetricName,
  month: number,
  fmt: Formatting,
): string {
  const { leader, text } = lead(c, metric, month, fmt);
  const start = `At month ${month}, ${text}`;
  const from = c.race[metric].bAheadFrom;
  if (from === null) {
    return leader === 'B'
      ? `${start}, but does not stay ahead: by month ${c.months} A is level or ahead again.`
      : `${start}; B never pulls ahead for good within ${c.months} months.`;
  }
  if (from <= month) return `${start}, and has been ahead for good since month ${from}.`;
  return `${start}; B is ahead for good from month ${from}.`;
}

/** "a, b and c" (or "a, b or c"). */
const list = (items: readonly string[], and = 'and'): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)!}`;

/** When B overtakes A for good on each measure, in one line. */
export function raceHeadline(c: CompanyComparison): string {
  const ahead = RACE_METRICS.filter((m) => c.race[m].bAheadFrom !== null).map(
    (m) => `on ${RACE_METRIC_LABEL[m]} from month ${c.race[m].bAheadFrom}`,
  );
  const never = RACE_METRICS.filter((m) => c.race[m].bAheadFrom === null).map((m) => RACE_METRIC_LABEL[m]);
  const within = `Within ${c.months} months`;
  if (ahead.length === 0) return `${within}, B is not ahead of A for good on ${list(never, 'or')}.`;
  const lead = `${within}, B is ahead for good ${list(ahead)}`;
  return never.length === 0 ? `${lead}.` : `${lead}, and never overtakes A for good on ${list(never, 'or')}.`;
}

/** "A leads MRR by $1, monthly contribution by $2 and cumulative contribution by $3": one leader named once. */
function leadList(c: CompanyComparison, month: number, fmt: Formatting): string {
  const leads = RACE_METRICS.map((metric) => ({ metric, ...lead(c, metric, month, fmt) }));
  const leader = leads[0]!.leader;
  if (leader === null || leads.some((l) => l.leader !== leader)) return list(leads.map((l) => l.text));
  const by = leads.map(
    (l) =>
      `${RACE_METRIC_LABEL[l.metric]} by ${money(fmt, Math.abs(c.b[month]![l.metric] - c.a[month]![l.metric]))}`,
  );
  return `${leader} leads ${list(by)}`;
}

/** The article's claim ("B is ahead after 24 months") checked against the model and said plainly. */
export function articleCheck(c: CompanyComparison, fmt: Formatting): string {
  const m = Math.min(ARTICLE_MONTH, c.months);
  const leads = RACE_METRICS.map((metric) => lead(c, metric, m, fmt));
  const holds = leads.every((l) => l.leader === 'B');
  const since = (metric: RaceMetricName, what: string) => {
    const from = c.race[metric].bAheadFrom;
    return from === null ? `never ${what}` : `${what} from month ${from}`;
  };
  return (
    `The article says B is ahead after ${ARTICLE_MONTH} months. ` +
    (holds ? 'In this model it is, on all three measures: ' : 'In this model it is not: ') +
    `at month ${m}, ${leadList(c, m, fmt)}. ` +
    `B’s monthly contribution is ${since('contribution', 'ahead')}, its cumulative contribution ${since('cumulativeContribution', 'ahead')}, ` +
    `and its MRR ${since('mrr', 'passes A’s')}.`
  );
}
