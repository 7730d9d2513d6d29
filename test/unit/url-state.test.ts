import fc from 'fast-check';
import { looksLikeMarkup } from '../../src/quote-text.ts';
import { describe, expect, test } from 'vitest';
import {
  cleanSegmentName,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_SEGMENT,
  GLOBAL_FIELDS,
  GLOBAL_RANGES,
  LEVER_FIELDS,
  LEVER_RANGES,
  MAX_SEGMENTS,
  negligibleBelow,
  SEGMENT_RANGES,
  SEGMENT_SCALAR_FIELDS,
  STAFFING_POLICIES,
  TEAM_FIELDS,
  TEAM_RANGES,
  type Assumptions,
  type Range,
} from '../../src/model/index.ts';
import { CATALOG, type InputKey } from '../../src/input-catalog.ts';
import { createCalculatorStore } from '../../src/store/calculator-store.ts';
import { loadLink } from '../../src/store/load-link.ts';
import { LANGUAGES } from '../../src/i18n/languages.ts';
import { CURRENCIES, DEFAULT_SETTINGS, LOCALES, type Settings } from '../../src/store/settings.ts';
import { decodeLink, encodeLink, MAX_LINK_CHARS } from '../../src/store/url-state.ts';

const number = (r: Range) =>
  r.integer
    ? fc.integer({ min: r.min, max: r.max })
    : fc
        .double({ min: r.min, max: r.max, noNaN: true, noDefaultInfinity: true })
        // A valid scenario holds no -0 and nothing validation reads as zero (a billionth of the range).
        .map((x) => (Math.abs(x) < negligibleBelow(r) ? 0 : x));

const segment = fc.record({
  // A name as validation leaves it (a link carries any text; validation's cleaning is the model's test).
  // Names that look like markup open with a notice that says so: that is tested on its own, below.
  name: fc
    .string({ minLength: 1, maxLength: 50 })
    .map(cleanSegmentName)
    .filter((n) => n !== '' && !looksLikeMarkup(n)),
  ...Object.fromEntries(SEGMENT_SCALAR_FIELDS.map((f) => [f, number(SEGMENT_RANGES[f])])),
  ...Object.fromEntries(
    LEVER_FIELDS.map((f) => [
      f,
      fc.record({ base: number(LEVER_RANGES[f]), withCs: number(LEVER_RANGES[f]) }),
    ]),
  ),
});

const assumptions: fc.Arbitrary<Assumptions> = fc.record({
  ...Object.fromEntries(GLOBAL_FIELDS.map((f) => [f, number(GLOBAL_RANGES[f])])),
  team: fc.record({
    staffing: fc.constantFrom(...STAFFING_POLICIES),
    ...Object.fromEntries(TEAM_FIELDS.map((f) => [f, number(TEAM_RANGES[f])])),
  }),
  segments: fc.array(segment, { minLength: 1, maxLength: MAX_SEGMENTS }),
}) as fc.Arbitrary<Assumptions>;

const settings: fc.Arbitrary<Settings> = fc.record({
  currency: fc.constantFrom(...CURRENCIES),
  locale: fc.constantFrom(...LOCALES),
  theme: fc.constant('system' as const),
  churnUnit: fc.constantFrom('monthly' as const, 'annual' as const),
  language: fc.constantFrom(...LANGUAGES),
});

const presenter = fc.option(fc.uniqueArray(fc.constantFrom(...(Object.keys(CATALOG) as InputKey[]))), {
  nil: null,
});

function opened(text: string) {
  const store = createCalculatorStore();
  const loaded = loadLink(store, text);
  const s = store.getState();
  return {
    loaded,
    inputs: s.inputs,
    segment: s.inputs.segments[0]!,
    settings: s.settings,
    presenter: s.presenter,
    notices: s.notices.map((n) => n.text),
  };
}

