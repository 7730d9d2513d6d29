import { money, percent } from '../format.ts';
import { useWords } from '../i18n/use-words.ts';
import { spanOf } from '../store/kpis.ts';
import { useFormatting, useProjection } from '../store/projection.ts';
import { startingCsms } from '../store/projection-of.ts';

/** The scenario's story in one sentence, for the top of a demo screen. */
export function Summary() {
  const { evaluation: e, inputs: a } = useProjection();
  const fmt = useFormatting();
  const t = useWords().kpis;
  const w = t.summary;
  const H = a.horizonMonths;
  const csms = startingCsms(a);
  if (e.roi === null) {
    return (
      <p className="summary" data-summary>
        {w.noCsms(String(e.recommendedCsms))}
      </p>
    );
  }
  const story = w.story({
    months: spanOf(H, t.span.months),
    csms: String(csms),
    cost: <strong key="cost">{money(fmt, e.csCost, true)}</strong>,
    net: <strong key="net">{money(fmt, Math.abs(e.netBenefit), true)}</strong>,
    roi: <strong key="roi">{percent(fmt, e.roi, 0)}</strong>,
    gains: e.netBenefit >= 0,
  });
  return (
    <p className="summary" data-summary>
      {story}
      {e.paybackMonth === null
        ? w.noPayback(spanOf(H, t.span.withinMonths))
        : w.paidBack(String(e.paybackMonth))}{' '}
      {e.recommendedCsms > csms ? w.needs(String(e.recommendedCsms)) : w.covers}
    </p>
  );
}
