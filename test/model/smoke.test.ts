import { expect, test } from 'vitest';
import { DEFAULT_ASSUMPTIONS, simulate } from '../../src/model/index.ts';

test('the defaults simulate every month of the horizon', () => {
  expect(simulate(DEFAULT_ASSUMPTIONS)).toHaveLength(DEFAULT_ASSUMPTIONS.horizonMonths + 1);
});