describe('the scenario link', () => {
  test('round-trips every valid scenario exactly, with no notices', () => {
    fc.assert(
      fc.property(assumptions, settings, presenter, (inputs, s, p) => {
        const link = encodeLink({ inputs, settings: s, presenter: p });
        expect(link.length).toBeLessThan(MAX_LINK_CHARS);
        const back = opened(`#${link}`);
        expect(back.inputs).toEqual(inputs);
        expect(back.settings).toEqual(s);
        expect(back.presenter).toEqual(p);
        expect(back.notices).toEqual([]);
      }),
    );
  });

  test('is compact: the defaults fit in a few hundred characters', () => {
    const link = encodeLink({ inputs: DEFAULT_ASSUMPTIONS, settings: DEFAULT_SETTINGS, presenter: null });
    expect(link.length).toBeLessThan(320);
    expect(link).toMatch(/^v=3&/);
  });

  test('opens a version 1 link (fields spelled out) as the same scenario', () => {
    const v1 =
      '#v=1&horizonMonths=48&arpa=1500&monthlyChurn.base=0.02&monthlyChurn.withCs=0.01&currency=EUR&churnUnit=annual';
    const back = opened(v1);
    expect(back.inputs.horizonMonths).toBe(48);
    expect(back.segment.arpa).toBe(1500);
    expect(back.segment.monthlyChurn).toEqual({ base: 0.02, withCs: 0.01 });
    expect(back.settings.currency).toBe('EUR');
    expect(back.settings.churnUnit).toBe('annual');
    // Everything a v1 link did not carry is named once and falls back to its default.
    expect(back.notices).toEqual([
      expect.stringMatching(/did not include .* and 14 more, so their defaults/),
    ]);
    expect(back.segment.csms).toBe(DEFAULT_SEGMENT.csms);
  });

  test('a v1 link missing one side of a lever reports that side', () => {
    const back = opened(
      `#${encodeV1Full()}`.replace(`&monthlyChurn.withCs=${DEFAULT_SEGMENT.monthlyChurn.withCs}`, ''),
    );
    expect(back.segment.monthlyChurn).toEqual(DEFAULT_SEGMENT.monthlyChurn);
    expect(back.notices).toEqual([expect.stringMatching(/Logo churn \(CR6\), with CS was missing/)]);
  });

  test('ignores text that is not a scenario link', () => {
    expect(decodeLink('')).toBeNull();
    expect(decodeLink('#results')).toBeNull();
    expect(opened('#charts').loaded).toBe(false);
  });
});

/** The defaults written the v1 way. */
function encodeV1Full(): string {
  const params = new URLSearchParams({ v: '1' });
  for (const f of GLOBAL_FIELDS) params.set(f, String(DEFAULT_ASSUMPTIONS[f]));
  // Version 1 had no digital program.
  for (const f of SEGMENT_SCALAR_FIELDS.filter((f) => !f.startsWith('digital')))
    params.set(f, String(DEFAULT_SEGMENT[f]));
  for (const f of LEVER_FIELDS) {
    params.set(`${f}.base`, String(DEFAULT_SEGMENT[f].base));
    params.set(`${f}.withCs`, String(DEFAULT_SEGMENT[f].withCs));
  }
  return params.toString();
}

