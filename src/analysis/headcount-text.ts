import type { Assumptions, HeadcountSweep, TeamSize } from '../model/index.ts';
import { decimal, money, percent, type Formatting } from '../format.ts';

export interface HeadcountText {
  verdict: string;
  cutOne: string;
  addOne: string;
  inspected: string;
}

const team = (fmt: Formatting, n: number) => `${decimal(fmt, n, 0)} ${n === 1 ? 'CSM' : 'CSMs'}`;

/** "a gain of $1.2M" / "a loss of $300K" / "no change". */
function net(fmt: Formatting, x: number): string {
  const amount = money(fmt, Math.abs(x), true);
  if (amount === money(fmt, 0, true)) return 'no change overall';
  return x > 0 ? `${amount} better overall` : `${amount} worse overall`;
}

function cutSentence(fmt: Formatting, a: Assumptions, sweep: HeadcountSweep): string {
  const cut = sweep.cutOne;
  if (cut === null) return 'With no CSMs there is no one to cut.';
  const csms = a.segments[sweep.segment]!.csms;
  return (
    `Cutting one CSM (${decimal(fmt, csms, 0)} → ${decimal(fmt, csms - 1, 0)}) saves ${money(fmt, -cut.costChange, true)} ` +
    `of CS cost over ${a.horizonMonths} months and loses ${money(fmt, -cut.grossProfitChange, true)} of gross profit: ${net(fmt, cut.netChange)}.`
  );
}

function addSentence(fmt: Formatting, a: Assumptions, sweep: HeadcountSweep): string {
  const add = sweep.addOne;
  const csms = a.segments[sweep.segment]!.csms;
  return (
    `Adding one (${decimal(fmt, csms, 0)} → ${decimal(fmt, csms + 1, 0)}) costs ${money(fmt, add.costChange, true)} ` +
    `and brings ${money(fmt, add.grossProfitChange, true)} of gross profit: ${net(fmt, add.netChange)}.`
  );
}

/** The headcount curve in words: the best team, what one CSM more or less is worth, and the inspected size. */
export function headcountText(
  a: Assumptions,
  sweep: HeadcountSweep,
  inspected: TeamSize,
  fmt: Formatting,
): HeadcountText {
  const H = a.horizonMonths;
  const { optimum, current, recommended } = sweep;
  const best =
    optimum.csms === 0
      ? `No team size returns more than it costs over ${H} months in this scenario.`
      : `The best team for this scenario is ${team(fmt, optimum.csms)}: ${money(fmt, optimum.netBenefit, true)} net over ${H} months` +
        (optimum.roi === null ? '.' : ` (ROI ${percent(fmt, optimum.roi, 0)}).`);
  const today =
    current.csms === optimum.csms
      ? optimum.csms === 0
        ? ''
        : ` Today’s team is that size.`
      : ` Today’s ${team(fmt, current.csms)} net ${money(fmt, current.netBenefit, true)}, ${money(fmt, optimum.netBenefit - current.netBenefit, true)} less.`;
  const coverage = ` ${team(fmt, recommended)} would cover every month in full.`;
  const size = team(fmt, inspected.csms);
  return {
    verdict: best + today + coverage,
    cutOne: cutSentence(fmt, a, sweep),
    addOne: addSentence(fmt, a, sweep),
    inspected:
      inspected.csms === 0
        ? `With no CSMs, coverage is zero: every account runs at its without-CS levers.`
        : `With ${size}, coverage averages ${percent(fmt, inspected.averageCoverage, 0)}` +
          (inspected.lowestCoverage < 1
            ? ` and falls to ${percent(fmt, inspected.lowestCoverage, 0)} in month ${inspected.lowestCoverageMonth}`
            : ' and every month is fully covered') +
          `; each CSM carries ${decimal(fmt, inspected.accountsPerCsm ?? 0, 0)} accounts by month ${H}. ` +
          `Net benefit ${money(fmt, inspected.netBenefit, true)}` +
          (inspected.roi === null ? '.' : `, ROI ${percent(fmt, inspected.roi, 0)}.`),
  };
}
