import { quoteText } from '../quote-text.ts';
import {
  GLOBAL_RANGES,
  LEVER_RANGES,
  MAX_SEGMENTS,
  STAFFING_POLICIES,
  type Assumptions,
  type GlobalField,
  type Lever,
  type Segment,
  type Staffing,
  type TeamField,
} from '../model/index.ts';
import type { InputKey } from '../input-catalog.ts';
import { words } from '../i18n/words.ts';
import type { Settings } from './settings.ts';

/**
 * The scenario as link text: `v=3&h=36&sa=400&ch=0.015_0.007&cur=EUR…`, kept in the page's fragment
 * (after `#`), which browsers never send to a server, so a scenario's numbers stay out of server logs.
 *
 * Key=value pairs rather than one encoded blob: a link cut short by a chat app loses only its tail, and
 * the pairs before the cut still load. Each field has a short key; a lever's two sides are joined by `_`.
 * The first segment's fields use their keys as they are; segment i > 0 prefixes them with `i.` (`1.sa`).
 * Nothing here validates numbers: the decoder hands raw text to the store, whose loadInputs and
 * updateSettings pass it through validateAssumptions and validateSettings like every other way in.
 */

export const LINK_VERSION = 3;
/** Longer than any link this calculator makes (about 300 characters), short enough to refuse floods. */
export const MAX_LINK_CHARS = 4096;

/** Version 2's short keys, and version 3's new ones. Frozen: a key never changes meaning; a new field gets a new key. */
const FIELD_KEYS: Readonly<Record<InputKey, string>> = {
  horizonMonths: 'h',
  startingAccounts: 'sa',
  newAccountsPerMonth: 'na',
  arpa: 'ar',
  cac: 'cac',
  grossMargin: 'gm',
  annualDiscountRate: 'dr',
  referralsPerAccountYear: 'rf',
  onboardingSuccess: 'ob',
  monthlyChurn: 'ch',
  expansionWinRate: 'ew',
  expansionUplift: 'eu',
  expansionsPerYear: 'ef',
  monthlyContraction: 'ct',
  timeToValueMonths: 'tv',
  csms: 'n',
  csmAnnualCost: 'cc',
  csmHoursPerMonth: 'hm',
  onboardingHoursPerAccount: 'oh',
  impactHoursPerAccountMonth: 'ih',
  // Version 3: the team policy and the digital program.
  'team.targetCoverage': 'tc',
  'team.rampMonths': 'rm',
  'team.csmsPerManager': 'cpm',
  'team.managerAnnualCost': 'mc',
  'team.toolingPerCsmYear': 'tl',
  digitalCoverage: 'dc',
  digitalCostPerAccountMonth: 'dd',
  digitalFixedCostPerYear: 'df',
};
const FIELD_BY_KEY = new Map(Object.entries(FIELD_KEYS).map(([field, key]) => [key, field as InputKey]));
const SETTING_KEYS = { currency: 'cur', locale: 'loc', churnUnit: 'cu', language: 'lang' } as const;
const CHURN_UNITS = { m: 'monthly', a: 'annual' } as const;
const PRESENTER_KEY = 'p';
const FIELDS = Object.keys(FIELD_KEYS) as InputKey[];
/** The fields version 2 links carry: a version 1 or 2 link is one segment, with the default team. */
const V2_FIELDS = FIELDS.slice(0, FIELDS.indexOf('team.targetCoverage'));
const NAME_KEY = 'nm';
const STAFFING_KEY = 'st';
const STAFFING_CODES: Readonly<Record<Staffing, string>> = { fixed: 'f', hireToCoverage: 'h' };
const STAFFING_BY_CODE = new Map(STAFFING_POLICIES.map((s) => [STAFFING_CODES[s], s]));
const V2_KEYS = new Set([
  'v',
  PRESENTER_KEY,
  ...Object.values(SETTING_KEYS),
  ...V2_FIELDS.map((f) => FIELD_KEYS[f]),
]);
const V3_KEYS = new Set([...V2_KEYS, ...FIELD_BY_KEY.keys(), NAME_KEY, STAFFING_KEY]);

type FieldScope = 'global' | 'team' | 'segment';
const scopeOf = (field: InputKey): FieldScope =>
  Object.hasOwn(GLOBAL_RANGES, field) ? 'global' : field.startsWith('team.') ? 'team' : 'segment';
/** A segment field's key in segment `i`: `sa`, `1.sa`. */
const segmentKey = (key: string, i: number): string => (i === 0 ? key : `${i}.${key}`);
/** A key of segment i > 0 (1..MAX_SEGMENTS − 1): `1.sa` is segment 1's `sa`. */
const SEGMENT_KEY = new RegExp(`^([1-${MAX_SEGMENTS - 1}])\\.(.+)$`);

/** Link text where a number, lever or name goes. */
export type RawFields = Record<string, string | Record<string, string>>;

/** A field a link did not carry: a segment's (its index) or a global or team one (segment null). */
export interface MissingField {
  field: InputKey | 'name';
  segment: number | null;
}

