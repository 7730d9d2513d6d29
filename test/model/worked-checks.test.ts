import { describe, expect, test } from 'vitest';
import { compareCompanies, expansionGrowthAt } from '../../src/model/index.ts';
import { business, flat, only, rowsOf } from './builders.ts';
import { expectClose } from './close.ts';

/** The article's race: A buys 100 accounts a month and loses 10 %, B buys 50 and loses 5 %. */
const race = { startingAccounts: 0, arpa: 50, cac: 100, grossMargin: 1 };
const companyA = (horizonMonths: number) =>
  business({ ...race, horizonMonths, newAccountsPerMonth: 100, monthlyChurn: flat(0.1) });
const companyB = (horizonMonths: number) =>
  business({ ...race, horizonMonths, newAccountsPerMonth: 50, monthlyChurn: flat(0.05) });

const cents = (x: number) => Math.round(x * 100) / 100;

describe('acquisition vs retention race (MODEL.md worked check)', () => {
  const a = rowsOf(companyA(24));
  const b = rowsOf(companyB(24));

  test('accounts follow N[t] = N[t−1](1 − c) + n', () => {
    let nA = 0;
    let nB = 0;
    for (let t = 1; t <= 24; t++) {
      nA = nA * 0.9 + 100;
      nB = nB * 0.95 + 50;
      expectClose(a[t]!.accounts, nA, `A month ${t}`);
      expectClose(b[t]!.accounts, nB, `B month ${t}`);
    }
  });

  test('at month 24: A 920.23 accounts and MRR 46,011.68; B 708.01 and 35,400.55', () => {
    expect(cents(a[24]!.accounts)).toBe(920.23);
    expect(cents(a[24]!.mrr)).toBe(46011.68);
    expect(cents(b[24]!.accounts)).toBe(708.01);
    expect(cents(b[24]!.mrr)).toBe(35400.55);
  });

  test('cumulative contribution at month 24: A 545,894.90, B 407,389.57', () => {
    expect(cents(a[24]!.cumulativeContribution)).toBe(545894.9);
    expect(cents(b[24]!.cumulativeContribution)).toBe(407389.57);
  });

  test('"B is ahead after 24 months" does not hold: B trails A in MRR and cumulative contribution', () => {
    expect(b[24]!.mrr).toBeLessThan(a[24]!.mrr);
    expect(b[24]!.cumulativeContribution).toBeLessThan(a[24]!.cumulativeContribution);
    expect(b[24]!.accounts).toBeLessThan(a[24]!.accounts);
  });

  test('over 120 months: B leads monthly contribution from month 43, cumulative from 99, MRR never', () => {
    const race120 = compareCompanies(companyA(120), companyB(120));
    expect(race120.months).toBe(120);
    expect(race120.race.contribution.bAheadFrom).toBe(43);
    expect(race120.race.cumulativeContribution.bAheadFrom).toBe(99);
    expect(race120.race.mrr.bAheadFrom).toBeNull();
    // "Stays ahead from": behind the month before, ahead every month after.
    const { a: rowsA, b: rowsB } = race120;
    expect(rowsB[42]!.contribution).toBeLessThanOrEqual(rowsA[42]!.contribution);
    expect(rowsB[98]!.cumulativeContribution).toBeLessThanOrEqual(rowsA[98]!.cumulativeContribution);
    for (let t = 43; t <= 120; t++) expect(rowsB[t]!.contribution).toBeGreaterThan(rowsA[t]!.contribution);
    for (let t = 99; t <= 120; t++) {
      expect(rowsB[t]!.cumulativeContribution).toBeGreaterThan(rowsA[t]!.cumulativeContribution);
    }
    for (let t = 1; t <= 120; t++) expect(rowsB[t]!.mrr).toBeLessThan(rowsA[t]!.mrr);
    expectClose(race120.race.mrr.leadAtHorizon, rowsB[120]!.mrr - rowsA[120]!.mrr, 'MRR lead');
    expect(race120.race.cumulativeContribution.leadAtHorizon).toBeGreaterThan(0);
  });
});

describe('a single cohort with no churn: MRR_t = start × arpa × ((1 − contraction)(1 + g))^t', () => {
  const cases = [
    { monthlyContraction: 0.01, expansionWinRate: 0.3, expansionUplift: 0.2, expansionsPerYear: 2 },
    { monthlyContraction: 0, expansionWinRate: 1, expansionUplift: 5, expansionsPerYear: 12 },
    { monthlyContraction: 0.2, expansionWinRate: 0, expansionUplift: 0, expansionsPerYear: 0 },
  ];
  test.each(cases)(
    'contraction $monthlyContraction, win $expansionWinRate × uplift $expansionUplift, $expansionsPerYear a year',
    (levers) => {
      const a = business({
        startingAccounts: 250,
        arpa: 1200,
        horizonMonths: 60,
        monthlyContraction: flat(levers.monthlyContraction),
        expansionWinRate: flat(levers.expansionWinRate),
        expansionUplift: flat(levers.expansionUplift),
        expansionsPerYear: flat(levers.expansionsPerYear),
      });
      const g =
        Math.pow(1 + levers.expansionWinRate * levers.expansionUplift, levers.expansionsPerYear / 12) - 1;
      expectClose(expansionGrowthAt(only(a), 0), g, 'g');
      const rows = rowsOf(a);
      for (let t = 0; t <= 60; t++) {
        expectClose(
          rows[t]!.mrr,
          250 * 1200 * Math.pow((1 - levers.monthlyContraction) * (1 + g), t),
          `month ${t}`,
        );
        expect(rows[t]!.accounts).toBe(250);
      }
    },
  );
});

describe('zero churn, zero expansion, ttv 0, success 1: accounts_t = start + t × new', () => {
  test.each([
    { startingAccounts: 0, newAccountsPerMonth: 100 },
    { startingAccounts: 400, newAccountsPerMonth: 20 },
    { startingAccounts: 1e6, newAccountsPerMonth: 0.25 },
  ])('start $startingAccounts, $newAccountsPerMonth new a month', (fields) => {
    const rows = rowsOf(business({ ...fields, arpa: 100, horizonMonths: 120 }));
    for (let t = 0; t <= 120; t++) {
      expectClose(rows[t]!.accounts, fields.startingAccounts + t * fields.newAccountsPerMonth, `month ${t}`);
      expectClose(rows[t]!.mrr, 100 * (fields.startingAccounts + t * fields.newAccountsPerMonth), `mrr ${t}`);
    }
  });
});
