import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import {
  DEFAULT_ASSUMPTIONS,
  INPUT_PATHS,
  LEVER_FIELDS,
  negligibleBelow,
  SCALAR_FIELDS,
  rangeOf,
  readInput,
  validateAssumptions,
  type Assumptions,
  type InputPath,
  type Problem,
  type ProblemKind,
} from '../../src/model/index.ts';
import { inRange } from './arbitraries.ts';

/** Property tests run hundreds of cases; on a busy machine they need more than the default 5 s. */
const SLOW = { timeout: 30_000 };

/** The raw value validation saw for one path: an own property, or nothing. */
function rawAt(raw: unknown, path: InputPath): unknown {
  const own = (source: unknown, key: string): unknown =>
    typeof source === 'object' && source !== null && Object.hasOwn(source, key)
      ? (source as Record<string, unknown>)[key]
      : undefined;
  const [field, side] = path.split('.') as [string, string | undefined];
  const value = own(raw, field);
  return side === undefined ? value : own(value, side);
}

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
    Object.keys(assumptions).sort().join() === [...SCALAR_FIELDS, ...LEVER_FIELDS].sort().join(),
    'fields of Assumptions',
  );
  for (const field of LEVER_FIELDS) {
    check(Object.keys(assumptions[field]).sort().join() === 'base,withCs', `sides of ${field}`);
  }
  const byField = new Map<string, Problem>();
  for (const p of problems) {
    check((INPUT_PATHS as readonly string[]).includes(p.field), `unknown field ${p.field}`);
    check(!byField.has(p.field), `two problems for ${p.field}`);
    byField.set(p.field, p);
    check(typeof p.given === 'string' && p.given.length <= 45, `${p.field}: given ${show(p.given)}`);
    check(typeof p.reason === 'string' && p.reason.length > 0, `${p.field}: reason`);
  }
  for (const path of INPUT_PATHS) {
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
    if (given === undefined) want = { used: defaultAt(path), kind: 'missing' };
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
    const { assumptions, problems } = expectValidated(structuredClone(DEFAULT_ASSUMPTIONS));
    expect(problems).toEqual([]);
    expect(assumptions).toEqual(DEFAULT_ASSUMPTIONS);
  });

  test('the result shares no lever object with the input', () => {
    const raw = structuredClone(DEFAULT_ASSUMPTIONS) as Assumptions;
    const { assumptions } = validateAssumptions(raw);
    raw.monthlyChurn.withCs = 0.5;
    expect(assumptions.monthlyChurn.withCs).toBe(DEFAULT_ASSUMPTIONS.monthlyChurn.withCs);
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
    expect(problems).toHaveLength(INPUT_PATHS.length);
    expect(problems.every((p) => p.kind === 'missing' && p.given === 'nothing')).toBe(true);
  });

  const withField = (field: string, value: unknown) => ({
    ...structuredClone(DEFAULT_ASSUMPTIONS),
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
    expect(assumptions.startingAccounts).toBe(used);
    expect(Object.is(assumptions.startingAccounts, -0)).toBe(false);
    expect(problems.map((p) => p.kind)).toEqual(kind === null ? [] : [kind]);
    if (kind !== null) {
      expect(problems[0]).toMatchObject({ field: 'startingAccounts', used });
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
    expect(assumptions[field]).toBe(used);
    expect(problems.map((p) => [p.field, p.kind])).toEqual(kind === null ? [] : [[field, kind]]);
  });

  test('levers: each side checked on its own', () => {
    const numberLever = expectValidated(withField('monthlyChurn', 0.02));
    expect(numberLever.assumptions.monthlyChurn).toEqual(DEFAULT_ASSUMPTIONS.monthlyChurn);
    expect(numberLever.problems.map((p) => [p.field, p.kind])).toEqual([
      ['monthlyChurn.base', 'missing'],
      ['monthlyChurn.withCs', 'missing'],
    ]);

    const oneSide = expectValidated(withField('monthlyChurn', { base: 0.03 }));
    expect(oneSide.assumptions.monthlyChurn).toEqual({
      base: 0.03,
      withCs: DEFAULT_ASSUMPTIONS.monthlyChurn.withCs,
    });
    expect(oneSide.problems.map((p) => p.field)).toEqual(['monthlyChurn.withCs']);

    const bad = expectValidated(withField('timeToValueMonths', { base: 'x', withCs: 99 }));
    expect(bad.assumptions.timeToValueMonths).toEqual({ base: 3, withCs: 24 });
    expect(bad.problems.map((p) => [p.field, p.kind])).toEqual([
      ['timeToValueMonths.base', 'not-a-number'],
      ['timeToValueMonths.withCs', 'above-maximum'],
    ]);

    const asList = expectValidated(withField('onboardingSuccess', [0.5, 0.9]));
    expect(asList.problems.map((p) => p.field)).toEqual([
      'onboardingSuccess.base',
      'onboardingSuccess.withCs',
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
    expect(problems).toHaveLength(INPUT_PATHS.length);

    const nested = JSON.parse(
      '{"monthlyChurn": {"__proto__": {"base": 0.9}, "withCs": 0.01}, "csms": {"__proto__": 5}}',
    ) as unknown;
    const second = expectValidated(nested);
    expect(second.assumptions.monthlyChurn).toEqual({
      base: DEFAULT_ASSUMPTIONS.monthlyChurn.base,
      withCs: 0.01,
    });
    expect(second.assumptions.csms).toBe(DEFAULT_ASSUMPTIONS.csms);
  });

  test('inherited fields are not read: only own properties count', () => {
    const inherited = Object.create({ csms: 7, arpa: 1 }) as object;
    const { assumptions } = expectValidated(inherited);
    expect(assumptions.csms).toBe(DEFAULT_ASSUMPTIONS.csms);
    expect(assumptions.arpa).toBe(DEFAULT_ASSUMPTIONS.arpa);
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
      ...Object.fromEntries(SCALAR_FIELDS.map((f) => [f, hostileValue(f)])),
      ...Object.fromEntries(
        LEVER_FIELDS.map((f) => [
          f,
          fc.oneof(
            fc.record(
              { base: hostileValue(`${f}.base`), withCs: hostileValue(`${f}.withCs`) },
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