/** What a link asks for, not yet validated: the store validates and reports. */
export interface LinkState {
  /** Assumptions-shaped, with the link's text where numbers go. */
  inputs: Record<string, unknown> & { team: RawFields; segments: RawFields[] };
  settings: Partial<Record<keyof Settings, unknown>>;
  /** Presenter mode's inputs as the link names them; null when the link is not in presenter mode. */
  presenter: string[] | null;
  /** Fields the link did not carry. */
  missing: MissingField[];
  /** Link-level problems (too long, unknown version, unknown keys), in plain words. */
  problems: string[];
  /** True when the link was refused whole (too long): nothing in it is used, the scenario shown stays. */
  refused: boolean;
}

export interface ScenarioView {
  inputs: Assumptions;
  settings: Settings;
  presenter: readonly InputKey[] | null;
}

const isLever = (field: InputKey): boolean => field in LEVER_RANGES;

/** A field's value in `inputs` (a segment's: in `segment`). */
function valueOf(inputs: Assumptions, field: InputKey, segment: Segment): string {
  const scope = scopeOf(field);
  const value: number | Lever =
    scope === 'global'
      ? inputs[field as GlobalField]
      : scope === 'team'
        ? inputs.team[field.slice('team.'.length) as TeamField]
        : (segment[field as keyof Segment] as number | Lever);
  return typeof value === 'object' ? `${value.base}_${value.withCs}` : String(value);
}

/** The link text (without `#`) for a scenario. Numbers use JavaScript's shortest exact form. */
export function encodeLink({ inputs, settings, presenter }: ScenarioView): string {
  const params = new URLSearchParams({ v: String(LINK_VERSION) });
  const [first, ...others] = inputs.segments;
  for (const field of FIELDS) params.set(FIELD_KEYS[field], valueOf(inputs, field, first!));
  params.set(NAME_KEY, first!.name);
  params.set(STAFFING_KEY, STAFFING_CODES[inputs.team.staffing]);
  others.forEach((segment, j) => {
    const i = j + 1;
    params.set(segmentKey(NAME_KEY, i), segment.name);
    for (const field of FIELDS) {
      if (scopeOf(field) === 'segment')
        params.set(segmentKey(FIELD_KEYS[field], i), valueOf(inputs, field, segment));
    }
  });
  params.set(SETTING_KEYS.currency, settings.currency);
  params.set(SETTING_KEYS.locale, settings.locale);
  params.set(SETTING_KEYS.churnUnit, settings.churnUnit === 'annual' ? 'a' : 'm');
  params.set(SETTING_KEYS.language, settings.language);
  if (presenter) params.set(PRESENTER_KEY, presenter.map((f) => FIELD_KEYS[f]).join('_'));
  return params.toString();
}

/** Quoted, short and printable: link text shown back to a person, as text. */
const quote = (text: string): string => quoteText(text, 20);

/** A version 1 field name: a version 2 field, a lever with its side ("monthlyChurn.base"). */
function isV1Path(name: string): boolean {
  const [field, side, ...rest] = name.split('.');
  if (rest.length > 0 || !(V2_FIELDS as readonly string[]).includes(field!)) return false;
  return isLever(field as InputKey) ? side === 'base' || side === 'withCs' : side === undefined;
}

/**
 * Version 1 links spelled fields out (`monthlyChurn.base=0.015&currency=EUR`). This rewrites them
 * into version 2's keys so that one reader serves both.
 */
function migrateV1(v1: URLSearchParams): URLSearchParams {
  const v2 = new URLSearchParams({ v: '2' });
  const sides: Record<string, Record<string, string>> = {};
  // NOTE: a key given twice counts the first time, in both versions (version 2 reads with
  // URLSearchParams.get, which returns the first). First-wins is the safer rule: text appended to a
  // shared link (by a tracker, a chat app or someone adding `&ar=…`) cannot override what its maker wrote.
  const first = (key: string, value: string) => {
    if (!v2.has(key)) v2.set(key, value);
  };
  for (const [name, value] of v1) {
    const [field, side] = name.split('.');
    if (isV1Path(name) && field !== undefined) {
      const key = FIELD_KEYS[field as InputKey];
      if (side === undefined) first(key, value);
      else (sides[key] ??= {})[side] ??= value;
    } else if (name === 'currency' || name === 'locale') {
      first(SETTING_KEYS[name], value);
    } else if (name === 'churnUnit') {
      first(SETTING_KEYS.churnUnit, value === 'annual' ? 'a' : value === 'monthly' ? 'm' : value);
    } else if (name !== 'v') {
      v2.append(name, value);
    }
  }
  // A side the v1 link left out stays empty, so validation reports it as missing.
  for (const [key, s] of Object.entries(sides)) v2.set(key, `${s.base ?? ''}_${s.withCs ?? ''}`);
  return v2;
}

const blank = (problems: string[] = [], refused = false): LinkState => ({
  inputs: { team: {}, segments: [{}] },
  settings: {},
  presenter: null,
  missing: [],
  problems,
  refused,
});

/** A lever's two sides, `base_withCs`; an empty side is left out, so validation names it as missing and uses its default. */
function leverText(value: string): Record<string, string> {
  const [base, withCs] = value.split('_');
  return { ...(base ? { base } : {}), ...(withCs ? { withCs } : {}) };
}

