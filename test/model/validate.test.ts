import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  inputPaths,
  LEVER_FIELDS,
  negligibleBelow,
  GLOBAL_FIELDS,
  SEGMENT_SCALAR_FIELDS,
  inputPath,
  parsePath,
  type SegmentScalarField,
  rangeOf,
  readInput,
  validateAssumptions,
  type Assumptions,
  type InputPath,
  type Problem,
  type ProblemKind,
} from '../../src/model/index.ts';
import { only } from './builders.ts';
import { inRange } from './arbitraries.ts';

/** Property tests run hundreds of cases; on a busy machine they need more than the default 5 s. */
const SLOW = { timeout: 30_000 };

/** The raw value validation saw for one path, reading a version-1 (flat) object: an own property, or nothing. */
function rawAt(raw: unknown, path: InputPath): unknown {
  const own = (source: unknown, key: string): unknown =>
    typeof source === 'object' && source !== null && Object.hasOwn(source, key)
      ? (source as Record<string, unknown>)[key]
      : undefined;
  const target = parsePath(path)!;
  if (target.kind === 'global') return own(raw, target.field);
  if (target.kind === 'team') return own(own(raw, 'team'), target.field);
  const value = own(raw, target.field);
  return target.kind === 'lever' ? own(value, target.side) : value;
}

/** Paths a version-1 scenario had: every number but the team policy's and the digital program's. */
const V1_PATHS = inputPaths(DEFAULT_ASSUMPTIONS).filter(
  (p) => !p.startsWith('team.') && !p.includes('.digital'),
);
const V1_SCALAR_FIELDS = [...GLOBAL_FIELDS, ...SEGMENT_SCALAR_FIELDS.filter((f) => !f.startsWith('digital'))];
/** The defaults written flat, as version 1 stored them. */
const V1_DEFAULTS: Record<string, unknown> = Object.fromEntries([
  ...GLOBAL_FIELDS.map((f) => [f, DEFAULT_ASSUMPTIONS[f]]),
  ...Object.entries(only(DEFAULT_ASSUMPTIONS)).filter(([f]) => f !== 'name' && !f.startsWith('digital')),
]);
/** The path of a flat (version-1) field name. */
const pathOfFlat = (field: string): InputPath =>
  (GLOBAL_FIELDS as readonly string[]).includes(field)
    ? (field as InputPath)
    : inputPath(0, field as SegmentScalarField);

/** What MODEL.md asks of a finite number: clamp to the range, then round whole-number fields half up. */
function expectedFor(x: number, path: InputPath): { used: number; kind: ProblemKind | null } {
  const r = rangeOf(path);
  if (x !== 0 && Math.abs(x) < negligibleBelow(r))
    return { used: Math.min(r.max, Math.max(r.min, 0)), kind: 'negligible' };
  if (x < r.min) return { used: r.min, kind: 'below-minimum' };
  if (x > r.max) return { used: r.max, kind: 'above-maximum' };
  if (r.integer && !Number.isInteger(x)) return { used: Math.floor(x + 0.5), kind: 'not-whole' };
  return { used: x === 0 ? 0 : x, kind: null };
}

const defaultAt = (path: InputPath) => readInput(DEFAULT_ASSUMPTIONS as Assumptions, path);

/** A label for any value, even one whose toString is broken. */
const show = (value: unknown): string => {
  try {
    return typeof value === 'string' ? JSON.stringify(value) : String(value);
  } catch {
    return typeof value;
  }
};

/**
 * The whole contract for one input: a valid Assumptions (finite, in range, whole where required) and
 * exactly one Problem for each value that was changed, none for the others. Plain checks collected into
 * one list (a property runs this hundreds of times).
 */
