import { describe, expect, test } from 'vitest';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SEGMENT, validateAssumptions } from '../../src/model/index.ts';
import { explainProblem } from '../../src/input-catalog.ts';

const fmt = { locale: 'en-US', currency: 'USD' };
const explained = (raw: unknown): string[] =>
  validateAssumptions(raw).problems.map((p) => explainProblem(p, fmt));

describe('what validation changed, in words', () => {
  test('a segment name that had to be cleaned is quoted as given and as shown', () => {
    const raw = { ...DEFAULT_ASSUMPTIONS, segments: [{ ...DEFAULT_SEGMENT, name: '  Enter\nprise ' }] };
    // The line break is spelled out: the given text is a link's or a file's, and shows its unseen characters.
    expect(explained(raw)).toEqual([
      String.raw`The segment name "  Enter\u000Aprise " is shown as "Enter prise".`,
    ]);
  });

  test('a name that is not text gets the segment’s number', () => {
    const raw = { ...DEFAULT_ASSUMPTIONS, segments: [DEFAULT_SEGMENT, { ...DEFAULT_SEGMENT, name: 7 }] };
    expect(explained(raw)).toEqual(['Segment 2: the segment name 7 is shown as "Segment 2".']);
  });

  test('an unknown staffing word names the policy used', () => {
    const raw = { ...DEFAULT_ASSUMPTIONS, team: { ...DEFAULT_ASSUMPTIONS.team, staffing: 'grow' } };
    expect(explained(raw)).toEqual([
      'Staffing: "grow" is not a staffing policy, so “Keep the team as it is” is used.',
    ]);
  });

  test('no segments, or too many, are said plainly', () => {
    expect(explained({ ...DEFAULT_ASSUMPTIONS, segments: [] })).toEqual([
      'The scenario had no segments, so the default one is used.',
    ]);
    const seven = Array.from({ length: 7 }, (_, i) => ({ ...DEFAULT_SEGMENT, name: `S${i}` }));
    expect(explained({ ...DEFAULT_ASSUMPTIONS, segments: seven })).toEqual([
      'The scenario had 7 segments; the calculator takes 5, so the first 5 are kept.',
    ]);
  });

  test('a number of a later segment says which segment; of the first, as before segments', () => {
    const raw = {
      ...DEFAULT_ASSUMPTIONS,
      segments: [
        { ...DEFAULT_SEGMENT, arpa: -1 },
        { ...DEFAULT_SEGMENT, name: 'SMB', arpa: -1 },
      ],
    };
    expect(explained(raw)).toEqual([
      'Revenue per account (MRR): -$1 is below the lowest allowed value, so $0 is used.',
      'Segment 2: Revenue per account (MRR): -$1 is below the lowest allowed value, so $0 is used.',
    ]);
  });

  test('a team number is named by its label', () => {
    const raw = { ...DEFAULT_ASSUMPTIONS, team: { ...DEFAULT_ASSUMPTIONS.team, rampMonths: 2.5 } };
    expect(explained(raw)).toEqual(['Ramp-up of a new CSM must be a whole number, so 3 months is used.']);
  });
});

describe('out-of-range numbers in the person’s units and number format', () => {
  test('a rate is said as a percentage, with a decimal comma in German, never as a fraction', () => {
    const raw = {
      ...DEFAULT_ASSUMPTIONS,
      grossMargin: 1.255,
      segments: [{ ...DEFAULT_SEGMENT, monthlyChurn: { base: '-0.055', withCs: 0.007 } }],
    };
    const problems = validateAssumptions(raw).problems;
    const de = problems.map((p) => explainProblem(p, { locale: 'de-DE', currency: 'EUR' }));
    expect(de.join(' ')).toContain('125,5');
    expect(de.join(' ')).toContain('-5,5');
    expect(de.join(' ')).not.toMatch(/1\.255|0\.055/);
    const en = problems.map((p) => explainProblem(p, fmt));
    expect(en.join(' ')).toContain('125.5%');
  });
});
