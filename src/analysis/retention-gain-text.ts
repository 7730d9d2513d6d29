import { monthlyToAnnual, type Assumptions, type RetentionVsAcquisition } from '../model/index.ts';
import { count, money, multiple, percent, type Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';

export interface RetentionGainText {
  verdict: string;
  retention: string;
  acquisition: string;
}

/** "$1.2M more" or "$300 less". */
const moreOrLess = (fmt: Formatting, x: number) => {
  const t = words().analysis.gain;
  const amount = money(fmt, Math.abs(x), true);
  return x < 0 ? t.less(amount) : t.more(amount);
};

const share = (fmt: Formatting, x: number | null) =>
  x === null ? '' : words().analysis.gain.share(`${x >= 0 ? '+' : ''}${percent(fmt, x, 1)}`);

/** Five points of annual logo retention against five per cent more new accounts, in words. */
export function retentionGainText(
  a: Assumptions,
  r: RetentionVsAcquisition,
  fmt: Formatting,
  segment: number,
): RetentionGainText {
  const t = words().analysis.gain;
  const H = a.horizonMonths;
  // NOTE: the gains are the whole book's; the churn and new accounts quoted are the segment on screen's
  // (with one segment, the book's), and it is named when there are several.
  const s = a.segments[segment]!;
  const gained = (r: RetentionVsAcquisition['acquisition']) => r.assumptions.segments[segment]!;
  const where = a.segments.length > 1 ? t.where(s.name) : '';
  const kept = (monthly: number) => percent(fmt, 1 - monthlyToAnnual(monthly), 1);
  const { retention: ret, acquisition: acq } = r;
  const ratio = acq.grossProfitGain > 0 ? ret.grossProfitGain / acq.grossProfitGain : null;
  const verdict =
    ratio === null
      ? t.onlyRetention(money(fmt, ret.grossProfitGain, true), H)
      : ratio >= 1
        ? t.retentionWins(multiple(fmt, ratio), H)
        : t.acquisitionWins(H, multiple(fmt, 1 / ratio), money(fmt, acq.cacSpendGain, true));
  return {
    verdict,
    retention: t.retention({
      where,
      withCsFrom: kept(s.monthlyChurn.withCs),
      withCsTo: kept(gained(ret).monthlyChurn.withCs),
      baseFrom: kept(s.monthlyChurn.base),
      baseTo: kept(gained(ret).monthlyChurn.base),
      grossProfit: moreOrLess(fmt, ret.grossProfitGain),
      share: share(fmt, ret.grossProfitGainShare),
      contribution: moreOrLess(fmt, ret.contributionGain),
      capped: ret.capped,
    }),
    acquisition: t.acquisition({
      where,
      from: count(fmt, s.newAccountsPerMonth),
      to: count(fmt, gained(acq).newAccountsPerMonth),
      grossProfit: moreOrLess(fmt, acq.grossProfitGain),
      share: share(fmt, acq.grossProfitGainShare),
      spend: moreOrLess(fmt, acq.cacSpendGain),
      contribution: moreOrLess(fmt, acq.contributionGain),
    }),
  };
}
