import { describe, expect, test } from 'vitest';
import { compareCompanies, DEFAULT_ASSUMPTIONS } from '../../src/model/index.ts';
import { ARTICLE_CHANGES, companyB, halfAndHalf, isArticleRace } from '../../src/analysis/race.ts';
import { articleCheck, raceHeadline, raceSentence } from '../../src/analysis/race-text.ts';
import { RACE_COMPANY_A, RACE_COMPANY_B } from '../../src/store/presets.ts';

const fmt = { locale: 'en-US', currency: 'USD' };

describe('the article’s race, in words', () => {
  const { b } = companyB(RACE_COMPANY_A, ARTICLE_CHANGES);
  const c = compareCompanies(RACE_COMPANY_A, b);

  test('B built from the article’s changes is the article’s company B', () => {
    expect(b).toEqual(RACE_COMPANY_B);
    expect(isArticleRace(RACE_COMPANY_A, b)).toBe(true);
    expect(isArticleRace(DEFAULT_ASSUMPTIONS, b)).toBe(false);
  });

  test('says who leads at month 24 and when B is ahead for good, as MODEL.md works out', () => {
    // MODEL.md: cumulative contribution at 24 is A 545,894.90 and B 407,389.57.
    expect(raceSentence(c, 'cumulativeContribution', 24, fmt)).toBe(
      'At month 24, A leads cumulative contribution by $138,505; B is ahead for good from month 99.',
    );
    expect(raceSentence(c, 'contribution', 24, fmt)).toBe(
      'At month 24, A leads monthly contribution by $5,611; B is ahead for good from month 43.',
    );
    expect(raceSentence(c, 'mrr', 24, fmt)).toBe(
      'At month 24, A leads MRR by $10,611; B never pulls ahead for good within 120 months.',
    );
    expect(raceSentence(c, 'contribution', 60, fmt)).toMatch(
      /^At month 60, B leads monthly contribution by \$[\d,]+, and has been ahead for good since month 43\.$/,
    );
  });

  test('does not let the article’s claim stand', () => {
    const text = articleCheck(c, fmt);
    expect(text).toContain(
      'The article says B is ahead after 24 months. In this model it is not: at month 24, A leads MRR by $10,611, monthly contribution by $5,611 and cumulative contribution by $138,505.',
    );
    expect(text).toContain('B’s monthly contribution is ahead from month 43');
    expect(text).toContain('its cumulative contribution ahead from month 99');
    expect(text).toContain('its MRR never passes A’s');
    expect(raceHeadline(c)).toBe(
      'Within 120 months, B is ahead for good on monthly contribution from month 43 and on cumulative contribution from month 99, and never overtakes A for good on MRR.',
    );
  });
});

describe('company B', () => {
  test('starts as A with half the new accounts and half the churn', () => {
    const { b, problems } = companyB(DEFAULT_ASSUMPTIONS, halfAndHalf(DEFAULT_ASSUMPTIONS));
    expect(problems).toEqual([]);
    const a = DEFAULT_ASSUMPTIONS.segments[0]!;
    expect(b.segments[0]!.newAccountsPerMonth).toBe(a.newAccountsPerMonth / 2);
    expect(b.segments[0]!.monthlyChurn).toEqual({
      base: a.monthlyChurn.base / 2,
      withCs: a.monthlyChurn.withCs / 2,
    });
    expect(b.segments[0]!.arpa).toBe(DEFAULT_ASSUMPTIONS.segments[0]!.arpa);
  });

  test('passes its changes through validation', () => {
    const { b, problems } = companyB(DEFAULT_ASSUMPTIONS, {
      'segments.0.monthlyChurn.withCs': 3,
      'segments.0.csms': 2.6,
    });
    expect(b.segments[0]!.monthlyChurn.withCs).toBe(1);
    expect(b.segments[0]!.csms).toBe(3);
    expect(problems.map((p) => p.field)).toEqual(['segments.0.csms', 'segments.0.monthlyChurn.withCs']);
  });

  test('a B identical to A is level on every measure', () => {
    const c = compareCompanies(DEFAULT_ASSUMPTIONS, companyB(DEFAULT_ASSUMPTIONS, {}).b);
    expect(raceSentence(c, 'mrr', 12, fmt)).toBe(
      'At month 12, A and B are level on MRR; B never pulls ahead for good within 36 months.',
    );
    expect(raceHeadline(c)).toBe(
      'Within 36 months, B is not ahead of A for good on MRR, monthly contribution or cumulative contribution.',
    );
  });
});
