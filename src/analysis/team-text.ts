import { decimal, money, type Formatting } from '../format.ts';
import { plural } from '../i18n/plural.ts';
import { words } from '../i18n/words.ts';
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

/** "1 CSM", "12 CSMs". */
export const csmsOf = (fmt: Formatting, n: number): string =>
  plural(n, decimal(fmt, n, 0), words().analysis.csms);

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
  const t = words().analysis.team;
  const H = a.horizonMonths;
  const top = next[0]!;
  const nextSentence =
    top.netChange > 0
      ? t.nextGain(top.name, signedMoney(fmt, top.netChange), H)
      : t.nextLoss(top.name, signedMoney(fmt, top.netChange), H);
  const gain = split.bestNetBenefit - split.todayNetBenefit;
  const same = split.best.every((n, i) => n === split.today[i]);
  const team = csmsOf(fmt, split.total);
  // NOTE: the segments' parts are joined with a comma in every language, as a list of figures is.
  const parts = split.best.map((n, i) => t.splitPart(decimal(fmt, n, 0), a.segments[i]!.name)).join(', ');
  const splitSentence = same
    ? t.splitSame(team, money(fmt, split.todayNetBenefit, true), H)
    : t.splitBetter(team, parts, money(fmt, split.bestNetBenefit, true), H, signedMoney(fmt, gain));
  const best = curve.reduce((x, y) => (y.netBenefit > x.netBenefit ? y : x));
  const curveSentence =
    best.csms === 0
      ? t.curveNone(H)
      : t.curveBest(csmsOf(fmt, best.csms), money(fmt, best.netBenefit, true), H);
  return {
    next: nextSentence,
    split: splitSentence,
    curve: curveSentence,
    fixedNote: a.team.staffing === 'hireToCoverage' ? t.fixedNote : null,
  };
}
