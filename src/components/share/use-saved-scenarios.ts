import { useCallback, useEffect, useState } from 'react';
import {
  browserScenarios,
  STORAGE_KEY,
  type SavedScenario,
  type ScenarioStorage,
  type StorageResult,
} from '../../store/saved-scenarios.ts';

export interface SavedScenarios {
  scenarios: SavedScenario[];
  /** The last thing to tell the person: a failure, or what an action did. */
  message: string;
  /** The stored list could not be read at all (blocked, damaged, newer): only clearing may help. */
  unreadable: boolean;
  /** Runs one storage action; returns whether it worked. `done` is said when it did. */
  run: (action: (storage: ScenarioStorage) => StorageResult, done?: string) => boolean;
}

// Touches no storage until asked: reading window.localStorage can itself throw.
const pageStorage = browserScenarios();

/** The saved list, kept in step with other tabs of the same calculator through the storage event. */
export function useSavedScenarios(storage: ScenarioStorage = pageStorage): SavedScenarios {
  const [state, setState] = useState(() => fromList(storage.list()));
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORAGE_KEY || e.key === null) setState(fromList(storage.list()));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [storage]);
  const run = useCallback(
    (action: (s: ScenarioStorage) => StorageResult, done = '') => {
      const result = action(storage);
      setState((previous) =>
        result.ok
          ? // What is stored but not shown is said again after each action: it is still there.
            {
              scenarios: result.scenarios,
              message: [done, ...result.notes].join(' ').trim(),
              unreadable: false,
            }
          : // A failed action keeps the list that was showing: nothing on screen is lost.
            { ...previous, message: result.message },
      );
      return result.ok;
    },
    [storage],
  );
  return { ...state, run };
}

function fromList(result: StorageResult): Omit<SavedScenarios, 'run'> {
  return result.ok
    ? { scenarios: result.scenarios, message: result.notes.join(' '), unreadable: false }
    : { scenarios: [], message: result.message, unreadable: true };
}