describe('a link with segments (version 3)', () => {
  const two: Assumptions = {
    ...DEFAULT_ASSUMPTIONS,
    team: { ...DEFAULT_ASSUMPTIONS.team, staffing: 'hireToCoverage', rampMonths: 3 },
    segments: [
      { ...DEFAULT_SEGMENT, name: 'Enterprise & co', arpa: 9000 },
      { ...DEFAULT_SEGMENT, name: 'SMB', arpa: 300, csms: 2 },
    ],
  };
  const link = encodeLink({ inputs: two, settings: DEFAULT_SETTINGS, presenter: null });

  test('keeps the first segment under today’s keys and prefixes the others with their index', () => {
    const params = new URLSearchParams(link);
    expect(params.get('ar')).toBe('9000');
    expect(params.get('1.ar')).toBe('300');
    expect(params.get('1.n')).toBe('2');
    expect(params.get('nm')).toBe('Enterprise & co');
    expect(params.get('1.nm')).toBe('SMB');
    expect(params.get('st')).toBe('h');
    expect(params.get('rm')).toBe('3');
    expect(params.has('1.h')).toBe(false); // the horizon is the whole book's
  });

  test('counts segments by the highest index: a segment left out takes the defaults, and says so', () => {
    const back = opened(`#${link.replace(/&1\./g, '&3.')}`);
    expect(back.inputs.segments.map((x) => x.name)).toEqual([
      'Enterprise & co',
      'Segment 2',
      'Segment 3',
      'SMB',
    ]);
    expect(back.inputs.segments[3]!.arpa).toBe(300);
    expect(back.inputs.segments[1]!.arpa).toBe(DEFAULT_SEGMENT.arpa);
    expect(back.notices).toEqual([
      expect.stringMatching(/did not include the segment name of segment 2, .* and \d+ more/),
    ]);
  });

  test('a name is text, and a staffing code it does not know is said', () => {
    const back = opened(`#${link.replace('1.nm=SMB', '1.nm=%3Cb%3Ehi%3C%2Fb%3E').replace('st=h', 'st=zz')}`);
    expect(back.inputs.segments[1]!.name).toBe('<b>hi</b>');
    expect(back.inputs.team.staffing).toBe('fixed');
    expect(back.notices).toEqual([
      expect.stringMatching(/Staffing: "zz" is not a staffing policy/),
      expect.stringMatching(/the segment name “<b>hi<\/b>” looks like markup; it is kept as written/),
    ]);
  });

  test('a segment index beyond the fifth is not a segment, and the link says it had too many', () => {
    const back = opened(`#${link}&5.ar=1&9.ar=2&9.zz=3`);
    expect(back.inputs.segments).toHaveLength(2);
    expect(back.notices).toEqual([
      'The link has 10 segments; the calculator takes 5, so the first 5 are used and the rest were left out.',
      expect.stringMatching(/does not know \(“9.zz”\)/),
    ]);
  });
});

