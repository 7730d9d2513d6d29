import type { Assumptions } from '../model/index.ts';
import { pointerPresses, type PointerPresses } from './pointer-presses.ts';
import type { Settings } from './settings.ts';
import { changedPaths } from './changed-paths.ts';

/**
 * Undo and redo for the scenario. The store's `set` goes through `recorder`, so every action that changes
 * the scenario (one there is today or one added later) is undoable without knowing about it.
 *
 * A step is the scenario before a change. Changes merge into the step before them when
 * - they happen in the same task: loading a link sets its settings, its inputs and its name one after
 *   another, and one undo takes all of them back;
 * - they are edits of one input (`set(patch, true)`, as setInput does) that change the same numbers as
 *   the edit before, with no new pointer press between, while the pointer is held or within COALESCE_MS
 *   of that edit: one drag of a slider (however slow) or one held arrow key is one step, however many
 *   values it passed through. A load or a preset is never merged into an edit.
 */

/** A scenario's name, with the inputs it had when named: the inputs on screen differ once edited. */
export interface ScenarioName {
  name: string;
  inputs: Assumptions;
}

/** What undo brings back. The theme is no part of it: it is how the page looks, not the scenario. */
export interface Snapshot {
  inputs: Assumptions;
  settings: Settings;
  /** The preset or saved scenario the inputs were loaded from, or null. */
  scenarioName: ScenarioName | null;
}

export interface HistoryState {
  past: readonly Snapshot[];
  future: readonly Snapshot[];
}

export const EMPTY_HISTORY: HistoryState = { past: [], future: [] };

// NOTE: a slider step every 16 ms or a key held at the repeat rate stays well inside this; a person who
// lets go and comes back to the same slider after half a second has made a second change.
export const COALESCE_MS = 500;
/** Older steps fall off the end: a scenario is small, but an afternoon of edits is long. */
export const MAX_STEPS = 100;
/** Beyond this many changed numbers a change is not "the same inputs" as any other. */
const MAX_KEY_PATHS = 4;

interface Recorded extends Snapshot {
  history: HistoryState;
}

type Setter<S> = (patch: Partial<S>, edit?: boolean) => void;

const snapshotOf = ({ inputs, settings, scenarioName }: Snapshot): Snapshot => ({
  inputs,
  settings,
  scenarioName,
});

/**
 * What a change touched, as a key two changes share when they touched the same numbers: '' when it
 * touched none (the name is not counted), null when it cannot merge with another (settings, or too
 * many numbers at once).
 */
function changeKey(before: Snapshot, after: Snapshot): string | null {
  const { settings: a } = before;
  const { settings: b } = after;
  if (
    a.currency !== b.currency ||
    a.locale !== b.locale ||
    a.churnUnit !== b.churnUnit ||
    a.language !== b.language
  )
    return null;
  const paths: string[] = [];
  return changedPaths(before.inputs, after.inputs, '', paths, MAX_KEY_PATHS) ? paths.join(' ') : null;
}

/**
 * Wraps the store's `set`: a change to the scenario records a step (or merges into the last), in the same
 * `set`, so subscribers hear one update. `now` and `pointer` are injectable for tests.
 */
export function recorder<S extends Recorded>(
  set: (patch: Partial<Recorded>) => void,
  get: () => S,
  now: () => number = () => Date.now(),
  pointer: PointerPresses = pointerPresses(),
) {
  const none = { key: null, at: -Infinity, presses: -1 };
  let last: { key: string | null; at: number; presses: number } = none;
  let inTask = false;

  const recordingSet: Setter<S> = (patch, edit = false) => {
    const before = get();
    const after = { ...before, ...patch };
    const key = changeKey(before, after);
    // A change of the name alone (saving under a name) is shown, not a step of its own; nor is a value
    // set to what it was.
    if (key === '') {
      set(patch);
      return;
    }
    const at = now();
    const presses = pointer.count();
    const sameEdit = edit && key !== null && key === last.key && presses === last.presses;
    const merge = inTask || (sameEdit && (pointer.held() || at - last.at <= COALESCE_MS));
    last = { key: edit ? key : null, at, presses };
    if (!inTask) {
      inTask = true;
      queueMicrotask(() => {
        inTask = false;
      });
    }
    const { past } = before.history;
    const top = past[past.length - 1];
    let steps = merge && top ? past : [...past, snapshotOf(before)].slice(-MAX_STEPS);
    // A drag that ends where it began changed nothing: no step to undo.
    if (merge && top && changeKey(top, after) === '') steps = past.slice(0, -1);
    const history: HistoryState = { past: steps, future: [] };
    set({ ...patch, history });
  };

  /** Brings back the scenario of the last step undone or done, keeping the one on screen for the way back. */
  const travel = (direction: 'undo' | 'redo') => {
    const state = get();
    const { past, future } = state.history;
    const source = direction === 'undo' ? past : future;
    const target = source[source.length - 1];
    if (!target) return;
    const here = snapshotOf(state);
    const rest = source.slice(0, -1);
    const history =
      direction === 'undo'
        ? { past: rest, future: [...future, here] }
        : { past: [...past, here], future: rest };
    // The next change starts a step of its own, even on the slider just undone.
    last = none;
    set({
      inputs: target.inputs,
      settings: { ...target.settings, theme: state.settings.theme },
      scenarioName: target.scenarioName,
      history,
    });
  };

  return {
    set: recordingSet,
    undo: () => travel('undo'),
    redo: () => travel('redo'),
    /** Forgets every step: the scenario a page opens with is where undo stops. */
    clear: () => {
      last = none;
      set({ history: EMPTY_HISTORY });
    },
  };
}
