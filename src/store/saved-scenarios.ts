import { MAX_LINK_CHARS } from './url-state.ts';

/**
 * Named scenarios in the browser's storage. Each holds the scenario as link text, so opening one goes
 * through the same decoder, migration and validation as a shared link. The list is versioned and checked
 * item by item on the way in; storage that is blocked, full or damaged becomes a message, never an
 * exception, and nothing here touches the scenario on screen.
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
  | { ok: true; scenarios: SavedScenario[]; /** Items skipped on the way in, in words. */ notes: string[] }
  | { ok: false; message: string };

export const STORAGE_KEY = 'cs-roi.saved-scenarios';
const STORAGE_VERSION = 1;
export const MAX_SCENARIOS = 50;
export const MAX_NAME_LENGTH = 60;

const ON_SCREEN = 'The scenario on screen is unchanged; copy its link to keep it.';
const BLOCKED = `This browser does not let the calculator save here (private browsing or an embedded page can block it). ${ON_SCREEN}`;
const DAMAGED =
  'The saved scenarios in this browser are damaged and could not be read. Clear them to start a new list. ' +
  'The scenario on screen is unchanged.';

/** A name as a person sees it: one line, printable, not empty, not endless. */
export function cleanName(raw: string): string {
  const name = raw
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return name.slice(0, MAX_NAME_LENGTH);
}

const fail = (message: string): StorageResult => ({ ok: false, message });

function problemOf(error: unknown, name: string | null): string {
  const kind = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (kind === 'QuotaExceededError' || kind === 'NS_ERROR_DOM_QUOTA_REACHED') {
    return `The browser's storage is full${name ? `, so “${name}” was not saved` : ''}. Delete a saved scenario and try again. ${ON_SCREEN}`;
  }
  return BLOCKED;
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
  /** Empties the list, damaged or not: the way out of a damaged list. */
  clear: () => StorageResult;
}

/** `getStorage` is a function because merely reading window.localStorage throws where storage is blocked. */
export function scenarioStorage(getStorage: () => Storage): ScenarioStorage {
  const read = (): StorageResult => {
    let text: string | null;
    try {
      text = getStorage().getItem(STORAGE_KEY);
    } catch (error) {
      return fail(problemOf(error, null));
    }
    if (text === null) return { ok: true, scenarios: [], notes: [] };
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return fail(DAMAGED);
    }
    if (typeof data !== 'object' || data === null) return fail(DAMAGED);
    const { v, scenarios } = data as Record<string, unknown>;
    if (v !== STORAGE_VERSION) {
      return fail(
        typeof v === 'number' && v > STORAGE_VERSION
          ? 'The saved scenarios were written by a newer version of the calculator and are left as they are. ' +
              'The scenario on screen is unchanged.'
          : DAMAGED,
      );
    }
    if (!Array.isArray(scenarios)) return fail(DAMAGED);
    const valid = scenarios.filter(isScenario).slice(0, MAX_SCENARIOS);
    const skipped = scenarios.length - valid.length;
    return {
      ok: true,
      scenarios: valid,
      notes:
        skipped > 0
          ? [`${skipped} saved ${skipped === 1 ? 'scenario was' : 'scenarios were'} damaged and left out.`]
          : [],
    };
  };

  const write = (scenarios: SavedScenario[], name: string | null): StorageResult => {
    try {
      getStorage().setItem(STORAGE_KEY, JSON.stringify({ v: STORAGE_VERSION, scenarios }));
    } catch (error) {
      return fail(problemOf(error, name));
    }
    return { ok: true, scenarios, notes: [] };
  };

  /** Reads, changes and writes back; a list that could not be read is never overwritten. */
  const change = (
    name: string | null,
    edit: (list: SavedScenario[]) => SavedScenario[] | string,
  ): StorageResult => {
    const current = read();
    if (!current.ok) return current;
    const next = edit(current.scenarios);
    return typeof next === 'string' ? fail(next) : write(next, name);
  };

  const now = () => new Date().toISOString();
  const named = (raw: string): string | null => cleanName(raw) || null;

  return {
    list: read,
    save: (rawName, link) => {
      const name = named(rawName);
      if (!name) return fail('Give the scenario a name to save it.');
      if (link.length > MAX_LINK_CHARS) return fail('This scenario is too large to save.');
      return change(name, (list) => {
        const existing = list.find((s) => s.name === name);
        if (existing) return list.map((s) => (s === existing ? { ...s, link, savedAt: now() } : s));
        if (list.length >= MAX_SCENARIOS)
          return `There are already ${MAX_SCENARIOS} saved scenarios; delete one to save “${name}”.`;
        return [...list, { id: newId(), name, savedAt: now(), link }];
      });
    },
    rename: (id, rawName) => {
      const name = named(rawName);
      if (!name) return fail('A scenario needs a name.');
      return change(name, (list) =>
        list.some((s) => s.name === name && s.id !== id)
          ? `There is already a scenario called “${name}”.`
          : list.map((s) => (s.id === id ? { ...s, name } : s)),
      );
    },
    duplicate: (id) =>
      change(null, (list) => {
        const original = list.find((s) => s.id === id);
        if (!original) return 'That scenario is no longer saved.';
        if (list.length >= MAX_SCENARIOS) return `There are already ${MAX_SCENARIOS} saved scenarios.`;
        let n = 2;
        const base = original.name.slice(0, MAX_NAME_LENGTH - 8);
        while (list.some((s) => s.name === `${base} (${n})`)) n++;
        return [...list, { ...original, id: newId(), name: `${base} (${n})`, savedAt: now() }];
      }),
    remove: (id) => change(null, (list) => list.filter((s) => s.id !== id)),
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
