import { GOAL_DIRECTION, type Assumptions, type GoalSeekResult } from '../model/index.ts';
import { formatInput, namedLabelOf, segmentOf } from '../input-catalog.ts';
import type { Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';
import { formatMetric, METRIC_LABEL } from '../metrics.ts';

/** "NRR at the horizon of at least 100.0 %", "payback by month 12". */
export function goalPhrase(r: GoalSeekResult, a: Assumptions, fmt: Formatting): string {
  const t = words().analysis.goal;
  const { metric, target } = r.goal;
  if (metric === 'paybackMonth') return t.payback(Math.round(target));
  return t.target(
    METRIC_LABEL[metric],
    a.horizonMonths,
    metric === 'roi',
    GOAL_DIRECTION[metric] === 'atLeast',
    formatMetric(metric, target, fmt),
  );
}

/** Goal seek's answer in words: the value needed, or that no value in range reaches the target. */
export function goalText(r: GoalSeekResult, a: Assumptions, fmt: Formatting): string {
  const { goal: t, quoted } = words().analysis;
  const input = quoted(namedLabelOf(r.path, a));
  const show = (x: number) => formatInput(r.path, x, fmt);
  const goal = goalPhrase(r, a, fmt);
  const metric = r.goal.metric;
  const now = t.now(formatMetric(metric, r.current.metric, fmt), input, show(r.current.input));
  switch (r.status) {
    case 'unreachable':
      return (
        t.unreachable(input, show(r.searched.min), show(r.searched.max), goal, now) +
        ' ' +
        (!r.moves
          ? t.notMoved(
              METRIC_LABEL[metric],
              a.segments[segmentOf(r.path) ?? 0]?.csms === 0 && r.path.endsWith('.withCs'),
            )
          : t.closest(
              input,
              formatMetric(metric, r.best.metric, fmt),
              show(r.best.input),
              r.best.input === r.current.input,
            ))
      );
    case 'always':
      return t.always(input, show(r.searched.min), show(r.searched.max), goal, now);
    case 'found':
      return r.current.met
        ? t.met(now, input, show(r.value!), goal, formatMetric(metric, r.achieved, fmt))
        : t.reach(goal, input, show(r.value!), now, formatMetric(metric, r.achieved, fmt));
  }
}
