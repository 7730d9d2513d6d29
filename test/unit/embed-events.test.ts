// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { changedInput } from '../../src/store/changed-input.ts';
import { createCalculatorStore } from '../../src/store/calculator-store.ts';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/index.ts';
import { validEmail } from '../../src/app/email.ts';
import {
  keyFigures,
  MIN_INTERVAL_MS,
  REST_MS,
  tellChanges,
  type HostEvent,
} from '../../src/app/host-events.ts';
import { projectionOf } from '../../src/store/projection-of.ts';
import { readEmbedConfig } from '../../src/store/embed-config.ts';

describe('the input a change names', () => {
  const a = DEFAULT_ASSUMPTIONS;
  const segment = a.segments[0]!;
  test.each([
    [
      { ...a, horizonMonths: 24 },
      { input: 'horizonMonths', segment: null },
    ],
    [
      { ...a, team: { ...a.team, rampMonths: 5 } },
      { input: 'team.rampMonths', segment: null },
    ],
    [
      { ...a, segments: [{ ...segment, monthlyChurn: { ...segment.monthlyChurn, withCs: 0.001 } }] },
      { input: 'monthlyChurn.withCs', segment: 0 },
    ],
    [
      { ...a, segments: [segment, { ...segment, name: 'SMB' }] },
      { input: 'segments', segment: 1 },
    ],
  ])('%#', (after, named) => {
    expect(changedInput(a, after)).toEqual(named);
  });

  test('none when nothing differs, even in a copy', () => {
    expect(changedInput(a, structuredClone(a))).toBeNull();
  });
});

describe('change events', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  test('one event once the inputs rest, at most one a second, none for a value put back', () => {
    const store = createCalculatorStore();
    const sent: HostEvent[] = [];
    const stop = tellChanges(
      store,
      (e) => sent.push(e),
      () => Date.now(),
    );
    const set = (csms: number) => store.getState().setInput('segments.0.csms', csms);
    const csms = store.getState().inputs.segments[0]!.csms;
    set(csms + 1);
    set(csms + 2);
    vi.advanceTimersByTime(REST_MS - 10);
    expect(sent).toHaveLength(0);
    vi.advanceTimersByTime(20);
    expect(sent.map((e) => e.name)).toEqual(['change']);
    expect(sent[0]!.detail).toMatchObject({ input: 'csms', segment: 0 });

    // Changed again at once: told one second after the last, not before.
    set(csms + 3);
    vi.advanceTimersByTime(REST_MS + 10);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(MIN_INTERVAL_MS);
    expect(sent).toHaveLength(2);

    // Dragged away and back: nothing to tell.
    set(csms + 9);
    set(csms + 3);
    vi.advanceTimersByTime(5 * MIN_INTERVAL_MS);
    expect(sent).toHaveLength(2);
    stop();
  });
});

test('key figures are numbers or null, never NaN', () => {
  const figures = keyFigures(projectionOf(DEFAULT_ASSUMPTIONS));
  for (const value of Object.values(figures)) expect(value === null || Number.isFinite(value)).toBe(true);
  expect(figures.roi).toBeGreaterThan(0);
  const noCsms = { ...DEFAULT_ASSUMPTIONS, segments: [{ ...DEFAULT_ASSUMPTIONS.segments[0]!, csms: 0 }] };
  expect(keyFigures(projectionOf(noCsms)).paybackMonth).toBeNull();
});

/** The loader's own copy of a list or a pattern (public/embed.js has no build to import them with). */
const LOADER = readFileSync('public/embed.js', 'utf8');
const loaderFigures = JSON.parse(
  /var FIGURES = (\[[^\]]*\]);/
    .exec(LOADER)![1]!
    .replaceAll("'", '"')
    .replace(/,\s*\]/, ']'),
) as string[];
const loaderEmail = new RegExp(/var EMAIL = \/(.+)\/;/.exec(LOADER)![1]!);
/** The loader's check of a lead's address: text of 254 characters at most, no controls, its pattern. */
const loaderAccepts = (email: string) =>
  email.length <= 254 && !/\p{Cc}/u.test(email) && loaderEmail.test(email);

test('the loader checks the figures the embed sends, each of them', () => {
  expect(loaderFigures).toEqual(Object.keys(keyFigures(projectionOf(DEFAULT_ASSUMPTIONS))));
});

const GOOD_EMAILS = ['anna@beispiel.de', ' bob.smith+roi@sub.example.co.uk ', 'élodie@société.fr'];

describe('email addresses', () => {
  test.each(GOOD_EMAILS)('%s', (email) => {
    expect(validEmail(email)).toBe(email.trim());
    // The loader accepts what the form sends (trimmed).
    expect(loaderAccepts(email.trim())).toBe(true);
  });
  test.each([
    '',
    'anna',
    'anna@',
    '@x.com',
    'a@b',
    'a b@c.com',
    '<script>@x.com',
    'a@x.com<img src=x>',
    '"quoted"@x.com',
    'a@b.c',
    `${'a'.repeat(65)}@x.com`,
    `a@${'b'.repeat(260)}.com`,
    'a@x.com\nBcc: b@y.com',
  ])('refused: %j', (email) => {
    expect(validEmail(email)).toBeNull();
    expect(loaderAccepts(email.trim())).toBe(false);
  });
});

describe('the lead form attributes', () => {
  test('on, with the host’s consent wording as text, controls removed', () => {
    const c = readEmbedConfig('?lead=on&leadConsent=' + encodeURIComponent('I agree <b>now</b>\u202E\u0007'));
    expect(c.lead).toEqual({ consent: 'I agree <b>now</b>' });
  });
  test('off unless "on"; no wording gives ours', () => {
    expect(readEmbedConfig('?lead=yes').lead).toBeNull();
    expect(readEmbedConfig('?lead=on').lead).toEqual({ consent: null });
  });
});
