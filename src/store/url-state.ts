import { quoteText } from './quote-text.ts';
import { INPUT_PATHS, LEVER_RANGES, type Assumptions } from '../model/index.ts';
import type { CatalogKey } from '../input-catalog.ts';
import type { Settings } from './settings.ts';

/**
 * The scenario as link text: `v=2&h=36&sa=400&ch=0.015_0.007&cur=EUR…`, kept in the page's fragment
 * (after `#`), which browsers never send to a server, so a scenario's numbers stay out of server logs.
 *
 * Key=value pairs rather than one encoded blob: a link cut short by a chat app loses only its tail, and
 * the pairs before the cut still load. Each field has a short key; a lever's two sides are joined by `_`.
 * Nothing here validates numbers: the decoder hands raw text to the store, whose loadInputs and
 * updateSettings pass it through validateAssumptions and validateSettings like every other way in.
 */

export const LINK_VERSION = 2;
/** Longer than any link this calculator makes (about 300 characters), short enough to refuse floods. */
export const MAX_LINK_CHARS = 4096;

/** Version 2's short keys. Frozen: a key never changes meaning; a new field gets a new key. */
const FIELD_KEYS: Readonly<Record<CatalogKey, string>> = {
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
};
const FIELD_BY_KEY = new Map(Object.entries(FIELD_KEYS).map(([field, key]) => [key, field as CatalogKey]));
const SETTING_KEYS = { currency: 'cur', locale: 'loc', churnUnit: 'cu' } as const;
const CHURN_UNITS = { m: 'monthly', a: 'annual' } as const;
const PRESENTER_KEY = 'p';
const KNOWN_KEYS = new Set(['v', PRESENTER_KEY, ...Object.values(SETTING_KEYS), ...FIELD_BY_KEY.keys()]);
const FIELDS = Object.keys(FIELD_KEYS) as CatalogKey[];

/** What a link asks for, not yet validated: the store validates and reports. */
export interface LinkState {
  /** Assumptions-shaped, with the link's text where numbers go. */
  inputs: Record<string, string | Record<string, string>>;
  settings: Partial<Record<keyof Settings, unknown>>;
  /** Presenter mode's inputs as the link names them; null when the link is not in presenter mode. */
  presenter: string[] | null;
  /** Fields the link did not carry. */
  missing: CatalogKey[];
  /** Link-level problems (too long, unknown version, unknown keys), in plain words. */
  problems: string[];
  /** True when the link was refused whole (too long): nothing in it is used, the scenario shown stays. */
  refused: boolean;
}

export interface ScenarioView {
  inputs: Assumptions;
  settings: Settings;
  presenter: readonly CatalogKey[] | null;
}

const isLever = (field: CatalogKey): boolean => field in LEVER_RANGES;

/** The link text (without `#`) for a scenario. Numbers use JavaScript's shortest exact form. */
export function encodeLink({ inputs, settings, presenter }: ScenarioView): string {
  const params = new URLSearchParams({ v: String(LINK_VERSION) });
  for (const field of FIELDS) {
    const value = inputs[field];
    params.set(
      FIELD_KEYS[field],
      typeof value === 'number' ? String(value) : `${value.base}_${value.withCs}`,
    );
  }
  params.set(SETTING_KEYS.currency, settings.currency);
  params.set(SETTING_KEYS.locale, settings.locale);
  params.set(SETTING_KEYS.churnUnit, settings.churnUnit === 'annual' ? 'a' : 'm');
  if (presenter) params.set(PRESENTER_KEY, presenter.map((f) => FIELD_KEYS[f]).join('_'));
  return params.toString();
}

/** Quoted, short and printable: link text shown back to a person, as text. */
const quote = (text: string): string => quoteText(text, 20);

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
    if ((INPUT_PATHS as readonly string[]).includes(name) && field !== undefined) {
      const key = FIELD_KEYS[field as CatalogKey];
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
  inputs: {},
  settings: {},
  presenter: null,
  missing: [],
  problems,
  refused,
});

/**
 * Reads link text (a location.hash, with or without `#`). Returns null when the text is not a scenario
 * link at all (no `v=`: an ordinary anchor). Never throws, whatever the text.
 */
export function decodeLink(text: string): LinkState | null {
  const body = text.startsWith('#') ? text.slice(1) : text;
  if (body.length > MAX_LINK_CHARS) {
    return blank(
      [
        `The link is too long to be a scenario (${body.length} characters), so it was ignored and the scenario shown is unchanged.`,
      ],
      true,
    );
  }
  let params = new URLSearchParams(body);
  const version = params.get('v');
  if (version === null) return null;
  const problems: string[] = [];
  if (version === '1') params = migrateV1(params);
  else if (/^\d{1,6}$/.test(version) && Number(version) > LINK_VERSION)
    problems.push(
      'The link was made by a newer version of the calculator; the parts this version understands are used.',
    );
  else if (version !== String(LINK_VERSION))
    problems.push(`The link's version ${quote(version)} is not known; it was read as the current version.`);

  const state = blank(problems);
  for (const field of FIELDS) {
    const value = params.get(FIELD_KEYS[field]);
    if (value === null) state.missing.push(field);
    else if (!isLever(field)) state.inputs[field] = value;
    else {
      const [base, withCs] = value.split('_');
      // An empty side is left out, so validation names it as missing and uses its default.
      state.inputs[field] = {
        ...(base ? { base } : {}),
        ...(withCs ? { withCs } : {}),
      };
    }
  }
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
  const unknown = [...new Set(params.keys())].filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) {
    const named = unknown.slice(0, 3).map(quote).join(', ');
    const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : '';
    problems.push(`The link has parts this calculator does not know (${named}${more}); they were ignored.`);
  }
  return state;
}
