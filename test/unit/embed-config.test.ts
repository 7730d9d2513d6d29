import { describe, expect, test } from 'vitest';
import { CATALOG } from '../../src/input-catalog.ts';
import { readEmbedConfig, safeLink, safeOrigin } from '../../src/store/embed-config.ts';
import { contrast, textOn } from '../../src/app/contrast.ts';

const EVERY_INPUT = Object.keys(CATALOG);

describe('embed configuration', () => {
  test('reads every attribute the loader passes', () => {
    const c = readEmbedConfig(
      '?preset=race&currency=EUR&locale=de-DE&theme=dark&accent=%230F766E&show=arpa,csms%20monthlyChurn' +
        '&lock=csms&cta=https%3A%2F%2Fexample.com%2Fdemo%3Fa%3D1&ctaText=Book%20a%20demo&ctaTarget=_top' +
        '&origin=https%3A%2F%2Fwww.example.com&lang=de&lead=on&leadConsent=Ja%2C%20gern',
    );
    expect(c).toEqual({
      preset: 'race',
      settings: { currency: 'EUR', locale: 'de-DE', theme: 'dark', language: 'de' },
      accent: '#0F766E',
      shown: ['arpa', 'csms', 'monthlyChurn'],
      locked: ['csms'],
      cta: { href: 'https://example.com/demo?a=1', text: 'Book a demo', target: '_top' },
      lead: { consent: 'Ja, gern' },
      hostOrigin: 'https://www.example.com',
      problems: [],
    });
  });

  test('nothing given: defaults, no messages to anyone', () => {
    const c = readEmbedConfig('');
    expect(c.shown).toBeNull();
    expect(c.cta).toBeNull();
    expect(c.hostOrigin).toBeNull();
    expect(c.problems).toEqual([]);
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    '//evil.example/x',
    '/relative',
  ])('a call to action to %j is refused', (url) => {
    expect(safeLink(url)).toBeNull();
    const c = readEmbedConfig(`?cta=${encodeURIComponent(url)}`);
    expect(c.cta).toBeNull();
    expect(c.problems).toEqual([expect.stringMatching(/not an http or https address/)]);
  });

  test('a call-to-action link too long is refused, not cut short', () => {
    const long = `https://example.com/${'a'.repeat(2100)}`;
    expect(readEmbedConfig(`?cta=${encodeURIComponent(long)}`).cta).toBeNull();
    const fits = `https://example.com/${'a'.repeat(1900)}`;
    expect(readEmbedConfig(`?cta=${encodeURIComponent(fits)}`).cta?.href).toBe(fits);
  });

  test('call-to-action text is plain, one line, short; the target is _blank unless _top', () => {
    const c = readEmbedConfig(
      `?cta=http%3A%2F%2Fx.example&ctaText=${encodeURIComponent('<b>Go</b>\u202E\n'.repeat(10))}&ctaTarget=_parent`,
    );
    expect(c.cta?.text).toHaveLength(60);
    expect(c.cta?.text).not.toMatch(/[\n\u202E]/);
    expect(c.cta?.target).toBe('_blank');
  });

  test.each([
    '*',
    'null',
    'https://example.com/',
    'https://example.com/path',
    'file:///x',
    'ftp://example.com',
    '',
  ])('host origin %j is not an origin: no height messages', (origin) => {
    expect(safeOrigin(origin)).toBeNull();
  });

  test('bad accent colours and unknown inputs are named and dropped', () => {
    const c = readEmbedConfig('?accent=red;}&show=arpa,__proto__,constructor&lock=zzz');
    expect(c.accent).toBeNull();
    expect(c.shown).toEqual(['arpa']);
    expect(c.locked).toEqual([]);
    expect(c.problems.join(' ')).toMatch(/“red;}”.*“__proto__”, “constructor”.*“zzz”/);
  });

  test.each([', ', ',', ' '])('a list naming every input (joined by %j) is read whole', (separator) => {
    const list = encodeURIComponent(EVERY_INPUT.join(separator));
    const c = readEmbedConfig(`?show=${list}&lock=${list}`);
    expect(c.shown).toEqual(EVERY_INPUT);
    expect(c.locked).toEqual(EVERY_INPUT);
    expect(c.problems).toEqual([]);
  });

  test('a list too long loses whole names from its end, and says so', () => {
    const list = [...EVERY_INPUT, ...EVERY_INPUT].join(', ');
    const c = readEmbedConfig(`?show=${encodeURIComponent(list)}`);
    expect(c.shown).toEqual(EVERY_INPUT);
    expect(c.problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `list of inputs to show is longer than \\d+ characters, so its last ${EVERY_INPUT.length} names were left out`,
        ),
      ),
    ]);
    // No name is ever cut in half and then reported as unknown.
    expect(c.problems.join(' ')).not.toMatch(/do not exist/);
  });

  test('attributes the loader left out for their length are named; anything else in that list is not', () => {
    const c = readEmbedConfig(
      `?tooLong=${encodeURIComponent('data-inputs,data-cta-url,data-inputs,<b>x</b>,data-\u202E')}`,
    );
    expect(c.problems).toEqual([
      'The data-inputs attribute was longer than 2000 characters, so it was ignored.',
      'The data-cta-url attribute was longer than 2000 characters, so it was ignored.',
    ]);
  });

  test('accent text picks the readable one; contrast matches WCAG', () => {
    expect(contrast('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrast('#777', '#777777')).toBeCloseTo(1, 5);
    expect(textOn('#1d4ed8')).toBe('#ffffff');
    expect(textOn('#fde047')).toBe('#111111');
  });
});

describe('embed input names', () => {
  test('name the team policy and the digital program by their keys; a model path is not a name', () => {
    const c = readEmbedConfig('?show=team.rampMonths,digitalCoverage,segments.0.arpa&lock=team.rampMonths');
    expect(c.shown).toEqual(['team.rampMonths', 'digitalCoverage']);
    expect(c.locked).toEqual(['team.rampMonths']);
    expect(c.problems).toEqual([expect.stringContaining('“segments.0.arpa”')]);
  });
});

describe('segment and team fields in data-inputs', () => {
  test('are named as the panel names them, for the segment on screen', () => {
    const c = readEmbedConfig(
      '?show=arpa,digitalCoverage,digitalCostPerAccountMonth,team.rampMonths&lock=csms',
    );
    expect(c.shown).toEqual(['arpa', 'digitalCoverage', 'digitalCostPerAccountMonth', 'team.rampMonths']);
    expect(c.locked).toEqual(['csms']);
    expect(c.problems).toEqual([]);
  });
});
