import { money, percent } from '../format.ts';
import { useFormatting, useProjection } from '../store/projection.ts';
import { startingCsms } from '../store/projection-of.ts';

/** The scenario's story in one sentence, for the top of a demo screen. */
export function Summary() {
  const { evaluation: e, inputs: a } = useProjection();
  const fmt = useFormatting();
  const H = a.horizonMonths;
  const csms = startingCsms(a);
  if (e.roi === null) {
    return (
      <p className="summary" data-summary>
        With no CSMs there is no program to value. Add CSMs to see what {e.recommendedCsms} of them would
        return.
      </p>
    );
  }
  const verdict = e.netBenefit >= 0 ? 'returns' : 'loses';
  return (
    <p className="summary" data-summary>
      Over {H} months, a CS team of {csms} costs <strong>{money(fmt, e.csCost, true)}</strong> and {verdict}{' '}
      <strong>{money(fmt, Math.abs(e.netBenefit), true)}</strong> net of that cost: an ROI of{' '}
      <strong>{percent(fmt, e.roi, 0)}</strong>
      {e.paybackMonth === null
        ? `, with no payback within ${H} months.`
        : `, paid back in month ${e.paybackMonth}.`}{' '}
      {e.recommendedCsms > csms
        ? `The book needs ${e.recommendedCsms} CSMs to cover every month.`
        : `The team covers every month.`}
    </p>
  );
}
