import { cutText } from './cut-text.ts';
import { jsonItems, withJsonItems, type JsonItems } from './json-items.ts';
import { words } from '../i18n/words.ts';
import { MAX_LINK_CHARS } from './url-state.ts';

/**
 * Named scenarios in the browser's storage. Each holds the scenario as link text, so opening one goes
 * through the same decoder, migration and validation as a shared link. The list is versioned and checked
 * item by item on the way in; storage that is blocked, full or damaged becomes a message, never an
 * exception, and nothing here touches the scenario on screen. An item that cannot be read is not shown
 * but stays stored exactly as it was: only clearing the whole list removes it.
 */

export interface SavedScenario {
  id: string;
  name: string;
  /** ISO time of the last save. */
  savedAt: string;
  /** The scenario as link text (see url-state.ts). */
  link: string;
}

export type StorageResult =
  | {
      ok: true;
      /** The scenarios shown: the first MAX_SCENARIOS that could be read. */
      scenarios: SavedScenario[];
      /** What is stored but not shown, in words. */
      notes: string[];
    }
  | { ok: false; message: string };

export const STORAGE_KEY = 'cs-roi.saved-scenarios';
const STORAGE_VERSION = 1;
const EMPTY = `{"v":${STORAGE_VERSION},"scenarios":[]}`;
export const MAX_SCENARIOS = 50;
export const MAX_NAME_LENGTH = 60;

const saved = () => words().inputs.saved;
const blocked = (): string => `${saved().blocked} ${saved().onScreen}`;
const damaged = (): string => saved().damaged;