function expectValidated(raw: unknown): { assumptions: Assumptions; problems: Problem[] } {
  const result = validateAssumptions(raw);
  const { assumptions, problems } = result;
  const errors: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) errors.push(what);
  };
  check(
    Object.keys(assumptions).sort().join() === [...GLOBAL_FIELDS, 'team', 'segments'].sort().join(),
    'fields of Assumptions',
  );
  check(assumptions.segments.length === 1, 'one segment');
  for (const field of LEVER_FIELDS) {
    check(Object.keys(only(assumptions)[field]).sort().join() === 'base,withCs', `sides of ${field}`);
  }
  const byField = new Map<string, Problem>();
  for (const p of problems) {
    check(
      (inputPaths(DEFAULT_ASSUMPTIONS) as readonly string[]).includes(p.field),
      `unknown field ${p.field}`,
    );
    check(!byField.has(p.field), `two problems for ${p.field}`);
    byField.set(p.field, p);
    check(typeof p.given === 'string' && p.given.length <= 45, `${p.field}: given ${show(p.given)}`);
    check(typeof p.reason === 'string' && p.reason.length > 0, `${p.field}: reason`);
  }
  for (const path of inputPaths(DEFAULT_ASSUMPTIONS)) {
    const value = readInput(assumptions, path);
    const r = rangeOf(path);
    check(Number.isFinite(value) && value >= r.min && value <= r.max, `${path} = ${value} out of range`);
    check(!Object.is(value, -0), `${path} is -0`);
    check(!r.integer || Number.isInteger(value), `${path} = ${value} is not whole`);

    const given = rawAt(raw, path);
    const problem = byField.get(path);
    const label = `${path} given ${show(given)}: ${problem?.kind ?? 'no problem'}, ${value} used`;
    if (problem) check(problem.used === value, `${label}, problem says ${problem.used}`);
    const numeric = typeof given === 'string' && given.trim() !== '' ? Number(given) : Number.NaN;
    let want: { used: number; kind: ProblemKind | null };
    if (given === undefined && !V1_PATHS.includes(path)) want = { used: defaultAt(path), kind: null };
    else if (given === undefined) want = { used: defaultAt(path), kind: 'missing' };
    else if (typeof given === 'number' && Number.isFinite(given)) want = expectedFor(given, path);
    // A numeric string is read as its number (which spellings count is the gate's choice).
    else if (Number.isFinite(numeric) && problem?.kind !== 'not-a-number') want = expectedFor(numeric, path);
    else want = { used: defaultAt(path), kind: 'not-a-number' };
    check(
      (problem?.kind ?? null) === want.kind && value === want.used,
      `${label}; expected ${want.kind}, ${want.used}`,
    );
  }
  expect(errors).toEqual([]);
  return result;
}

afterEach(() => {
  // Nothing any input did may reach every object.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).csms).toBeUndefined();
});
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

