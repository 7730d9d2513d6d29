import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/index.ts';
import { createCalculatorStore, type CalculatorStore } from '../../src/store/calculator-store.ts';
import { createStore } from 'zustand/vanilla';
import { withInput } from '../../src/model/index.ts';
import {
  COALESCE_MS,
  EMPTY_HISTORY,
  MAX_STEPS,
  recorder,
  type HistoryState,
  type ScenarioName,
} from '../../src/store/history.ts';
import { DEFAULT_SETTINGS } from '../../src/store/settings.ts';
import { loadLink } from '../../src/store/load-link.ts';
import { presetById } from '../../src/store/presets.ts';
import { linkOf } from '../../src/store/url-sync.ts';

const CHURN = 'segments.0.monthlyChurn.withCs';
const ARPA = 'segments.0.arpa';
/** Each user action is a task of its own: changes within one task are one step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const steps = (store: CalculatorStore) => store.getState().history.past.length;

let store: CalculatorStore;
let now = 0;
beforeEach(() => {
  vi.spyOn(Date, 'now').mockImplementation(() => now);
  now = 1_000_000;
  store = createCalculatorStore();
});
afterEach(() => vi.restoreAllMocks());

describe('undo and redo', () => {
  test('each kind of change is undone to the exact scenario before it, and redone', async () => {
    const saved = linkOf(store);
    const states = [store.getState().inputs];
    const changes = [
      () => store.getState().setInput(ARPA, 2500),
      () => store.getState().setStaffing('hireToCoverage'),
      () => store.getState().applyPreset('understaffed'),
      () => store.getState().reset(),
      () => store.getState().loadInputs({ horizonMonths: 24 }, 'The file'),
      () => loadLink(store, saved.replace(/cur=USD/, 'cur=EUR')),
      () => store.getState().updateSettings({ locale: 'de-DE' }),
    ];
    for (const change of changes) {
      change();
      states.push(store.getState().inputs);
      await nextTask();
      now += 10_000;
    }
    expect(steps(store)).toBe(changes.length);
    for (let i = changes.length - 1; i >= 0; i--) {
      store.getState().undo();
      expect(store.getState().inputs).toBe(states[i]);
    }
    expect(store.getState().settings.currency).toBe('USD');
    expect(store.getState().settings.locale).toBe('en-US');
    store.getState().undo();
    expect(store.getState().inputs).toBe(states[0]);
    for (let i = 1; i <= changes.length; i++) {
      store.getState().redo();
      expect(store.getState().inputs).toBe(states[i]);
    }
    expect(store.getState().settings).toMatchObject({ currency: 'EUR', locale: 'de-DE' });
  });

  test('the steps of one drag are one step; a pause or another input starts a new one', async () => {
    for (const v of [0.01, 0.012, 0.014, 0.016]) {
      store.getState().setInput(CHURN, v);
      await nextTask();
      now += 50;
    }
    expect(steps(store)).toBe(1);
    now += COALESCE_MS + 1;
    store.getState().setInput(CHURN, 0.02);
    await nextTask();
    expect(steps(store)).toBe(2);
    now += 10;
    store.getState().setInput(ARPA, DEFAULT_ASSUMPTIONS.segments[0]!.arpa + 500);
    expect(steps(store)).toBe(3);
    store.getState().undo();
    store.getState().undo();
    expect(store.getState().inputs.segments[0]!.monthlyChurn.withCs).toBe(0.016);
    store.getState().undo();
    expect(store.getState().inputs).toEqual(DEFAULT_ASSUMPTIONS);
  });

  test('a drag that ends where it began leaves no step; a value set to itself is no step', async () => {
    const start = store.getState().inputs.segments[0]!.arpa;
    for (const v of [start + 100, start + 200, start]) {
      store.getState().setInput(ARPA, v);
      await nextTask();
      now += 30;
    }
    expect(steps(store)).toBe(0);
    store.getState().setInput(ARPA, start);
    expect(steps(store)).toBe(0);
  });

  test('a new change after undo drops what could be redone; the theme is never undone', async () => {
    store.getState().setInput(ARPA, 2500);
    await nextTask();
    store.getState().undo();
    expect(store.getState().history.future).toHaveLength(1);
    store.getState().updateSettings({ theme: 'dark' });
    expect(store.getState().history.future).toHaveLength(1);
    expect(steps(store)).toBe(0);
    store.getState().redo();
    expect(store.getState().settings.theme).toBe('dark');
    store.getState().undo();
    expect(store.getState().settings.theme).toBe('dark');
    now += 10_000;
    store.getState().setInput(ARPA, 2600);
    expect(store.getState().history.future).toHaveLength(0);
  });

  test('a language picked is a step of its own, undone like the number format', async () => {
    store.getState().updateSettings({ language: 'fr' });
    expect(steps(store)).toBe(1);
    await nextTask();
    store.getState().updateSettings({ language: 'es' });
    expect(steps(store)).toBe(2);
    store.getState().undo();
    expect(store.getState().settings.language).toBe('fr');
    store.getState().undo();
    expect(store.getState().settings.language).toBe('en');
  });

  test('the name of a preset or saved scenario comes and goes with its step', async () => {
    store.getState().applyPreset('expansion');
    await nextTask();
    expect(store.getState().scenarioName).toEqual({
      name: 'High-frequency expansion',
      inputs: presetById('expansion')!.assumptions,
    });
    const link = linkOf(store);
    store.getState().reset();
    await nextTask();
    expect(store.getState().scenarioName).toBeNull();
    loadLink(store, link, 'Saved scenario “Q3”');
    store.getState().nameScenario('Q3');
    await nextTask();
    expect(steps(store)).toBe(3);
    expect(store.getState().scenarioName?.name).toBe('Q3');
    store.getState().undo();
    expect(store.getState().scenarioName).toBeNull();
    store.getState().undo();
    expect(store.getState().scenarioName?.name).toBe('High-frequency expansion');
  });

  test('clearHistory makes the opening scenario where undo stops; old steps fall off', async () => {
    for (let i = 0; i < MAX_STEPS + 5; i++) {
      store.getState().setInput(ARPA, 1000 + i);
      await nextTask();
      now += COALESCE_MS + 1;
    }
    expect(steps(store)).toBe(MAX_STEPS);
    store.getState().clearHistory();
    store.getState().undo();
    expect(store.getState().inputs.segments[0]!.arpa).toBe(1000 + MAX_STEPS + 4);
  });
});

describe('what merges', () => {
  test('a load or preset right after an edit of the same input is a step of its own', async () => {
    store.getState().setInput('segments.0.csms', 2);
    await nextTask();
    now += 10;
    store.getState().loadInputs(DEFAULT_ASSUMPTIONS, 'The file');
    expect(steps(store)).toBe(2);
    store.getState().undo();
    expect(store.getState().inputs.segments[0]!.csms).toBe(2);
  });
});

describe('a drag with the pointer', () => {
  /** A bare store with the recorder and a pointer the test presses and lets go. */
  function dragStore() {
    const pointer = { presses: 0, down: false };
    type State = {
      inputs: typeof DEFAULT_ASSUMPTIONS;
      settings: typeof DEFAULT_SETTINGS;
      scenarioName: ScenarioName | null;
      history: HistoryState;
    };
    const bare = createStore<State>()(() => ({
      inputs: DEFAULT_ASSUMPTIONS,
      settings: DEFAULT_SETTINGS,
      scenarioName: null,
      history: EMPTY_HISTORY,
    }));
    const rec = recorder<State>(bare.setState, bare.getState, Date.now, {
      count: () => pointer.presses,
      held: () => pointer.down,
    });
    const edit = (v: number) => rec.set({ inputs: withInput(bare.getState().inputs, ARPA, v) }, true);
    return { pointer, bare, edit };
  }

  test('is one step however slowly it moves; the next press starts another', async () => {
    const { pointer, bare, edit } = dragStore();
    pointer.presses++;
    pointer.down = true;
    for (const v of [2100, 2200, 2300]) {
      edit(v);
      await nextTask();
      now += COALESCE_MS * 3;
    }
    pointer.down = false;
    expect(bare.getState().history.past).toHaveLength(1);
    pointer.presses++;
    pointer.down = true;
    edit(2400);
    expect(bare.getState().history.past).toHaveLength(2);
  });
});
