import { annualToMonthly, monthlyToAnnual, type InputPath } from '../model/index.ts';
import type { Settings } from '../store/settings.ts';
import { infoOf, nameOf } from '../input-catalog.ts';
import { words } from '../i18n/words.ts';

/** How one input is shown: the number a person reads and types, and the slider span in those units. */
export interface InputView {
  toShown: (model: number) => number;
  fromShown: (shown: number) => number;
  min: number;
  max: number;
  step: number;
  /** Decimal places the typed field shows. */
  digits: number;
  suffix: string;
}

const decimalsOf = (step: number): number => Math.max(0, Math.ceil(-Math.log10(step) - 1e-9));

export function viewOf(path: InputPath, churnUnit: Settings['churnUnit']): InputView {
  const { unit, slider } = infoOf(path);
  const name = nameOf(path);
  const w = words().inputs.suffix;
  if (name.startsWith('monthlyChurn') && churnUnit === 'annual') {
    return {
      toShown: (m) => monthlyToAnnual(m) * 100,
      // An annual churn above 100 % has no monthly equivalent; pass it on for validation to cap.
      fromShown: (x) => (x > 100 ? x / 100 : annualToMonthly(x / 100)),
      min: 0,
      max: 85,
      step: 0.5,
      digits: 1,
      suffix: w.percentPerYear,
    };
  }
  if (unit === 'percent') {
    const step = slider.step * 100;
    return {
      toShown: (m) => m * 100,
      fromShown: (x) => x / 100,
      min: slider.min * 100,
      max: slider.max * 100,
      step,
      digits: decimalsOf(step),
      suffix:
        name.startsWith('monthlyChurn') || name.startsWith('monthlyContraction') ? w.percentPerMonth : '%',
    };
  }
  const suffix = { money: '', count: '', months: w.months, hours: w.hours, perYear: w.perYear }[unit];
  return {
    toShown: (m) => m,
    fromShown: (x) => x,
    min: slider.min,
    max: slider.max,
    step: slider.step,
    digits: decimalsOf(slider.step),
    suffix: unit === 'money' && name === 'arpa' ? w.perMonth : suffix,
  };
}