/** `1.sa`, `4.nm`: a key of segment 1..4. */
function isSegmentKey(key: string): boolean {
  const name = SEGMENT_KEY.exec(key)?.[2];
  if (name === undefined) return false;
  const field = FIELD_BY_KEY.get(name);
  return name === NAME_KEY || (field !== undefined && scopeOf(field) === 'segment');
}

/** `5.sa`, `8.nm`: a key of a segment past the last the calculator takes. */
const BEYOND_KEY = /^(\d{1,3})\.(.+)$/;
function beyondSegment(key: string): number | null {
  const match = BEYOND_KEY.exec(key);
  if (!match || Number(match[1]) < MAX_SEGMENTS) return null;
  const field = FIELD_BY_KEY.get(match[2]!);
  return match[2] === NAME_KEY || (field !== undefined && scopeOf(field) === 'segment')
    ? Number(match[1])
    : null;
}

/** How many segments a link carries: the highest segment index among its keys, plus one. */
function segmentCount(params: URLSearchParams): number {
  let count = 1;
  for (const key of params.keys()) {
    if (isSegmentKey(key)) count = Math.max(count, Number(SEGMENT_KEY.exec(key)![1]) + 1);
  }
  return count;
}

/**
 * Reads link text (a location.hash, with or without `#`). Returns null when the text is not a scenario
 * link at all (no `v=`: an ordinary anchor). Never throws, whatever the text.
 */
export function decodeLink(text: string): LinkState | null {
  const body = text.startsWith('#') ? text.slice(1) : text;
  if (body.length > MAX_LINK_CHARS) {
    return blank([words().inputs.link.tooLong(String(body.length))], true);
  }
  let params = new URLSearchParams(body);
  const version = params.get('v');
  if (version === null) return null;
  const problems: string[] = [];
  if (version === '1') params = migrateV1(params);
  else if (/^\d{1,6}$/.test(version) && Number(version) > LINK_VERSION)
    problems.push(words().inputs.link.newer);
  else if (version !== '2' && version !== String(LINK_VERSION))
    problems.push(words().inputs.link.unknownVersion(quote(version)));

  const state = blank(problems);
  // NOTE: a version 1 or 2 link is one segment with the default team, name and digital program, and says
  // nothing of them: they take their defaults without a notice, as the link showed before they existed.
  const legacy = version === '1' || version === '2';
  const known = legacy ? V2_KEYS : V3_KEYS;
  const count = legacy ? 1 : segmentCount(params);
  const { inputs } = state;
  for (let i = 0; i < count; i++) {
    const segment: RawFields = (inputs.segments[i] = {});
    const name = params.get(segmentKey(NAME_KEY, i));
    if (name !== null) segment.name = name;
    else if (!legacy) state.missing.push({ field: 'name', segment: i });
  }
  for (const field of legacy ? V2_FIELDS : FIELDS) {
    const scope = scopeOf(field);
    for (let i = 0; i < (scope === 'segment' ? count : 1); i++) {
      const value = params.get(segmentKey(FIELD_KEYS[field], i));
      const target: Record<string, unknown> =
        scope === 'global' ? inputs : scope === 'team' ? inputs.team : inputs.segments[i]!;
      const name = scope === 'team' ? field.slice('team.'.length) : field;
      if (value === null) state.missing.push({ field, segment: scope === 'segment' ? i : null });
      else target[name] = isLever(field) ? leverText(value) : value;
    }
  }
  const staffing = params.get(STAFFING_KEY);
  if (staffing !== null) inputs.team.staffing = STAFFING_BY_CODE.get(staffing) ?? staffing;
  for (const [setting, key] of Object.entries(SETTING_KEYS)) {
    const value = params.get(key);
    if (value === null) continue;
    state.settings[setting as keyof Settings] =
      setting === 'churnUnit' ? (CHURN_UNITS[value as keyof typeof CHURN_UNITS] ?? value) : value;
  }
  const presenter = params.get(PRESENTER_KEY);
  if (presenter !== null) {
    state.presenter = presenter
      .split('_')
      .filter(Boolean)
      .map((key) => FIELD_BY_KEY.get(key) ?? key);
  }
  // NOTE: a link with more segments than the calculator takes keeps the first ones, as a scenario file
  // does, and says so, rather than listing the extra segments' keys as unknown.
  const beyond = legacy ? [] : [...params.keys()].map(beyondSegment).filter((i) => i !== null);
  if (beyond.length > 0) {
    problems.push(words().inputs.link.tooManySegments(String(Math.max(...beyond) + 1), String(MAX_SEGMENTS)));
  }
  const unknown = [...new Set(params.keys())].filter(
    (key) => !known.has(key) && (legacy || (!isSegmentKey(key) && beyondSegment(key) === null)),
  );
  if (unknown.length > 0) {
    const first = unknown.slice(0, 3).map(quote).join(', ');
    const { andMore, unknownParts } = words().inputs.link;
    problems.push(unknownParts(unknown.length > 3 ? andMore(first, String(unknown.length - 3)) : first));
  }
  return state;
}
