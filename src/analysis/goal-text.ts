import { GOAL_DIRECTION, type Assumptions, type GoalSeekResult } from '../model/index.ts';
import { formatInput, namedLabelOf, segmentOf } from '../input-catalog.ts';
import type { Formatting } from '../format.ts';
import { formatMetric, METRIC_LABEL } from '../metrics.ts';

/** "NRR at the horizon of at least 100.0 %", "payback by month 12". */
export function goalPhrase(r: GoalSeekResult, a: Assumptions, fmt: Formatting): string {
  const { metric, target } = r.goal;
  if (metric === 'paybackMonth') return `payback by month ${Math.round(target)}`;
  const at = metric === 'roi' ? ` over ${a.horizonMonths} months` : ` (month ${a.horizonMonths})`;
  const word = GOAL_DIRECTION[metric] === 'atLeast' ? 'at least' : 'at most';
  return `${METRIC_LABEL[metric]}${at} of ${word} ${formatMetric(metric, target, fmt)}`;
}

/** Goal seek's answer in words: the value needed, or that no value in range reaches the target. */
export function goalText(r: GoalSeekResult, a: Assumptions, fmt: Formatting): string {
  const input = `“${namedLabelOf(r.path, a)}”`;
  const show = (x: number) => formatInput(r.path, x, fmt);
  const goal = goalPhrase(r, a, fmt);
  const metric = r.goal.metric;
  const now = `today ${formatMetric(metric, r.current.metric, fmt)} with ${input} at ${show(r.current.input)}`;
  switch (r.status) {
    case 'unreachable':
      return (
        `No value of ${input} from ${show(r.searched.min)} to ${show(r.searched.max)} reaches ${goal} (${now}). ` +
        (!r.moves
          ? `It does not move ${METRIC_LABEL[metric]} at all here` +
            (a.segments[segmentOf(r.path) ?? 0]?.csms === 0 && r.path.endsWith('.withCs')
              ? ': with no CSMs, the with-CS values never apply.'
              : '.')
          : `${input} does move it: the closest it comes is ${formatMetric(metric, r.best.metric, fmt)}, at ${show(r.best.input)}` +
            (r.best.input === r.current.input ? ' (today’s value).' : '.'))
      );
    case 'always':
      return `Every value of ${input} from ${show(r.searched.min)} to ${show(r.searched.max)} meets ${goal} (${now}): this input does not decide it.`;
    case 'found':
      return r.current.met
        ? `Already met: ${now}. ${input} can go as far as ${show(r.value!)} and still meet ${goal} (${formatMetric(metric, r.achieved, fmt)} there).`
        : `To reach ${goal}, set ${input} to ${show(r.value!)} (${now}). That gives ${formatMetric(metric, r.achieved, fmt)}.`;
  }
}
