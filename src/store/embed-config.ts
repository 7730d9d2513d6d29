import { CATALOG, catalogFields, type InputKey } from '../input-catalog.ts';
import { quoteText } from '../quote-text.ts';
import type { Settings } from './settings.ts';
import { words } from '../i18n/words.ts';

/**
 * The embed page's configuration, read from its URL parameters (which the loader, public/embed.js,
 * copies from the host's data- attributes). Every value is checked here or by the store; anything
 * unusable is dropped and named in a notice. Nothing is ever inserted as HTML or run.
 */
export interface EmbedConfig {
  preset: string | null;
  /** Passed to the store's updateSettings, which validates them. */
  settings: Partial<Record<keyof Settings, unknown>>;
  /** `#rgb` or `#rrggbb`, or null for the calculator's own. */
  accent: string | null;
  /** Inputs shown; null for the default few. */
  shown: InputKey[] | null;
  /** Shown but not changeable. */
  locked: InputKey[];
  cta: { href: string; text: string; target: '_blank' | '_top' } | null;
  /** The "send me this report" form (data-lead="on"); `consent` is the host's wording, or null for ours. */
  lead: { consent: string | null } | null;
  /** Where height messages go: the host page's origin, never "*". Null: no messages. */
  hostOrigin: string | null;
  problems: string[];
}

const MAX_TEXT = 60;
const MAX_URL = 2000;
/** public/embed.js passes on no attribute longer than this; it names the ones it left out in `tooLong`. */
const MAX_ATTRIBUTE = 2000;
/** Every input named once, each followed by ", ": the longest input list that means anything. */
const MAX_INPUT_LIST = Object.keys(CATALOG).reduce((chars, name) => chars + name.length + 2, 0);

function inputList(raw: string | null, what: string, problems: string[]): InputKey[] | null {
  if (raw === null) return null;
  const names = raw.split(/[\s,]+/).filter(Boolean);
  // Whole names only: a name cut in half would be reported as an input that does not exist.
  let chars = 0;
  const kept = names.filter((name) => (chars += name.length + 2) <= MAX_INPUT_LIST);
  if (kept.length < names.length) {
    const left = names.length - kept.length;
    problems.push(words().inputs.embed.listTooLong(what, String(MAX_INPUT_LIST), left));
  }
  const { fields, unknown } = catalogFields(kept);
  if (unknown.length > 0)
    problems.push(words().inputs.embed.unknownInputs(what, unknown.map((n) => quoteText(n)).join(', ')));
  return fields;
}

/** An http(s) URL, absolute, or null: no javascript:, data: or relative links. */
export function safeLink(raw: string): string | null {
  if (raw.length > MAX_URL) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** An origin exactly ("https://example.com"), or null. */
export function safeOrigin(raw: string): string | null {
  try {
    const url = new URL(raw);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === raw ? url.origin : null;
  } catch {
    return null;
  }
}

export function readEmbedConfig(search: string): EmbedConfig {
  const params = new URLSearchParams(search);
  const problems: string[] = [];
  const w = words().inputs.embed;
  const text = (key: string, max = 200) => params.get(key)?.trim().slice(0, max) || null;

  const settings: EmbedConfig['settings'] = {};
  for (const key of ['currency', 'locale', 'theme'] as const) {
    const value = text(key);
    if (value !== null) settings[key] = value;
  }
  // The host's data-lang; the page already opened in it when the calculator speaks it (store/language.ts).
  const language = text('lang', 40);
  if (language !== null) settings.language = language;

  let accent = text('accent');
  if (accent !== null && !/^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(accent)) {
    problems.push(w.accent(quoteText(accent)));
    accent = null;
  }

  let cta: EmbedConfig['cta'] = null;
  // Longer than any link allowed, so that a link too long is refused whole rather than cut short.
  const ctaUrl = text('cta', MAX_URL + 1);
  if (ctaUrl !== null) {
    const href = safeLink(ctaUrl);
    if (href === null) problems.push(w.ctaLink);
    else {
      const label = (text('ctaText') ?? w.cta).replace(/[\p{Cc}\p{Cf}]/gu, '').slice(0, MAX_TEXT);
      cta = { href, text: label || w.cta, target: text('ctaTarget') === '_top' ? '_top' : '_blank' };
    }
  }

  // Attribute names the loader left out, checked to be attribute names before they are shown.
  const tooLong = (params.get('tooLong') ?? '').split(',').filter((name) => /^data-[a-z-]{1,30}$/.test(name));
  for (const name of new Set(tooLong)) problems.push(w.attributeTooLong(name, String(MAX_ATTRIBUTE)));

  // The consent text is the host's: shown as text, never markup, cut to a sentence or two.
  const consent = text('leadConsent', 400)?.replace(/[\p{Cc}\p{Cf}]/gu, '') || null;
  const lead = text('lead') === 'on' ? { consent } : null;

  const origin = text('origin');
  return {
    preset: text('preset'),
    settings,
    accent,
    // Uncut: inputList drops whole names from the end of a list too long.
    shown: inputList(text('show', Infinity), w.showList, problems),
    locked: inputList(text('lock', Infinity), w.lockList, problems) ?? [],
    cta,
    lead,
    hostOrigin: origin === null ? null : safeOrigin(origin),
    problems,
  };
}
