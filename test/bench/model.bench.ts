import { bench, describe } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  evaluateCsProgram,
  recommendedCsms,
  sensitivity,
  simulate,
  sweepHeadcount,
  type Assumptions,
} from '../../src/model/index.ts';

const a: Assumptions = { ...DEFAULT_ASSUMPTIONS, horizonMonths: 120 };

describe('model at horizonMonths 120 (defaults)', () => {
  bench('simulate', () => {
    simulate(a);
  });

  bench('evaluateCsProgram', () => {
    evaluateCsProgram(a);
  });

  // What the main page recomputes after one slider move: the program, the headcount curve and the tornado.
  bench('first screen after one slider move', () => {
    evaluateCsProgram(a);
    sweepHeadcount(a, 0, 2 * recommendedCsms(a, 0));
    sensitivity(a, 'roi');
  });
});