describe('validateAssumptions', SLOW, () => {
  test('the defaults pass unchanged, with no problems', () => {
    const { assumptions, problems } = expectValidated(structuredClone(V1_DEFAULTS));
    expect(problems).toEqual([]);
    expect(assumptions).toEqual(DEFAULT_ASSUMPTIONS);
  });

  test('the result shares no lever object with the input', () => {
    const raw = structuredClone(DEFAULT_ASSUMPTIONS) as Assumptions;
    const { assumptions } = validateAssumptions(raw);
    only(raw).monthlyChurn.withCs = 0.5;
    expect(only(assumptions).monthlyChurn.withCs).toBe(only(DEFAULT_ASSUMPTIONS).monthlyChurn.withCs);
  });

  test.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'abc'],
    ['a number', 42],
    ['a boolean', true],
    ['an empty array', []],
    ['an array of numbers', [1, 2, 3]],
    ['an empty object', {}],
    ['a function', () => ({ csms: 5 })],
  ])('%s: every field missing, every default used', (_, raw) => {
    const { assumptions, problems } = expectValidated(raw);
    expect(assumptions).toEqual(DEFAULT_ASSUMPTIONS);
    expect(problems).toHaveLength(V1_PATHS.length);
    expect(problems.every((p) => p.kind === 'missing' && p.given === 'nothing')).toBe(true);
  });

  const withField = (field: string, value: unknown) => ({
    ...structuredClone(V1_DEFAULTS),
    [field]: value,
  });

  test.each([
    ['abc', 'not-a-number', 400],
    ['', 'not-a-number', 400],
    ['12', null, 12],
    [' 12.5 ', null, 12.5],
    ['1e3', null, 1000],
    ['1e400', 'not-a-number', 400],
    ['-5', 'below-minimum', 0],
    ['0x10', 'not-a-number', 400],
    ['Infinity', 'not-a-number', 400],
    [Number.NaN, 'not-a-number', 400],
    [Number.POSITIVE_INFINITY, 'not-a-number', 400],
    [Number.NEGATIVE_INFINITY, 'not-a-number', 400],
    // eslint-disable-next-line no-loss-of-precision -- a literal past the double range is Infinity: the case.
    [1e400, 'not-a-number', 400],
    [-1, 'below-minimum', 0],
    [-1e300, 'below-minimum', 0],
    [1e300, 'above-maximum', 1e6],
    [Number.MAX_VALUE, 'above-maximum', 1e6],
    [-0, null, 0],
    [null, 'not-a-number', 400],
    [true, 'not-a-number', 400],
    [{}, 'not-a-number', 400],
    [[5], 'not-a-number', 400],
  ] as const)('startingAccounts = %s → %s, %d used', (given, kind, used) => {
    const { assumptions, problems } = expectValidated(withField('startingAccounts', given));
    expect(only(assumptions).startingAccounts).toBe(used);
    expect(Object.is(only(assumptions).startingAccounts, -0)).toBe(false);
    expect(problems.map((p) => p.kind)).toEqual(kind === null ? [] : [kind]);
    if (kind !== null) {
      expect(problems[0]).toMatchObject({ field: 'segments.0.startingAccounts', used });
    }
  });

  test.each([
    ['horizonMonths', 12.5, 'not-whole', 13],
    ['horizonMonths', 12.4, 'not-whole', 12],
    ['horizonMonths', 0.4, 'below-minimum', 1],
    ['horizonMonths', 0, 'below-minimum', 1],
    ['horizonMonths', 120.6, 'above-maximum', 120],
    ['horizonMonths', '36', null, 36],
    ['csms', 2.5, 'not-whole', 3],
    ['csms', 1e9, 'above-maximum', 10000],
    ['csmHoursPerMonth', 0, 'below-minimum', 1],
    ['grossMargin', 1.2, 'above-maximum', 1],
  ] as const)('%s = %s → %s, %d used', (field, given, kind, used) => {
    const { assumptions, problems } = expectValidated(withField(field, given));
    const path = pathOfFlat(field);
    expect(readInput(assumptions, path)).toBe(used);
    expect(problems.map((p) => [p.field, p.kind])).toEqual(kind === null ? [] : [[path, kind]]);
  });

  test('levers: each side checked on its own', () => {
    const numberLever = expectValidated(withField('monthlyChurn', 0.02));
    expect(only(numberLever.assumptions).monthlyChurn).toEqual(only(DEFAULT_ASSUMPTIONS).monthlyChurn);
    expect(numberLever.problems.map((p) => [p.field, p.kind])).toEqual([
      ['segments.0.monthlyChurn.base', 'missing'],
      ['segments.0.monthlyChurn.withCs', 'missing'],
    ]);

    const oneSide = expectValidated(withField('monthlyChurn', { base: 0.03 }));
    expect(only(oneSide.assumptions).monthlyChurn).toEqual({
      base: 0.03,
      withCs: only(DEFAULT_ASSUMPTIONS).monthlyChurn.withCs,
    });
    expect(oneSide.problems.map((p) => p.field)).toEqual(['segments.0.monthlyChurn.withCs']);

    const bad = expectValidated(withField('timeToValueMonths', { base: 'x', withCs: 99 }));
    expect(only(bad.assumptions).timeToValueMonths).toEqual({ base: 3, withCs: 24 });
    expect(bad.problems.map((p) => [p.field, p.kind])).toEqual([
      ['segments.0.timeToValueMonths.base', 'not-a-number'],
      ['segments.0.timeToValueMonths.withCs', 'above-maximum'],
    ]);

    const asList = expectValidated(withField('onboardingSuccess', [0.5, 0.9]));
    expect(asList.problems.map((p) => p.field)).toEqual([
      'segments.0.onboardingSuccess.base',
      'segments.0.onboardingSuccess.withCs',
    ]);
  });

  test('a long string is shown shortened, as text', () => {
    const { problems } = expectValidated(withField('arpa', `<img src=x onerror=alert(1)>${'x'.repeat(200)}`));
    expect(problems[0]!.given.length).toBeLessThanOrEqual(45);
    expect(problems[0]!.given.startsWith('"<img')).toBe(true);
  });

  test('__proto__ and constructor keys are ignored and pollute nothing', () => {
    const proto = JSON.parse(
      '{"__proto__": {"csms": 5}, "constructor": {"prototype": {"csms": 6}}}',
    ) as unknown;
    const { assumptions, problems } = expectValidated(proto);
    expect(assumptions).toEqual(DEFAULT_ASSUMPTIONS);
    expect(problems).toHaveLength(V1_PATHS.length);

    const nested = JSON.parse(
      '{"monthlyChurn": {"__proto__": {"base": 0.9}, "withCs": 0.01}, "csms": {"__proto__": 5}}',
    ) as unknown;
    const second = expectValidated(nested);
    expect(only(second.assumptions).monthlyChurn).toEqual({
      base: only(DEFAULT_ASSUMPTIONS).monthlyChurn.base,
      withCs: 0.01,
    });
    expect(only(second.assumptions).csms).toBe(only(DEFAULT_ASSUMPTIONS).csms);
  });

  test('inherited fields are not read: only own properties count', () => {
    const inherited = Object.create({ csms: 7, arpa: 1 }) as object;
    const { assumptions } = expectValidated(inherited);
    expect(only(assumptions).csms).toBe(only(DEFAULT_ASSUMPTIONS).csms);
    expect(only(assumptions).arpa).toBe(only(DEFAULT_ASSUMPTIONS).arpa);
  });

  test('for any value at all (fc.anything), never throws and returns a valid Assumptions', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true }),
        (raw) => {
          expectValidated(raw);
        },
      ),
      { numRuns: 300 },
    );
  });

  /** Objects shaped like Assumptions, each value valid, out of range, a string, junk or absent. */
  const hostileValue = (path: InputPath) =>
    fc.oneof(
      inRange(rangeOf(path)),
      fc.double(),
      fc.double({ min: -1e9, max: 1e9, noNaN: true }).map(String),
      fc.constantFrom(-0, Number.NaN, Infinity, -Infinity, 1e300, '', 'abc', '1e400', ' 7 ', null, true),
      fc.anything(),
    );
  const hostileAssumptions = fc.record(
    {
      ...Object.fromEntries(V1_SCALAR_FIELDS.map((f) => [f, hostileValue(pathOfFlat(f))])),
      ...Object.fromEntries(
        LEVER_FIELDS.map((f) => [
          f,
          fc.oneof(
            fc.record(
              {
                base: hostileValue(inputPath(0, `${f}.base`)),
                withCs: hostileValue(inputPath(0, `${f}.withCs`)),
              },
              { requiredKeys: [] },
            ),
            fc.anything(),
          ),
        ]),
      ),
    },
    { requiredKeys: [] },
  );

  test('for any object shaped like Assumptions, each changed value is reported once and only those', () => {
    fc.assert(
      fc.property(hostileAssumptions, (raw) => {
        expectValidated(raw);
      }),
      { numRuns: 300 },
    );
  });

  test('validating twice changes nothing the second time', () => {
    fc.assert(
      fc.property(hostileAssumptions, (raw) => {
        const once = validateAssumptions(raw).assumptions;
        const twice = validateAssumptions(once);
        expect(twice.problems).toEqual([]);
        expect(twice.assumptions).toEqual(once);
      }),
      { numRuns: 200 },
    );
  });
});

