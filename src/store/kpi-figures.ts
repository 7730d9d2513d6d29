import type { Projection } from './projection.ts';

export type FigureUnit = 'money' | 'percent' | 'month' | 'count' | 'ratio';

/** One KPI as numbers (the cards show it as text): what the compare table and the CSV export read. */
export interface KpiFigure {
  name: string;
  label: string;
  unit: FigureUnit;
  withCs: number | null;
  /** The same figure with no CS program; null where it has no meaning (ROI, payback). */
  withoutCs: number | null;
  /** Which way is better, for reading a difference; null when neither is. */
  better: 'higher' | 'lower' | null;
}

export function kpiFigures(p: Projection): KpiFigure[] {
  const { evaluation: e, inputs: a } = p;
  const last = e.withCs.rows[a.horizonMonths]!;
  const lastBase = e.baseline.rows[a.horizonMonths]!;
  const figure = (
    name: string,
    label: string,
    unit: FigureUnit,
    withCs: number | null,
    withoutCs: number | null = null,
    better: KpiFigure['better'] = 'higher',
  ): KpiFigure => ({ name, label, unit, withCs, withoutCs, better });
  return [
    figure('roi', 'CS program ROI', 'percent', e.roi),
    figure('payback', 'Payback month', 'month', e.paybackMonth, null, 'lower'),
    figure('npv', 'Net present value', 'money', e.npv),
    figure('net-benefit', 'Net benefit over the horizon', 'money', e.netBenefit),
    figure('cs-cost', 'CS cost over the horizon', 'money', e.csCost, 0, null),
    figure('arr-lift', 'ARR lift at the horizon', 'money', e.endingArrLift),
    figure('arr', 'ARR at the horizon', 'money', 12 * last.mrr, 12 * lastBase.mrr),
    figure('accounts', 'Accounts at the horizon', 'count', last.accounts, lastBase.accounts),
    figure('nrr', 'Net revenue retention', 'percent', last.nrr, lastBase.nrr),
    figure('grr', 'Gross revenue retention', 'percent', last.grr, lastBase.grr),
    figure('logo-retention', 'Logo retention', 'percent', last.logoRetention, lastBase.logoRetention),
    figure('clv', 'Customer lifetime value', 'money', p.clvWithCs, p.clvBaseline),
    figure('ltv-cac', 'LTV : CAC', 'ratio', p.ltvToCacWithCs, p.ltvToCacBaseline),
    figure('equivalent-logos', 'Equivalent new logos', 'count', e.equivalentNewLogos),
    figure('acquisition-avoided', 'Acquisition spend avoided', 'money', e.acquisitionSpendAvoided),
    figure('recommended-csms', 'Recommended CSMs', 'count', e.recommendedCsms, null, null),
    figure('coverage', 'Average CS coverage', 'percent', p.averageCoverage),
  ];
}
