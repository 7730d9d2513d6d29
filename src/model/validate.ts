import {
  DEFAULT_ASSUMPTIONS,
  LEVER_FIELDS,
  LEVER_RANGES,
  SCALAR_FIELDS,
  SCALAR_RANGES,
  type Assumptions,
  type InputPath,
  type Lever,
  type Range,
} from './assumptions.ts';

export type ProblemKind =
  'missing' | 'not-a-number' | 'negligible' | 'below-minimum' | 'above-maximum' | 'not-whole';

/** One value that validation changed: what was given, what is used instead, and why in plain words. */
export interface Problem {
  field: InputPath;
  kind: ProblemKind;
  /** The given value as short text, safe to show as text. */
  given: string;
  used: number;
  reason: string;
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
 * The one gate every input passes: never throws, never lets a non-finite or out-of-range number
 * through, and reports each value it had to change. Only known fields are read (own properties),
 * so `__proto__` or extra keys in hostile input are ignored.
 */
export function validateAssumptions(raw: unknown): { assumptions: Assumptions; problems: Problem[] } {
  const problems: Problem[] = [];
  const assumptions = { ...DEFAULT_ASSUMPTIONS } as Assumptions;
  const out = assumptions as unknown as Record<string, number | Lever>;
  for (const field of SCALAR_FIELDS) {
    out[field] = checkNumber(
      field,
      ownField(raw, field),
      DEFAULT_ASSUMPTIONS[field],
      SCALAR_RANGES[field],
      problems,
    );
  }
  for (const field of LEVER_FIELDS) {
    const given = ownField(raw, field);
    const fallback = DEFAULT_ASSUMPTIONS[field];
    const r = LEVER_RANGES[field];
    out[field] = {
      base: checkNumber(`${field}.base`, ownField(given, 'base'), fallback.base, r, problems),
      withCs: checkNumber(`${field}.withCs`, ownField(given, 'withCs'), fallback.withCs, r, problems),
    };
  }
  return { assumptions, problems };
}
