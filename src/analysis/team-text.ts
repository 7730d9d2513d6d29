import { decimal, money, type Formatting } from '../format.ts';
import type { Assumptions } from '../model/index.ts';
import type { BestSplitPoint, NextCsm, TeamSplit } from './team-split.ts';

export interface TeamText {
  /** Where the next CSM earns the most, in one sentence. */
  next: string;
  /** Today's split against the best split of the same team. */
  split: string;
  /** The best total team under the best split. */
  curve: string;
  /** Said when hiring is on: these figures hold the team fixed. */
  fixedNote: string | null;
}

const csmsOf = (fmt: Formatting, n: number) => `${decimal(fmt, n, 0)} ${n === 1 ? 'CSM' : 'CSMs'}`;

/** A change of net benefit, signed: "+$1.2M" or "−$300K". */
export const signedMoney = (fmt: Formatting, x: number): string => {
  const amount = money(fmt, Math.abs(x), true);
  return amount === money(fmt, 0, true) ? amount : `${x > 0 ? '+' : '−'}${amount}`;
};

/** The team view in words. */
export function teamText(
  a: Assumptions,
  next: readonly NextCsm[],
  split: TeamSplit,
  curve: readonly BestSplitPoint[],
  fmt: Formatting,
): TeamText {
  const H = a.horizonMonths;
  const top = next[0]!;
  const nextSentence =
    top.netChange > 0
      ? `The next CSM earns the most in ${top.name}: ${signedMoney(fmt, top.netChange)} net over ${H} months.`
      : `One more CSM in any segment costs more than it adds over ${H} months; the least loss is in ${top.name} (${signedMoney(fmt, top.netChange)}).`;
  const gain = split.bestNetBenefit - split.todayNetBenefit;
  const same = split.best.every((n, i) => n === split.today[i]);
  const splitSentence = same
    ? `Today’s split of ${csmsOf(fmt, split.total)} is already the best split of that team: ${money(fmt, split.todayNetBenefit, true)} net over ${H} months.`
    : `The same ${csmsOf(fmt, split.total)} split as ${split.best.map((n, i) => `${decimal(fmt, n, 0)} in ${a.segments[i]!.name}`).join(', ')} ` +
      `would net ${money(fmt, split.bestNetBenefit, true)} over ${H} months, ${signedMoney(fmt, gain)} on today’s split.`;
  const best = curve.reduce((x, y) => (y.netBenefit > x.netBenefit ? y : x));
  const curveSentence =
    best.csms === 0
      ? `No team size returns more than it costs over ${H} months, however it is split.`
      : `Split the best way, ${csmsOf(fmt, best.csms)} in all earn the most: ${money(fmt, best.netBenefit, true)} net over ${H} months.`;
  return {
    next: nextSentence,
    split: splitSentence,
    curve: curveSentence,
    fixedNote:
      a.team.staffing === 'hireToCoverage'
        ? 'These figures are for a fixed team: the hiring plan is left out, and each team size is held all through the horizon.'
        : null,
  };
}
