import { monthlyToAnnual, type Assumptions, type RetentionVsAcquisition } from '../model/index.ts';
import { count, money, multiple, percent, type Formatting } from '../format.ts';

export interface RetentionGainText {
  verdict: string;
  retention: string;
  acquisition: string;
}

/** "$1.2M more" or "$300 less". */
const moreOrLess = (fmt: Formatting, x: number) =>
  `${money(fmt, Math.abs(x), true)} ${x < 0 ? 'less' : 'more'}`;

const share = (fmt: Formatting, x: number | null) =>
  x === null ? '' : ` (${x >= 0 ? '+' : ''}${percent(fmt, x, 1)})`;

/** Five points of annual logo retention against five per cent more new accounts, in words. */
export function retentionGainText(
  a: Assumptions,
  r: RetentionVsAcquisition,
  fmt: Formatting,
  segment: number,
): RetentionGainText {
  const H = a.horizonMonths;
  // NOTE: the gains are the whole book's; the churn and new accounts quoted are the segment on screen's
  // (with one segment, the book's), and it is named when there are several.
  const s = a.segments[segment]!;
  const gained = (r: RetentionVsAcquisition['acquisition']) => r.assumptions.segments[segment]!;
  const where = a.segments.length > 1 ? `${s.name}: ` : '';
  const kept = (monthly: number) => percent(fmt, 1 - monthlyToAnnual(monthly), 1);
  const { retention: ret, acquisition: acq } = r;
  const ratio = acq.grossProfitGain > 0 ? ret.grossProfitGain / acq.grossProfitGain : null;
  const verdict =
    ratio === null
      ? `Five points of annual logo retention rate add ${money(fmt, ret.grossProfitGain, true)} of gross profit over ${H} months; more new accounts add none here.`
      : ratio >= 1
        ? `Five points of annual logo retention rate are worth ${multiple(fmt, ratio)} the gross profit of 5 % more new accounts over ${H} months, and cost no acquisition spend.`
        : `Over ${H} months, 5 % more new accounts bring more gross profit than five points of retention (${multiple(fmt, 1 / ratio)} as much), but they cost ${money(fmt, acq.cacSpendGain, true)} more to acquire.`;
  return {
    verdict,
    retention:
      `${where}Annual logo retention rate (1 − annual churn) ${kept(s.monthlyChurn.withCs)} → ${kept(gained(ret).monthlyChurn.withCs)} with CS ` +
      `(${kept(s.monthlyChurn.base)} → ${kept(gained(ret).monthlyChurn.base)} without): ` +
      `${moreOrLess(fmt, ret.grossProfitGain)} gross profit${share(fmt, ret.grossProfitGainShare)}, ` +
      `${moreOrLess(fmt, ret.contributionGain)} contribution.` +
      (ret.capped ? ' Retention already above 95 % a year could only rise to 100 %.' : ''),
    acquisition:
      `${where}New accounts ${count(fmt, s.newAccountsPerMonth)} → ${count(fmt, gained(acq).newAccountsPerMonth)} a month: ` +
      `${moreOrLess(fmt, acq.grossProfitGain)} gross profit${share(fmt, acq.grossProfitGainShare)}, ` +
      `${moreOrLess(fmt, acq.cacSpendGain)} acquisition spend, ${moreOrLess(fmt, acq.contributionGain)} contribution.`,
  };
}
