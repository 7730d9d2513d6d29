import {
  DEFAULT_ASSUMPTIONS,
  DEFAULT_SEGMENT,
  DEFAULT_TEAM,
  GLOBAL_FIELDS,
  GLOBAL_RANGES,
  LEVER_FIELDS,
  LEVER_RANGES,
  MAX_SEGMENT_NAME_LENGTH,
  MAX_SEGMENTS,
  SEGMENT_RANGES,
  SEGMENT_SCALAR_FIELDS,
  STAFFING_POLICIES,
  TEAM_FIELDS,
  TEAM_RANGES,
  inputPath,
  type Assumptions,
  type InputPath,
  type Range,
  type Segment,
  type SegmentScalarField,
  type Staffing,
  type TeamPolicy,
} from './assumptions.ts';

export type ProblemKind =
  | 'missing'
  | 'not-a-number'
  | 'negligible'
  | 'below-minimum'
  | 'above-maximum'
  | 'not-whole'
  /** A segment name that had to be cleaned, cut or replaced. */
  | 'name-changed'
  /** A staffing policy that is not one of the known words. */
  | 'unknown-word'
  /** `segments` that is not a list, or an empty one. */
  | 'no-segments'
  /** More segments than the model takes. */
  | 'too-many-segments'
  /** A team policy that is not one. */
  | 'not-a-team';

/** What a Problem is about: a number's path, or a segment's name, the staffing word or the list of segments. */
export type ProblemField = InputPath | `segments.${number}.name` | 'team.staffing' | 'team' | 'segments';

/** One value that validation changed: what was given, what is used instead, and why in plain words. */
export interface Problem {
  field: ProblemField;
  kind: ProblemKind;
  /** The given value as short text, safe to show as text. */
  given: string;
  /** What is used instead: a number, a name or a word (for the list of segments, how many are kept). */
  used: number | string;
  reason: string;
  /** Set when `used` is the default name validation gives a segment ("Segment 3"), not the given one cleaned. */
  defaultName?: true;
}

const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;
const MAX_GIVEN_LENGTH = 40;

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'empty';
  if (typeof value === 'string') {
    return value.length > MAX_GIVEN_LENGTH ? `"${value.slice(0, MAX_GIVEN_LENGTH)}…"` : `"${value}"`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

// NOTE: a decimal string ("0.05", "1e3") counts as that number, since links and attributes carry
// text; anything else that is not a number (hex, "12abc", booleans, objects) is not one.
function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && DECIMAL.test(value)) return Number(value);
  return Number.NaN;
}

/** `source[key]` when it is the source's own property: inherited and `__proto__` tricks read as missing. */
export function ownField(source: unknown, key: string): unknown {
  return typeof source === 'object' && source !== null && Object.hasOwn(source, key)
    ? (source as Record<string, unknown>)[key]
    : undefined;
}

// NOTE: a value a billionth of its field's range or less (every subnormal among them) changes no figure a
// person can see, but it can make a ratio explode (a CSM costing 1e-100 a year gives an ROI of 1e100) or
// stall a chart's tick search; so it counts as 0, then is clamped to the field's minimum like any value.
export const negligibleBelow = (r: Range): number => (r.max - r.min) * 1e-9;

function checkNumber(
  field: InputPath,
  raw: unknown,
  fallback: number,
  r: Range,
  problems: Problem[],
): number {
  const given = describe(raw);
  const report = (kind: ProblemKind, used: number, reason: string): number => {
    problems.push({ field, kind, given, used, reason });
    return used;
  };
  if (raw === undefined)
    return report('missing', fallback, `was missing, so the default ${fallback} is used`);
  const value = toNumber(raw);
  if (!Number.isFinite(value))
    return report('not-a-number', fallback, `is not a usable number, so the default ${fallback} is used`);
  if (value !== 0 && Math.abs(value) < negligibleBelow(r)) {
    const used = Math.min(r.max, Math.max(r.min, 0));
    return report('negligible', used, `is too small to mean anything, so ${used} is used`);
  }
  if (value < r.min)
    return report('below-minimum', r.min, `is below the minimum ${r.min}, so ${r.min} is used`);
  if (value > r.max)
    return report('above-maximum', r.max, `is above the maximum ${r.max}, so ${r.max} is used`);
  if (r.integer && !Number.isInteger(value)) {
    const rounded = Math.floor(value + 0.5);
    return report('not-whole', rounded, `must be a whole number, so ${rounded} is used`);
  }
  // -0 passes every check above but would print as "-0".
  return value === 0 ? 0 : value;
}

/**
 * A segment's name as text a person can read, cut to 40 characters (never inside a character made of
 * two code units). Format characters (joiners, direction marks) stay: scripts and emoji need them.
 */