/** A name as a person sees it: one line, printable, not empty, not endless. */
export function cleanName(raw: string): string {
  // NOTE: a name may be in any script. Format characters stay: ZWJ and ZWNJ join emoji and Indic, Arabic or
  // Persian letters, the direction marks place Arabic and Hebrew next to digits, tag characters make
  // subdivision flags. Only the explicit embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
  // go: one left open reorders the message the name is quoted in, and one name never needs them. Control
  // characters, line and paragraph separators and lone surrogates become spaces: a name is one line of text.
  const name = raw
    .replace(/[\p{Cc}\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut after the spaces are settled, then trimmed again, so that a clean name is clean again.
  return cutText(name, MAX_NAME_LENGTH).trimEnd();
}

type Failure = Extract<StorageResult, { ok: false }>;
const fail = (message: string): Failure => ({ ok: false, message });

function problemOf(error: unknown, name: string | null): string {
  const kind = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (kind === 'QuotaExceededError' || kind === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return `${name ? saved().fullNamed(name) : saved().full} ${saved().onScreen}`;
  }
  return blocked();
}

function isScenario(item: unknown): item is SavedScenario {
  if (typeof item !== 'object' || item === null) return false;
  const { id, name, savedAt, link } = item as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    id.length <= 64 &&
    typeof name === 'string' &&
    cleanName(name) === name &&
    name !== '' &&
    typeof savedAt === 'string' &&
    !Number.isNaN(Date.parse(savedAt)) &&
    typeof link === 'string' &&
    link.length <= MAX_LINK_CHARS
  );
}

let idCounter = 0;
const newId = (): string => `${Date.now().toString(36)}-${(idCounter++).toString(36)}`;

export interface ScenarioStorage {
  list: () => StorageResult;
  /** Saves over an existing scenario of that name instead of adding a second. */
  save: (name: string, link: string) => StorageResult;
  rename: (id: string, name: string) => StorageResult;
  duplicate: (id: string) => StorageResult;
  remove: (id: string) => StorageResult;
  /** Puts back a scenario just removed (undoing a delete), unless its name has been taken since. */
  restore: (scenario: SavedScenario) => StorageResult;
  /** Empties the list, damaged or not: the way out of a damaged list. */
  clear: () => StorageResult;
}

/** The stored list as read: each item's text as stored, with the scenario in it when it is one. */
interface StoredList {
  text: string;
  where: JsonItems;
  items: { text: string; scenario: SavedScenario | null }[];
}

const storedItem = (scenario: SavedScenario) => ({ text: JSON.stringify(scenario), scenario });
const readable = ({ items }: StoredList) => items.flatMap((item) => (item.scenario ? [item.scenario] : []));

/** What a person sees of a stored list, and in words what is stored but not shown. */
function shown(list: StoredList): StorageResult {
  const { items } = list;
  const scenarios = readable(list);
  const skipped = items.length - scenarios.length;
  const notes: string[] = [];
  if (skipped > 0) notes.push(skipped === 1 ? saved().skippedOne : saved().skipped(String(skipped)));
  if (scenarios.length > MAX_SCENARIOS)
    notes.push(saved().firstOnly(String(MAX_SCENARIOS), String(scenarios.length)));
  return { ok: true, scenarios: scenarios.slice(0, MAX_SCENARIOS), notes };
}

/** `getStorage` is a function because merely reading window.localStorage throws where storage is blocked. */
export function scenarioStorage(getStorage: () => Storage): ScenarioStorage {
  const load = (): StoredList | Failure => {
    let stored: string | null;
    try {
      stored = getStorage().getItem(STORAGE_KEY);
    } catch (error) {
      return fail(problemOf(error, null));
    }
    const text = stored ?? EMPTY;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return fail(damaged());
    }
    if (typeof data !== 'object' || data === null) return fail(damaged());
    const { v, scenarios } = data as Record<string, unknown>;
    if (v !== STORAGE_VERSION) {
      return fail(typeof v === 'number' && v > STORAGE_VERSION ? saved().newer : damaged());
    }
    if (!Array.isArray(scenarios)) return fail(damaged());
    const where = jsonItems(text, 'scenarios');
    const ids = new Set<string>();
    const items = where.items.map((itemText, i) => {
      const item: unknown = scenarios[i];
      // A second item with an id already seen is not shown either: actions find a scenario by its id.
      const scenario = isScenario(item) && !ids.has(item.id) ? item : null;
      if (scenario) ids.add(scenario.id);
      return { text: itemText, scenario };
    });
    return { text, where, items };
  };

  const isFailure = (list: StoredList | Failure): list is Failure => 'ok' in list;

  /**
   * Reads, changes and writes back; a list that could not be read is never overwritten. `edit` sees every
   * scenario that could be read, shown or not, and returns the list as it should be: a scenario it returns
   * unchanged keeps its stored text, one it leaves out is deleted, one with a new id is added at the end.
   * Items that could not be read are written back as they were, where they were.
   */
  const change = (
    name: string | null,
    edit: (list: SavedScenario[]) => SavedScenario[] | string,
  ): StorageResult => {
    const current = load();
    if (isFailure(current)) return current;
    const next = edit(readable(current));
    if (typeof next === 'string') return fail(next);
    const byId = new Map(next.map((s) => [s.id, s]));
    const items = current.items.flatMap((item) => {
      if (!item.scenario) return [item];
      const now = byId.get(item.scenario.id);
      byId.delete(item.scenario.id);
      if (!now) return [];
      return [now === item.scenario ? item : storedItem(now)];
    });
    items.push(...[...byId.values()].map(storedItem));
    const written = { ...current, items };
    try {
      getStorage().setItem(
        STORAGE_KEY,
        withJsonItems(
          current.text,
          current.where,
          items.map((item) => item.text),
        ),
      );
    } catch (error) {
      return fail(problemOf(error, name));
    }
    return shown(written);
  };

  const now = () => new Date().toISOString();
  const named = (raw: string): string | null => cleanName(raw) || null;

  return {
    list: () => {
      const current = load();
      return isFailure(current) ? current : shown(current);
    },
    save: (rawName, link) => {
      const name = named(rawName);
      if (!name) return fail(saved().needName);
      if (link.length > MAX_LINK_CHARS) return fail(saved().tooLarge);
      return change(name, (list) => {
        const existing = list.find((s) => s.name === name);
        if (existing) return list.map((s) => (s === existing ? { ...s, link, savedAt: now() } : s));
        if (list.length >= MAX_SCENARIOS) return saved().tooManyFor(String(MAX_SCENARIOS), name);
        return [...list, { id: newId(), name, savedAt: now(), link }];
      });
    },
    rename: (id, rawName) => {
      const name = named(rawName);
      if (!name) return fail(saved().nameNeeded);
      return change(name, (list) =>
        list.some((s) => s.name === name && s.id !== id)
          ? saved().nameTaken(name)
          : list.map((s) => (s.id === id ? { ...s, name } : s)),
      );
    },
    duplicate: (id) =>
      change(null, (list) => {
        const original = list.find((s) => s.id === id);
        if (!original) return saved().gone;
        if (list.length >= MAX_SCENARIOS) return saved().tooMany(String(MAX_SCENARIOS));
        let n = 2;
        // Room for " (99999)"; cut between whole characters, so the new name is still a clean name.
        const base = cutText(original.name, MAX_NAME_LENGTH - 8).trimEnd();
        while (list.some((s) => s.name === `${base} (${n})`)) n++;
        return [...list, { ...original, id: newId(), name: `${base} (${n})`, savedAt: now() }];
      }),
    remove: (id) => change(null, (list) => list.filter((s) => s.id !== id)),
    // NOTE: a restored scenario goes back at the end of the list: the others may have moved meanwhile.
    restore: (scenario) =>
      change(scenario.name, (list) => {
        if (list.some((s) => s.id === scenario.id)) return list;
        if (list.some((s) => s.name === scenario.name)) return saved().notPutBack(scenario.name);
        if (list.length >= MAX_SCENARIOS) return saved().tooMany(String(MAX_SCENARIOS));
        return [...list, scenario];
      }),
    clear: () => {
      try {
        getStorage().removeItem(STORAGE_KEY);
      } catch (error) {
        return fail(problemOf(error, null));
      }
      return { ok: true, scenarios: [], notes: [] };
    },
  };
}

/** The page's own storage. */
export const browserScenarios = (): ScenarioStorage => scenarioStorage(() => window.localStorage);
