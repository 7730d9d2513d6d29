import fc from 'fast-check';
import {
  GLOBAL_FIELDS,
  GLOBAL_RANGES,
  LEVER_FIELDS,
  LEVER_RANGES,
  SEGMENT_RANGES,
  SEGMENT_SCALAR_FIELDS,
  type Assumptions,
  type Lever,
  type Range,
} from '../../src/model/assumptions.ts';
import { negligibleBelow } from '../../src/model/validate.ts';
import { oneSegment, type FlatScenario } from './builders.ts';

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

/**
 * Any valid one-segment Assumptions of the version-1 kind: every number and both sides of every lever
 * over their full ranges, with no digital program and the default team (fixed, no overhead).
 */
export function assumptionsArb(options: AssumptionsOptions = {}): fc.Arbitrary<Assumptions> {
  const { maxHorizon = GLOBAL_RANGES.horizonMonths.max, maxCsms = 60 } = options;
  const globals: Record<string, fc.Arbitrary<number>> = {};
  for (const field of GLOBAL_FIELDS) {
    globals[field] = inRange(GLOBAL_RANGES[field], field === 'horizonMonths' ? maxHorizon : undefined);
  }
  const scalars: Record<string, fc.Arbitrary<number>> = {};
  for (const field of SEGMENT_SCALAR_FIELDS) {
    if (field.startsWith('digital')) continue;
    const r = SEGMENT_RANGES[field];
    scalars[field] = inRange(r, field === 'csms' ? maxCsms : r.max);
  }
  const levers: Record<string, fc.Arbitrary<Lever>> = {};
  for (const field of LEVER_FIELDS) levers[field] = leverIn(LEVER_RANGES[field]);
  return fc.record({ ...globals, ...scalars, ...levers }).map((flat) => oneSegment(flat as FlatScenario));
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
    .map(({ a, ...team }) => oneSegment(team, a));
}

/** Either kind, half and half. */
export function anyAssumptionsArb(options: AssumptionsOptions = {}): fc.Arbitrary<Assumptions> {
  return fc.oneof(assumptionsArb(options), partialCoverageArb(options));
}
