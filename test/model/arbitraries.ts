import fc from 'fast-check';
import {
  LEVER_FIELDS,
  LEVER_RANGES,
  SCALAR_FIELDS,
  SCALAR_RANGES,
  type Assumptions,
  type Lever,
  type Range,
} from '../../src/model/assumptions.ts';
import { negligibleBelow } from '../../src/model/validate.ts';

const unit = fc.integer({ min: 0, max: 2 ** 53 - 1 }).map((i) => i / 2 ** 53);

/**
 * One number in a range: its ends (0 is always one) often, a value on a coarse grid of the range (the
 * kind a person types), a uniform draw, or a small value spread evenly over nine orders of magnitude
 * below the top (a churn of 1e-8, a fraction of an account).
 *
 * NOTE: not fc.double: it draws uniformly over the bit patterns, so most of its draws are below 1e-100
 * and products of them are subnormal "dust" where no float computation keeps nine digits. Dust inputs
 * test the float format, not the model.
 */
export function inRange(r: Range, max = r.max): fc.Arbitrary<number> {
  const top = Math.min(max, r.max);
  if (r.integer) {
    return fc.oneof(fc.constantFrom(r.min, top), fc.integer({ min: r.min, max: top }));
  }
  const span = top - r.min;
  // Validation reads a value below a billionth of the range as zero, so a valid input never holds one.
  const meaningful = (v: number): number => (Math.abs(v) < negligibleBelow(r) ? 0 : v);
  return fc
    .oneof(
      { weight: 2, arbitrary: fc.constantFrom(r.min, top) },
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 100 }).map((i) => r.min + (i / 100) * span) },
      { weight: 3, arbitrary: unit.map((u) => r.min + u * span) },
      { weight: 1, arbitrary: unit.map((u) => r.min + span * Math.pow(10, -9 * u)) },
    )
    .map(meaningful);
}

export interface AssumptionsOptions {
  /** Longest horizon generated (the spec allows 120). */
  maxHorizon?: number;
  /** Largest headcount generated (the spec allows 10000). */
  maxCsms?: number;
}

const leverIn = (r: Range): fc.Arbitrary<Lever> => fc.record({ base: inRange(r), withCs: inRange(r) });

/** Any valid Assumptions: every scalar and both sides of every lever over their full ranges. */
export function assumptionsArb(options: AssumptionsOptions = {}): fc.Arbitrary<Assumptions> {
  const { maxHorizon = SCALAR_RANGES.horizonMonths.max, maxCsms = 60 } = options;
  const scalars: Record<string, fc.Arbitrary<number>> = {};
  for (const field of SCALAR_FIELDS) {
    const r = SCALAR_RANGES[field];
    const max = field === 'horizonMonths' ? maxHorizon : field === 'csms' ? maxCsms : r.max;
    scalars[field] = inRange(r, max);
  }
  const levers: Record<string, fc.Arbitrary<Lever>> = {};
  for (const field of LEVER_FIELDS) levers[field] = leverIn(LEVER_RANGES[field]);
  return fc.record({ ...scalars, ...levers }) as unknown as fc.Arbitrary<Assumptions>;
}

/**
 * Assumptions whose CS team is in the same order as the book it serves, so coverage is often partial
 * (0 < k < 1) rather than pinned at 0 or 1 by wildly mismatched scales.
 */
export function partialCoverageArb(options: AssumptionsOptions = {}): fc.Arbitrary<Assumptions> {
  return fc
    .record({
      a: assumptionsArb(options),
      startingAccounts: fc.integer({ min: 0, max: 2000 }),
      newAccountsPerMonth: inRange({ min: 0, max: 80, integer: false }),
      csms: fc.integer({ min: 0, max: 12 }),
      csmHoursPerMonth: fc.integer({ min: 20, max: 160 }),
      onboardingHoursPerAccount: inRange({ min: 0, max: 20, integer: false }),
      impactHoursPerAccountMonth: inRange({ min: 0, max: 3, integer: false }),
    })
    .map(({ a, ...team }) => ({ ...a, ...team }));
}

/** Either kind, half and half. */
export function anyAssumptionsArb(options: AssumptionsOptions = {}): fc.Arbitrary<Assumptions> {
  return fc.oneof(assumptionsArb(options), partialCoverageArb(options));
}
