import type { Assumptions as V2Assumptions, Segment, TeamPolicy } from './reference.ts';
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

// ---- Version 2 (MODEL.md): a book of segments and a team policy. The ranges are MODEL.md's tables, read
// here rather than imported, so a range the model gets wrong is not generated to match it.

const span = (min: number, max: number, integer = false): Range => ({ min, max, integer });

const SPEC_GLOBAL_RANGES = {
  horizonMonths: span(1, 120, true),
  grossMargin: span(0, 1),
  annualDiscountRate: span(0, 1),
} as const;

const SPEC_TEAM_RANGES = {
  targetCoverage: span(0, 1),
  rampMonths: span(0, 12, true),
  csmsPerManager: span(1, 50),
  managerAnnualCost: span(0, 1e7),
  toolingPerCsmYear: span(0, 1e6),
} as const;

const SPEC_SEGMENT_RANGES = {
  startingAccounts: span(0, 1e6),
  newAccountsPerMonth: span(0, 1e5),
  arpa: span(0, 1e7),
  cac: span(0, 1e8),
  referralsPerAccountYear: span(0, 2),
  csms: span(0, 10000, true),
  csmAnnualCost: span(0, 1e7),
  csmHoursPerMonth: span(1, 744),
  onboardingHoursPerAccount: span(0, 1000),
  impactHoursPerAccountMonth: span(0, 744),
  digitalCoverage: span(0, 1),
  digitalCostPerAccountMonth: span(0, 1e5),
  digitalFixedCostPerYear: span(0, 1e8),
} as const;

const SPEC_LEVER_RANGES = {
  onboardingSuccess: span(0, 1),
  monthlyChurn: span(0, 1),
  expansionWinRate: span(0, 1),
  expansionUplift: span(0, 5),
  expansionsPerYear: span(0, 12),
  monthlyContraction: span(0, 1),
  timeToValueMonths: span(0, 24),
} as const;

/** A record of one value per range (the ones named in `max` no larger than that). */
function recordIn<K extends string>(
  ranges: Record<K, Range>,
  max: Partial<Record<K, number>> = {},
): fc.Arbitrary<Record<K, number>> {
  const fields = Object.entries<Range>(ranges).map(([f, r]) => [f, inRange(r, max[f as K])]);
  return fc.record(Object.fromEntries(fields)) as fc.Arbitrary<Record<K, number>>;
}

function leversIn<K extends string>(ranges: Record<K, Range>): fc.Arbitrary<Record<K, Lever>> {
  const fields = Object.entries<Range>(ranges).map(([f, r]) => [f, leverIn(r)]);
  return fc.record(Object.fromEntries(fields)) as fc.Arbitrary<Record<K, Lever>>;
}

/** A digital program half the time; none (MODEL.md's defaults) the other half. */
const digitalArb = fc.oneof(
  fc.constant({ digitalCoverage: 0, digitalCostPerAccountMonth: 0, digitalFixedCostPerYear: 0 }),
  recordIn({
    digitalCoverage: SPEC_SEGMENT_RANGES.digitalCoverage,
    digitalCostPerAccountMonth: SPEC_SEGMENT_RANGES.digitalCostPerAccountMonth,
    digitalFixedCostPerYear: SPEC_SEGMENT_RANGES.digitalFixedCostPerYear,
  }),
);

/** Any valid segment: every field and both sides of every lever over their full ranges. */
export function segmentArb(options: AssumptionsOptions = {}): fc.Arbitrary<Segment> {
  const { maxCsms = 60 } = options;
  return fc
    .record({
      scalars: recordIn(SPEC_SEGMENT_RANGES, { csms: maxCsms }),
      levers: leversIn(SPEC_LEVER_RANGES),
      digital: digitalArb,
    })
    .map(({ scalars, levers, digital }) => ({ name: 'Segment', ...scalars, ...levers, ...digital }));
}

/**
 * A segment whose CS team is in the same order as the book it serves, so coverage is often partial
 * (0 < k < 1) and hiring runs for many months, rather than pinned at 0 or 1 by wildly mismatched scales.
 */
export function partialSegmentArb(options: AssumptionsOptions = {}): fc.Arbitrary<Segment> {
  return fc
    .record({
      s: segmentArb(options),
      startingAccounts: fc.integer({ min: 0, max: 2000 }),
      // Drawn below the top of each field's own range, so a value negligible for that range reads as 0.
      newAccountsPerMonth: inRange(SPEC_SEGMENT_RANGES.newAccountsPerMonth, 80),
      csms: fc.integer({ min: 0, max: 12 }),
      csmHoursPerMonth: fc.integer({ min: 20, max: 160 }),
      onboardingHoursPerAccount: inRange(SPEC_SEGMENT_RANGES.onboardingHoursPerAccount, 20),
      impactHoursPerAccountMonth: inRange(SPEC_SEGMENT_RANGES.impactHoursPerAccountMonth, 3),
    })
    .map(({ s, ...team }) => ({ ...s, ...team }));
}

/** Either staffing policy over the full ranges of the team policy. */
export const teamPolicyArb: fc.Arbitrary<TeamPolicy> = fc
  .record({
    staffing: fc.constantFrom('fixed' as const, 'hireToCoverage' as const),
    numbers: recordIn(SPEC_TEAM_RANGES),
  })
  .map(({ staffing, numbers }) => ({ staffing, ...numbers }));

/** Any valid version-2 scenario: 1..`maxSegments` segments (named Segment 1, 2, …), either kind of each. */
export function v2AssumptionsArb(
  options: AssumptionsOptions & { minSegments?: number; maxSegments?: number } = {},
): fc.Arbitrary<V2Assumptions> {
  const { maxHorizon = 60, minSegments = 1, maxSegments = 5 } = options;
  const anySegment = fc.oneof(segmentArb(options), partialSegmentArb(options));
  return fc
    .record({
      top: recordIn(SPEC_GLOBAL_RANGES, { horizonMonths: maxHorizon }),
      team: teamPolicyArb,
      segments: fc.array(anySegment, { minLength: minSegments, maxLength: maxSegments }),
    })
    .map(({ top, team, segments }) => ({
      ...top,
      team,
      segments: segments.map((s, i) => ({ ...s, name: `Segment ${i + 1}` })),
    }));
}