// NOTE: control characters and line breaks become spaces rather than vanishing, and runs of space
// fold, so "North\nAmerica" reads "North America", not "NorthAmerica".
export function cleanSegmentName(raw: string): string {
  const name = raw
    .replace(/[\p{Cc}\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(name).slice(0, MAX_SEGMENT_NAME_LENGTH).join('').trim();
}

function checkName(index: number, raw: unknown, problems: Problem[]): string {
  const fallback = `Segment ${index + 1}`;
  const field: ProblemField = `segments.${index}.name`;
  if (typeof raw !== 'string') {
    problems.push({
      field,
      kind: 'name-changed',
      given: describe(raw),
      used: fallback,
      reason: `is not text, so "${fallback}" is used`,
      defaultName: true,
    });
    return fallback;
  }
  const cleaned = cleanSegmentName(raw);
  const used = cleaned === '' ? fallback : cleaned;
  if (used !== raw) {
    problems.push({
      field,
      kind: 'name-changed',
      given: describe(raw),
      used,
      reason: `is shown as "${used}"`,
      ...(cleaned === '' ? { defaultName: true as const } : {}),
    });
  }
  return used;
}

function checkSegment(
  raw: unknown,
  index: number,
  problems: Problem[],
  nameOf: (raw: unknown) => string,
): Segment {
  const segment = { ...DEFAULT_SEGMENT, name: nameOf(raw) } as Segment;
  const out = segment as unknown as Record<string, unknown>;
  for (const field of SEGMENT_SCALAR_FIELDS) {
    out[field] = checkNumber(
      inputPath(index, field),
      ownField(raw, field),
      DEFAULT_SEGMENT[field],
      SEGMENT_RANGES[field],
      problems,
    );
  }
  for (const field of LEVER_FIELDS) {
    const given = ownField(raw, field);
    const fallback = DEFAULT_SEGMENT[field];
    const r = LEVER_RANGES[field];
    out[field] = {
      base: checkNumber(
        inputPath(index, `${field}.base`),
        ownField(given, 'base'),
        fallback.base,
        r,
        problems,
      ),
      withCs: checkNumber(
        inputPath(index, `${field}.withCs`),
        ownField(given, 'withCs'),
        fallback.withCs,
        r,
        problems,
      ),
    };
  }
  return segment;
}

/** Segment fields that version 1 did not have: a version-1 scenario has no digital program. */
const V1_ABSENT_FIELDS = [
  'digitalCoverage',
  'digitalCostPerAccountMonth',
  'digitalFixedCostPerYear',
] as const satisfies readonly SegmentScalarField[];
const v1Absent = (path: string): boolean =>
  (V1_ABSENT_FIELDS as readonly string[]).includes(path.split('.')[2] ?? '');

function checkTeam(raw: unknown, problems: Problem[]): TeamPolicy {
  const team = { ...DEFAULT_TEAM };
  if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) {
    problems.push({
      field: 'team',
      kind: 'not-a-team',
      given: describe(raw),
      used: DEFAULT_TEAM.staffing,
      reason: 'is not a team policy, so the default team (fixed, no other cost) is used',
    });
    return team;
  }
  const staffing = ownField(raw, 'staffing');
  if (staffing !== undefined) {
    if (typeof staffing === 'string' && (STAFFING_POLICIES as readonly string[]).includes(staffing)) {
      team.staffing = staffing as Staffing;
    } else {
      problems.push({
        field: 'team.staffing',
        kind: 'unknown-word',
        given: describe(staffing),
        used: DEFAULT_TEAM.staffing,
        reason: `is not a staffing policy, so "${DEFAULT_TEAM.staffing}" is used`,
      });
    }
  }
  for (const field of TEAM_FIELDS) {
    const given = ownField(raw, field);
    // NOTE: a team policy left out entirely, or a field of it, takes the default quietly: version-1
    // scenarios have none, and the defaults are exactly the version-1 team (fixed, no other cost).
    team[field] =
      given === undefined
        ? DEFAULT_TEAM[field]
        : checkNumber(`team.${field}`, given, DEFAULT_TEAM[field], TEAM_RANGES[field], problems);
  }
  return team;
}

/**
 * The one gate every input passes: never throws, never lets a non-finite or out-of-range number
 * through, and reports each value it had to change. Only known fields are read (own properties),
 * so `__proto__` or extra keys in hostile input are ignored. A raw object in the version-1 shape
 * (segment fields at the top level, no `segments`) is read as one segment with the default team.
 */
export function validateAssumptions(raw: unknown): { assumptions: Assumptions; problems: Problem[] } {
  const problems: Problem[] = [];
  const globals = {} as Record<(typeof GLOBAL_FIELDS)[number], number>;
  for (const field of GLOBAL_FIELDS) {
    globals[field] = checkNumber(
      field,
      ownField(raw, field),
      DEFAULT_ASSUMPTIONS[field],
      GLOBAL_RANGES[field],
      problems,
    );
  }
  const team = checkTeam(ownField(raw, 'team'), problems);
  const rawSegments = ownField(raw, 'segments');
  let segments: Segment[];
  if (rawSegments === undefined) {
    // NOTE: the version-1 shape: its one segment takes the default name quietly, and so do the fields
    // version 1 did not have, so an old link or saved scenario opens with its numbers and no notice.
    const numbers: Problem[] = [];
    const segment = checkSegment(raw, 0, numbers, () => DEFAULT_SEGMENT.name);
    for (const field of V1_ABSENT_FIELDS) segment[field] = DEFAULT_SEGMENT[field];
    segments = [segment];
    problems.push(...numbers.filter((p) => !v1Absent(p.field)));
  } else if (!Array.isArray(rawSegments) || rawSegments.length === 0) {
    problems.push({
      field: 'segments',
      kind: 'no-segments',
      given: describe(rawSegments),
      used: 1,
      reason: 'hold no segment, so the default segment is used',
    });
    segments = [
      checkSegment(DEFAULT_SEGMENT, 0, problems, (r) => checkName(0, ownField(r, 'name'), problems)),
    ];
  } else {
    if (rawSegments.length > MAX_SEGMENTS) {
      problems.push({
        field: 'segments',
        kind: 'too-many-segments',
        given: `${rawSegments.length} segments`,
        used: MAX_SEGMENTS,
        reason: `are more than ${MAX_SEGMENTS}, so the first ${MAX_SEGMENTS} are kept`,
      });
    }
    // Array.from, not map: a sparse list (a hole survives structuredClone) reads its holes as missing segments.
    segments = Array.from(rawSegments.slice(0, MAX_SEGMENTS) as unknown[], (item, i) =>
      checkSegment(item, i, problems, (r) => checkName(i, ownField(r, 'name'), problems)),
    );
  }
  return { assumptions: { ...globals, team, segments }, problems };
}
