import type { Assumptions, HeadcountSweep, TeamSize } from '../model/index.ts';
import { decimal, money, percent, type Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';
import { csmsOf } from './team-text.ts';

export interface HeadcountText {
  verdict: string;
  cutOne: string;
  addOne: string;
  inspected: string;
}

/** "a gain of $1.2M" / "a loss of $300K" / "no change". */
function net(fmt: Formatting, x: number): string {
  const t = words().analysis.headcount;
  const amount = money(fmt, Math.abs(x), true);
  if (amount === money(fmt, 0, true)) return t.noChange;
  return x > 0 ? t.better(amount) : t.worse(amount);
}

function cutSentence(fmt: Formatting, a: Assumptions, sweep: HeadcountSweep): string {
  const t = words().analysis.headcount;
  const cut = sweep.cutOne;
  if (cut === null) return t.noOneToCut;
  const csms = a.segments[sweep.segment]!.csms;
  return t.cut(
    decimal(fmt, csms, 0),
    decimal(fmt, csms - 1, 0),
    money(fmt, -cut.costChange, true),
    a.horizonMonths,
    money(fmt, -cut.grossProfitChange, true),
    net(fmt, cut.netChange),
  );
}

function addSentence(fmt: Formatting, a: Assumptions, sweep: HeadcountSweep): string {
  const add = sweep.addOne;
  const csms = a.segments[sweep.segment]!.csms;
  return words().analysis.headcount.add(
    decimal(fmt, csms, 0),
    decimal(fmt, csms + 1, 0),
    money(fmt, add.costChange, true),
    money(fmt, add.grossProfitChange, true),
    net(fmt, add.netChange),
  );
}

/** The headcount curve in words: the best team, what one CSM more or less is worth, and the inspected size. */
export function headcountText(
  a: Assumptions,
  sweep: HeadcountSweep,
  inspected: TeamSize,
  fmt: Formatting,
): HeadcountText {
  const t = words().analysis.headcount;
  const H = a.horizonMonths;
  const { optimum, current, recommended } = sweep;
  const best =
    optimum.csms === 0
      ? t.noneWorth(H)
      : t.best(
          csmsOf(fmt, optimum.csms),
          money(fmt, optimum.netBenefit, true),
          H,
          optimum.roi === null ? null : percent(fmt, optimum.roi, 0),
        );
  const today =
    current.csms === optimum.csms
      ? optimum.csms === 0
        ? null
        : t.todaySame
      : t.todayLess(
          csmsOf(fmt, current.csms),
          money(fmt, current.netBenefit, true),
          money(fmt, optimum.netBenefit - current.netBenefit, true),
        );
  const coverage = t.coverage(csmsOf(fmt, recommended));
  return {
    verdict: [best, today, coverage].filter((s) => s !== null).join(' '),
    cutOne: cutSentence(fmt, a, sweep),
    addOne: addSentence(fmt, a, sweep),
    inspected:
      inspected.csms === 0
        ? t.inspectedNone
        : t.inspected({
            size: csmsOf(fmt, inspected.csms),
            averageCoverage: percent(fmt, inspected.averageCoverage, 0),
            lowest:
              inspected.lowestCoverage < 1
                ? {
                    coverage: percent(fmt, inspected.lowestCoverage, 0),
                    month: inspected.lowestCoverageMonth,
                  }
                : null,
            accountsPerCsm: decimal(fmt, inspected.accountsPerCsm ?? 0, 0),
            horizon: H,
            netBenefit: money(fmt, inspected.netBenefit, true),
            roi: inspected.roi === null ? null : percent(fmt, inspected.roi, 0),
          }),
  };
}