describe('validateAssumptions, version-2 shape', SLOW, () => {
  const v2 = (fields: Record<string, unknown>) => ({ ...structuredClone(DEFAULT_ASSUMPTIONS), ...fields });
  const kindsOf = (problems: Problem[]) => problems.map((p) => [p.field, p.kind]);

  test('the defaults pass unchanged, with no problems', () => {
    const { assumptions, problems } = validateAssumptions(structuredClone(DEFAULT_ASSUMPTIONS));
    expect(problems).toEqual([]);
    expect(assumptions).toEqual(DEFAULT_ASSUMPTIONS);
  });

  test.each([
    ['a string', 'segments'],
    ['an empty list', []],
    ['a number', 3],
    ['null', null],
    ['an object', { 0: {} }],
  ])('segments that is %s takes the default segment and says so', (_, segments) => {
    const { assumptions, problems } = validateAssumptions(v2({ segments }));
    expect(assumptions.segments).toEqual(DEFAULT_ASSUMPTIONS.segments);
    expect(kindsOf(problems)).toEqual([['segments', 'no-segments']]);
  });

  test('nine segments: the first five are kept, one problem says so', () => {
    const segments = Array.from({ length: 9 }, (_, i) => ({ ...only(DEFAULT_ASSUMPTIONS), name: `S${i}` }));
    const { assumptions, problems } = validateAssumptions(v2({ segments }));
    expect(assumptions.segments.map((s) => s.name)).toEqual(['S0', 'S1', 'S2', 'S3', 'S4']);
    expect(kindsOf(problems)).toEqual([['segments', 'too-many-segments']]);
  });

  test('a null or junk segment takes every default, each reported with its path', () => {
    const { assumptions, problems } = validateAssumptions(
      v2({ segments: [only(DEFAULT_ASSUMPTIONS), null, 'x'] }),
    );
    expect(assumptions.segments).toHaveLength(3);
    expect(assumptions.segments[1]).toEqual({ ...only(DEFAULT_ASSUMPTIONS), name: 'Segment 2' });
    const fields = problems.map((p) => p.field);
    expect(fields).toContain('segments.1.name');
    expect(fields).toContain('segments.1.monthlyChurn.withCs');
    expect(fields).toContain('segments.2.arpa');
    expect(fields.some((f) => f.startsWith('segments.0.'))).toBe(false);
  });

  test('prototype keys in a segment or the team pollute nothing and are not read', () => {
    const raw = JSON.parse(
      `{"horizonMonths": 24, "team": {"__proto__": {"rampMonths": 5}}, "segments": [{"__proto__": {"csms": 99}, "name": "A"}]}`,
    ) as unknown;
    const { assumptions } = validateAssumptions(raw);
    expect(assumptions.team.rampMonths).toBe(0);
    expect(only(assumptions).csms).toBe(only(DEFAULT_ASSUMPTIONS).csms);
  });

  test('a 10,000-character name with control characters and markup becomes 40 characters of text', () => {
    const name = `<b onclick="x()">\u0000Big\u0007\u2028Co</b>${'é'.repeat(10_000)}`;
    const segments = [{ ...only(DEFAULT_ASSUMPTIONS), name }];
    const { assumptions, problems } = validateAssumptions(v2({ segments }));
    const used = only(assumptions).name;
    expect(Array.from(used)).toHaveLength(40);
    expect(used.startsWith('<b onclick="x()"> Big Co</b>')).toBe(true);
    expect([...used].some((c) => c.charCodeAt(0) < 0x20 || c === '\u2028')).toBe(false);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'segments.0.name', kind: 'name-changed', used });
    expect(problems[0]!.given.length).toBeLessThanOrEqual(45);
  });

  test('names in any script keep their joiners and direction marks; an empty name gets a default', () => {
    const family = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}';
    const arabic = 'عملاء\u200F كبار';
    const { assumptions, problems } = validateAssumptions(
      v2({
        segments: [
          { ...only(DEFAULT_ASSUMPTIONS), name: family },
          { ...only(DEFAULT_ASSUMPTIONS), name: arabic },
          { ...only(DEFAULT_ASSUMPTIONS), name: '   ' },
        ],
      }),
    );
    expect(assumptions.segments.map((s) => s.name)).toEqual([family, arabic, 'Segment 3']);
    expect(kindsOf(problems)).toEqual([['segments.2.name', 'name-changed']]);
  });

  test('a default name is marked as the model’s own; a given name that reads the same is not', () => {
    const { problems } = validateAssumptions(
      v2({
        segments: [
          { ...only(DEFAULT_ASSUMPTIONS), name: 42 },
          { ...only(DEFAULT_ASSUMPTIONS), name: 'Segment 2 ' },
          { ...only(DEFAULT_ASSUMPTIONS), name: '\u0007' },
        ],
      }),
    );
    expect(problems.map((p) => [p.field, p.used, p.defaultName ?? false])).toEqual([
      ['segments.0.name', 'Segment 1', true],
      ['segments.1.name', 'Segment 2', false],
      ['segments.2.name', 'Segment 3', true],
    ]);
  });

  test('an unknown staffing word keeps the fixed team and says so; a known one is kept', () => {
    const bad = validateAssumptions(v2({ team: { ...DEFAULT_ASSUMPTIONS.team, staffing: 'outsource' } }));
    expect(bad.assumptions.team.staffing).toBe('fixed');
    expect(kindsOf(bad.problems)).toEqual([['team.staffing', 'unknown-word']]);
    const good = validateAssumptions(
      v2({ team: { ...DEFAULT_ASSUMPTIONS.team, staffing: 'hireToCoverage', rampMonths: 2.6 } }),
    );
    expect(good.assumptions.team).toMatchObject({ staffing: 'hireToCoverage', rampMonths: 3 });
    expect(kindsOf(good.problems)).toEqual([['team.rampMonths', 'not-whole']]);
  });

  test('a team number out of range is clamped and reported with its path', () => {
    const { assumptions, problems } = validateAssumptions(
      v2({ team: { ...DEFAULT_ASSUMPTIONS.team, csmsPerManager: 0, targetCoverage: '1.5' } }),
    );
    expect(assumptions.team.csmsPerManager).toBe(1);
    expect(assumptions.team.targetCoverage).toBe(1);
    expect(kindsOf(problems)).toEqual([
      ['team.targetCoverage', 'above-maximum'],
      ['team.csmsPerManager', 'below-minimum'],
    ]);
  });

  test('a sparse list of segments (holes survive structured cloning) reads each hole as a missing segment', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the case
    const { assumptions, problems } = validateAssumptions(v2({ segments: [, only(DEFAULT_ASSUMPTIONS)] }));
    expect(assumptions.segments).toHaveLength(2);
    expect(assumptions.segments[0]).toEqual({ ...only(DEFAULT_ASSUMPTIONS), name: 'Segment 1' });
    expect(problems.some((p) => p.field === 'segments.0.arpa' && p.kind === 'missing')).toBe(true);
  });

  test('a team that is not an object takes the default team and says so', () => {
    for (const team of [5, 'x', null, [1]]) {
      const { assumptions, problems } = validateAssumptions(v2({ team }));
      expect(assumptions.team).toEqual(DEFAULT_ASSUMPTIONS.team);
      expect(kindsOf(problems)).toEqual([['team', 'not-a-team']]);
    }
  });

  test('a version-1 scenario has no digital program, whatever extra fields it carries', () => {
    const { assumptions, problems } = validateAssumptions({ ...V1_DEFAULTS, digitalCoverage: 0.5 });
    expect(only(assumptions).digitalCoverage).toBe(0);
    expect(problems).toEqual([]);
  });

  test('for any value in the version-2 shape, never throws and returns numbers in range', () => {
    const anySegment = fc.oneof(
      fc.anything(),
      fc.record(
        {
          name: fc.oneof(fc.string({ maxLength: 80 }), fc.anything()),
          arpa: fc.oneof(fc.double(), fc.string()),
          monthlyChurn: fc.anything(),
          digitalCoverage: fc.oneof(fc.double(), fc.constantFrom(5e-324, -0, '0.4')),
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(
        fc.record(
          { segments: fc.oneof(fc.array(anySegment, { maxLength: 9 }), fc.anything()), team: fc.anything() },
          { requiredKeys: [] },
        ),
        (raw) => {
          const { assumptions } = validateAssumptions(raw);
          expect(assumptions.segments.length).toBeGreaterThanOrEqual(1);
          expect(assumptions.segments.length).toBeLessThanOrEqual(5);
          for (const path of inputPaths(assumptions)) {
            const v = readInput(assumptions, path);
            const r = rangeOf(path);
            expect(Number.isFinite(v) && v >= r.min && v <= r.max && !Object.is(v, -0)).toBe(true);
          }
          for (const s of assumptions.segments) {
            expect(typeof s.name).toBe('string');
            expect(s.name.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