describe('a hostile or broken link', () => {
  const good = encodeLink({ inputs: DEFAULT_ASSUMPTIONS, settings: DEFAULT_SETTINGS, presenter: null });
  // The default link's own pairs, to break one at a time.
  const { arpa, cac, startingAccounts, monthlyChurn } = DEFAULT_SEGMENT;
  const AR = `ar=${arpa}`;
  const CAC = `cac=${cac}`;
  const SA = `sa=${startingAccounts}`;
  const CH = `ch=${monthlyChurn.base}_${monthlyChurn.withCs}`;

  test('script in a value is reported as text and replaced by the default', () => {
    const back = opened(`#${good.replace(AR, 'ar=%3Cscript%3Ealert(1)%3C%2Fscript%3E')}`);
    expect(back.segment.arpa).toBe(DEFAULT_SEGMENT.arpa);
    expect(back.notices).toEqual([expect.stringContaining('"<script>alert(1)</script>" is not a number')]);
  });

  test('NaN, Infinity and 1e999 never become numbers', () => {
    const back = opened(
      `#${good.replace(AR, 'ar=NaN').replace(CAC, 'cac=1e999').replace(SA, 'sa=Infinity')}`,
    );
    for (const value of [back.segment.arpa, back.segment.cac, back.segment.startingAccounts]) {
      expect(Number.isFinite(value)).toBe(true);
    }
    expect(back.notices).toHaveLength(3);
  });

  test('out-of-range values are clamped and said', () => {
    const back = opened(`#${good.replace(CH, 'ch=-3_7')}`);
    expect(back.segment.monthlyChurn).toEqual({ base: 0, withCs: 1 });
    expect(back.notices.join(' ')).toMatch(/below the lowest.*above the highest/);
  });

  test('a truncated link keeps the pairs before the cut', () => {
    const cut = good.slice(0, good.indexOf('&ch=') + 6);
    const back = opened(`#${cut}`);
    expect(back.inputs.horizonMonths).toBe(36);
    expect(back.segment.monthlyChurn.base).toBe(0); // "ch=0." is a number: the link's own, cut short
    expect(back.notices.some((n) => /did not include/.test(n))).toBe(true);
  });

  test('an oversized link is refused whole, with a notice', () => {
    const back = opened(`#${good}&x=${'9'.repeat(MAX_LINK_CHARS)}`);
    expect(back.loaded).toBe(true);
    expect(back.inputs).toEqual(DEFAULT_ASSUMPTIONS);
    expect(back.notices).toEqual([expect.stringMatching(/too long/)]);
  });

  test('an oversized link opened over a scenario leaves that scenario as it was', () => {
    const store = createCalculatorStore();
    loadLink(store, `#${good.replace(AR, 'ar=3100').replace('cur=USD', 'cur=EUR')}&p=ar`);
    const before = store.getState();
    loadLink(store, `#${good}&x=${'9'.repeat(MAX_LINK_CHARS)}`);
    const after = store.getState();
    expect(after.inputs).toBe(before.inputs);
    expect(after.settings).toBe(before.settings);
    expect(after.presenter).toBe(before.presenter);
    expect(after.notices.map((n) => n.text)).toEqual([
      expect.stringMatching(/too long .* ignored and the scenario shown is unchanged/),
    ]);
  });

  test('a key given twice counts the first time, in version 1 and version 2 links alike', () => {
    const v2 = opened('#v=2&ar=1500&ch=0.02_0.01&cur=EUR&p=ar&ar=3000&ch=0.03_0.02&cur=GBP&p=cc');
    const v1 = opened(
      '#v=1&arpa=1500&monthlyChurn.base=0.02&monthlyChurn.withCs=0.01&currency=EUR&churnUnit=annual' +
        '&arpa=3000&monthlyChurn.base=0.03&monthlyChurn.withCs=0.02&currency=GBP&churnUnit=monthly',
    );
    for (const back of [v2, v1]) {
      expect(back.inputs.segments[0]!.arpa).toBe(1500);
      expect(back.inputs.segments[0]!.monthlyChurn).toEqual({ base: 0.02, withCs: 0.01 });
      expect(back.settings.currency).toBe('EUR');
    }
    expect(v2.presenter).toEqual(['arpa']);
    expect(v1.settings.churnUnit).toBe('annual');
  });

  test('a newer version is read for what this version understands', () => {
    const back = opened(`#${good.replace('v=3', 'v=9')}&zz=1&ar=${arpa + 1000}`);
    expect(back.segment.arpa).toBe(arpa); // the first of two values wins
    expect(back.notices.join(' ')).toMatch(/newer version.*“zz”/);
  });

  test('an unknown version text, unknown currency and presenter names are reported, not used', () => {
    const back = opened(
      `#${good.replace('v=3', 'v=%00abc').replace('cur=USD', 'cur=%3Cb%3E')}&p=ar_zzz_constructor`,
    );
    expect(back.settings.currency).toBe('USD');
    expect(back.presenter).toEqual(['arpa']);
    const all = back.notices.join(' ');
    expect(all).toMatch(/version “\\u0000abc” is not known/);
    expect(all).toMatch(/presenter mode names inputs that do not exist \(“zzz”, “constructor”\)/);
  });

  test('bidi controls and NUL in a link are spelled out in the notices, never echoed', () => {
    const unseen = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u0000';
    const spelled = String.raw`\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u0000`;
    const back = opened(
      `#${good
        .replace('v=3', `v=3${encodeURIComponent('\u202E')}`)
        .replace(AR, `ar=${encodeURIComponent(`1${unseen}`)}`)
        .replace('cur=USD', `cur=${encodeURIComponent('\u2067US\u0000')}`)}` +
        `&p=ar_${encodeURIComponent('\u200Fzz\u2069')}`,
    );
    const all = back.notices.join(' ');
    expect(back.notices).toHaveLength(4);
    for (const mark of unseen) expect(all).not.toContain(mark);
    expect(all).toContain(String.raw`version “3\u202E” is not known`);
    expect(all).toContain(`"1${spelled}" is not a number`);
    expect(all).toContain(String.raw`currency “\u2067US\u0000” is not known`);
    expect(all).toContain(String.raw`do not exist (“\u200Fzz\u2069”)`);
  });

  test('prototype keys and malformed escapes do nothing', () => {
    const back = opened('#v=2&__proto__=1&constructor=2&h=%E0%A4%A&ch=_');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(back.inputs.horizonMonths).toBe(DEFAULT_ASSUMPTIONS.horizonMonths);
    expect(back.segment.monthlyChurn).toEqual(DEFAULT_SEGMENT.monthlyChurn);
    expect(back.notices.length).toBeGreaterThan(0);
  });

  test('any text at all decodes without throwing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (junk, tail) => {
        const back = opened(`#v=2&${junk}&h=${tail}`);
        expect(Number.isFinite(back.inputs.horizonMonths)).toBe(true);
      }),
    );
  });
});
