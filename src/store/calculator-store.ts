import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  DEFAULT_ASSUMPTIONS,
  validateAssumptions,
  withInput,
  type Assumptions,
  type InputPath,
  type Problem,
  type Staffing,
} from '../model/index.ts';
import { explainProblem, type InputKey } from '../input-catalog.ts';
import { presetById } from './presets.ts';
import { quoteText } from '../quote-text.ts';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from './settings.ts';
import { EMPTY_HISTORY, recorder, type HistoryState, type ScenarioName } from './history.ts';

export interface Notice {
  id: number;
  text: string;
  /** For a summary of earlier notices: their texts. */
  holds?: readonly string[];
}

export interface CalculatorState {
  inputs: Assumptions;
  settings: Settings;
  /** Things the calculator changed or ignored on the way in (a link, a saved scenario, an embed), in words. */
  notices: Notice[];
  /** Presenter mode: the few inputs shown (the rest are locked away), or null for the full calculator. */
  presenter: readonly InputKey[] | null;
  /** The preset or saved scenario on screen, by name; null for a link, the defaults or an import. */
  scenarioName: ScenarioName | null;
  /** Steps to undo and redo (see history.ts): every change to `inputs` or settings is one, or joins one. */
  history: HistoryState;
  undo: () => void;
  redo: () => void;
  /** Forgets the steps: called once the scenario a page opens with is in place. */
  clearHistory: () => void;
  /** The title a person gave the exported files and the printed report; '' for none. Not part of the scenario. */
  reportTitle: string;
  setReportTitle: (title: string) => void;
  /** Shows `name` as the scenario on screen's (after saving it, or opening a saved one). */
  nameScenario: (name: string) => void;
  /** Sets one number; returns what validation had to change. */
  setInput: (path: InputPath, value: number) => Problem[];
  setStaffing: (staffing: Staffing) => void;
  /** Replaces the scenario with `raw` (validated); `source` names where it came from in any notice. */
  loadInputs: (raw: unknown, source: string) => void;
  applyPreset: (id: string) => void;
  reset: () => void;
  updateSettings: (raw: Partial<Record<keyof Settings, unknown>>, source?: string) => void;
  setPresenter: (fields: readonly InputKey[] | null) => void;
  notify: (texts: readonly string[]) => void;
  dismissNotice: (id: number) => void;
}

export type CalculatorStore = StoreApi<CalculatorState>;

let nextNoticeId = 1;
const MAX_NOTICES = 4;

/**
 * At most MAX_NOTICES notices: when more arrive, the oldest are joined into one that says how many it
 * holds, so that none is dropped unread.
 */
function summarised(notices: Notice[]): Notice[] {
  if (notices.length <= MAX_NOTICES) return notices;
  const older = notices.slice(0, notices.length - MAX_NOTICES + 1);
  // A summary already made stands for the notices it holds.
  const holds = older.flatMap((n) => n.holds ?? [n.text]);
  const summary: Notice = {
    id: nextNoticeId++,
    text: `${holds.length} earlier notices: ${holds.join(' ')}`,
    holds,
  };
  return [summary, ...notices.slice(-(MAX_NOTICES - 1))];
}

export function createCalculatorStore(initial?: {
  inputs?: Assumptions;
  settings?: Settings;
}): CalculatorStore {
  return createStore<CalculatorState>()((rawSet, get) => {
    const history = recorder(rawSet, get);
    const { set } = history;
    return {
      inputs: initial?.inputs ?? DEFAULT_ASSUMPTIONS,
      settings: initial?.settings ?? DEFAULT_SETTINGS,
      notices: [],
      presenter: null,
      scenarioName: null,
      reportTitle: '',
      setReportTitle: (title) => set({ reportTitle: title }),
      history: EMPTY_HISTORY,
      undo: history.undo,
      redo: history.redo,
      clearHistory: history.clear,
      nameScenario: (name) => set({ scenarioName: { name, inputs: get().inputs } }),
      setInput: (path, value) => {
        const { assumptions, problems } = validateAssumptions(withInput(get().inputs, path, value));
        set({ inputs: assumptions }, true);
        return problems;
      },
      setStaffing: (staffing) => {
        const a = get().inputs;
        set({ inputs: validateAssumptions({ ...a, team: { ...a.team, staffing } }).assumptions });
      },
      loadInputs: (raw, source) => {
        // Fields the source leaves out keep the scenario on screen rather than falling to defaults.
        // (Spread copies an own "__proto__" key as plain data, and validation reads own fields only.)
        const merged = typeof raw === 'object' && raw !== null ? { ...get().inputs, ...raw } : raw;
        const { assumptions, problems } = validateAssumptions(merged);
        set({ inputs: assumptions, scenarioName: null });
        get().notify(problems.map((p) => `${source}: ${explainProblem(p, get().settings)}`));
      },
      applyPreset: (id) => {
        const preset = presetById(id);
        if (preset)
          set({
            inputs: preset.assumptions,
            scenarioName: { name: preset.label, inputs: preset.assumptions },
          });
        else get().notify([`There is no preset called ${quoteText(id)}; the scenario is unchanged.`]);
      },
      reset: () => set({ inputs: DEFAULT_ASSUMPTIONS, scenarioName: null }),
      updateSettings: (raw, source = 'Settings') => {
        const { settings, problems } = validateSettings(raw, get().settings);
        set({ settings });
        get().notify(problems.map((p) => `${source}: ${p}`));
      },
      setPresenter: (fields) => set({ presenter: fields }),
      notify: (texts) => {
        if (texts.length === 0) return;
        const all = [...get().notices, ...texts.map((text) => ({ id: nextNoticeId++, text }))];
        set({ notices: summarised(all) });
      },
      dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    };
  });
}
