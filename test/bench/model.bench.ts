import { bench, describe } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  DEFAULT_SEGMENT,
  allocateTeam,
  evaluateCsProgram,
  recommendedCsms,
  sensitivity,
  simulate,
  sweepHeadcount,
  type Assumptions,
  type Segment,
} from '../../src/model/index.ts';

const a: Assumptions = { ...DEFAULT_ASSUMPTIONS, horizonMonths: 120 };

// Each iteration works on a new scenario object, as a slider step makes one: the model caches team-size
// answers per object, and reusing one object would time the cache, not the model.
const fresh = (a: Assumptions): Assumptions => ({ ...a });

describe('model at horizonMonths 120 (defaults, one segment)', () => {
  bench('simulate', () => {
    simulate(fresh(a));
  });

  bench('evaluateCsProgram', () => {
    evaluateCsProgram(fresh(a));
  });

  // What the main page recomputes after one slider move, with the team view open: the program and the
  // headcount curve.
  bench('first screen and team view after one slider move', () => {
    const next = fresh(a);
    evaluateCsProgram(next);
    sweepHeadcount(next, 0, 2 * recommendedCsms(next, 0));
  });

  bench('tornado of ROI (the analysis tab, after the inputs rest)', () => {
    sensitivity(fresh(a), 'roi');
  });
});

/** Four tiers of one book, each with its own team and levers, hiring with ramp, managers, tools and digital. */
const tier = (fields: Partial<Segment>): Segment => ({ ...DEFAULT_SEGMENT, ...fields });
const fourTiers: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  horizonMonths: 120,
  team: {
    staffing: 'hireToCoverage',
    targetCoverage: 0.8,
    rampMonths: 3,
    csmsPerManager: 8,
    managerAnnualCost: 190_000,
    toolingPerCsmYear: 6_000,
  },
  segments: [
    tier({
      name: 'Enterprise',
      startingAccounts: 60,
      newAccountsPerMonth: 1.5,
      arpa: 12_000,
      csms: 6,
      impactHoursPerAccountMonth: 10,
    }),
    tier({ name: 'Mid-market', startingAccounts: 300, newAccountsPerMonth: 10, arpa: 2_500, csms: 5 }),
    tier({
      name: 'SMB',
      startingAccounts: 2_000,
      newAccountsPerMonth: 80,
      arpa: 300,
      csms: 2,
      impactHoursPerAccountMonth: 0.1,
      digitalCoverage: 0.4,
      digitalCostPerAccountMonth: 4,
    }),
    tier({
      name: 'Partners',
      startingAccounts: 40,
      newAccountsPerMonth: 1,
      arpa: 5_000,
      csms: 1,
      timeToValueMonths: { base: 6, withCs: 3 },
    }),
  ],
};

describe('model at horizonMonths 120, four segments', () => {
  // The first screen and the team view: the program, and each segment's team-size curve.
  bench('first screen and team view after one slider move', () => {
    const next = fresh(fourTiers);
    evaluateCsProgram(next);
    for (let i = 0; i < next.segments.length; i++) sweepHeadcount(next, i);
  });

  bench('allocateTeam of 40 CSMs over 4 segments', () => {
    allocateTeam(fresh(fourTiers), 40);
  });

  bench('tornado over every segment and team input', () => {
    sensitivity(fresh(fourTiers), 'roi');
  });
});
