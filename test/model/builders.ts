import {
  DEFAULT_ASSUMPTIONS,
  simulate,
  type MonthRow,
  DEFAULT_SEGMENT,
  GLOBAL_FIELDS,
  type Assumptions,
  type GlobalField,
  type Lever,
  type LeverField,
  type Segment,
  type TeamPolicy,
} from '../../src/model/index.ts';

/** The same value with and without a CS program. */
export const flat = (value: number): Lever => ({ base: value, withCs: value });

/** A one-segment scenario written flat, as version 1 wrote it: globals and the segment's fields side by side. */
export type FlatScenario = Partial<Pick<Assumptions, GlobalField> & Omit<Segment, 'name'>> & {
  team?: Partial<TeamPolicy>;
  name?: string;
};

/** A one-segment scenario from flat fields, on top of `base` (the defaults unless given). */
export function oneSegment(fields: FlatScenario, base: Assumptions = DEFAULT_ASSUMPTIONS): Assumptions {
  const globals: Partial<Pick<Assumptions, GlobalField>> = {};
  const segment: Record<string, unknown> = { ...(base.segments[0] ?? DEFAULT_SEGMENT) };
  for (const [key, value] of Object.entries(fields)) {
    if (key === 'team') continue;
    if ((GLOBAL_FIELDS as readonly string[]).includes(key)) globals[key as GlobalField] = value as number;
    else segment[key] = value;
  }
  return {
    ...base,
    ...globals,
    team: { ...base.team, ...fields.team },
    segments: [segment as unknown as Segment],
  };
}

/** The one segment of a one-segment scenario. */
export const only = (a: Assumptions): Segment => a.segments[0]!;

/**
 * A small business to check by hand: no CS team, no referrals, every lever flat at a neutral value
 * (success 1, everything else 0), then `fields` on top.
 */
export function business(fields: FlatScenario = {}): Assumptions {
  const levers: Record<LeverField, Lever> = {
    onboardingSuccess: flat(1),
    monthlyChurn: flat(0),
    expansionWinRate: flat(0),
    expansionUplift: flat(0),
    expansionsPerYear: flat(0),
    monthlyContraction: flat(0),
    timeToValueMonths: flat(0),
  };
  return oneSegment({
    ...levers,
    startingAccounts: 0,
    newAccountsPerMonth: 0,
    referralsPerAccountYear: 0,
    grossMargin: 1,
    cac: 0,
    csms: 0,
    ...fields,
  });
}

/** The whole book's rows of a scenario. */
export const rowsOf = (a: Assumptions): MonthRow[] => simulate(a).rows;
