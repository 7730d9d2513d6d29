// NOTE: a preference (the theme, the language picked) is worth no notice: storage that is blocked or
// full leaves it to this visit, and one that cannot be read counts as none kept.
/** The preference kept under `key` in this browser, or null. `getStorage` may itself throw. */
export function readPreference(getStorage: () => Storage, key: string): string | null {
  try {
    return getStorage().getItem(key);
  } catch {
    return null;
  }
}

/** Keeps a preference for the next visit, when this browser lets it. */
export function writePreference(getStorage: () => Storage, key: string, value: string): void {
  try {
    getStorage().setItem(key, value);
  } catch {
    // Blocked or full: the preference still applies to this visit.
  }
}
