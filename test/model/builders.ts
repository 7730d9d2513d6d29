import { DEFAULT_ASSUMPTIONS, type Assumptions, type LeverField, type Lever } from '../../src/model/index.ts';

/** The same value with and without a CS program. */
export const flat = (value: number): Lever => ({ base: value, withCs: value });

/**
 * A small business to check by hand: no CS team, no referrals, every lever flat at a neutral value
 * (success 1, everything else 0), then `fields` on top.
 */
export function business(fields: Partial<Assumptions> = {}): Assumptions {
  const levers: Record<LeverField, Lever> = {
    onboardingSuccess: flat(1),
    monthlyChurn: flat(0),
    expansionWinRate: flat(0),
    expansionUplift: flat(0),
    expansionsPerYear: flat(0),
    monthlyContraction: flat(0),
    timeToValueMonths: flat(0),
  };
  return {
    ...DEFAULT_ASSUMPTIONS,
    ...levers,
    startingAccounts: 0,
    newAccountsPerMonth: 0,
    referralsPerAccountYear: 0,
    grossMargin: 1,
    cac: 0,
    csms: 0,
    ...fields,
  };
}
