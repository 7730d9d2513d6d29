import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  MAX_SEGMENTS,
  withInput,
  withSegment,
  type Assumptions,
  type InputPath,
  type Problem,
  type Segment,
  type Staffing,
} from '../model/index.ts';
import { explainProblem, explainProblems, type InputKey } from '../input-catalog.ts';
import { presetById } from './presets.ts';
import { segmentIn } from './projection-of.ts';
import { looksLikeMarkup, quoteText } from '../quote-text.ts';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from './settings.ts';
import { EMPTY_HISTORY, recorder, type HistoryState, type ScenarioName } from './history.ts';
import { defaultScenario, validated } from './made-names.ts';
import { words } from '../i18n/words.ts';

export interface Notice {
  id: number;
  text: string;
  /** For a summary of earlier notices: their texts. */
  holds?: readonly string[];
}

export interface CalculatorState {
  inputs: Assumptions;
  /** The segment whose inputs the panel shows and edits; always one the scenario has. */
  activeSegment: number;
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
  selectSegment: (index: number) => void;
  /** Adds `segment` (validated) after the others and shows it; refused, with a notice, at MAX_SEGMENTS. */
  addSegment: (segment: Segment) => void;
  /** Renames a segment through validation; returns what validation had to change. */
  renameSegment: (index: number, name: string) => Problem[];
  /** Removes a segment; the last one is never removed. */
  removeSegment: (index: number) => void;
  /** Gives each segment the CSMs of `csms` (one entry per segment), in one edit. */
  applyTeamSplit: (csms: readonly number[]) => void;
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

/** What a person is told of segment names that look like markup: kept as written, shown as text. */
const markupNotices = (names: readonly string[], source: string): string[] =>
  names.filter(looksLikeMarkup).map((name) => words().inputs.segments.markup(source, quoteText(name)));

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
    text: words().inputs.notices.earlier(String(holds.length), holds.join(' ')),
    holds,
  };
  return [summary, ...notices.slice(-(MAX_NOTICES - 1))];
}

export function createCalculatorStore(initial?: {
  inputs?: Assumptions;
  settings?: Settings;
}): CalculatorStore {
  return createStore<CalculatorState>()((rawSet, get) => {
    // Every change goes through the history's `set`, so each is undoable (history.ts).
    const history = recorder(rawSet, get);
    const { set } = history;
    /**
     * Every change of the scenario goes through here, so the segment on screen is always one it has.
     * `more`: other fields changed with it; `oneInput`: an edit of one input, which merges into the
     * undo step of the edit before it when that was of the same input (one drag is one step).
     */
    const put = (
      inputs: Assumptions,
      activeSegment = get().activeSegment,
      more: Partial<CalculatorState> = {},
      oneInput = false,
    ) => set({ inputs, activeSegment: segmentIn(inputs, activeSegment), ...more }, oneInput);
    /** Validates a changed scenario, puts it on screen and returns what validation changed. */
    const edit = (changed: unknown, activeSegment?: number, oneInput = false): Problem[] => {
      const { assumptions, problems } = validated(changed);
      put(assumptions, activeSegment, {}, oneInput);
      return problems;
    };
    return {
      inputs: initial?.inputs ?? defaultScenario(),
      activeSegment: 0,
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
      setInput: (path, value) => edit(withInput(get().inputs, path, value), undefined, true),
      setStaffing: (staffing) => {
        const a = get().inputs;
        edit({ ...a, team: { ...a.team, staffing } });
      },
      selectSegment: (index) => put(get().inputs, index),
      addSegment: (segment) => {
        const a = get().inputs;
        if (a.segments.length >= MAX_SEGMENTS) {
          get().notify([words().inputs.segments.refused(String(MAX_SEGMENTS))]);
          return;
        }
        const problems = edit({ ...a, segments: [...a.segments, segment] }, a.segments.length);
        get().notify([explainProblems(problems, get().settings)].filter(Boolean));
      },
      renameSegment: (index, name) => {
        const a = get().inputs;
        const segment = a.segments[index];
        if (!segment) return [];
        const problems = edit(withSegment(a, index, { ...segment, name }));
        get().notify(markupNotices([get().inputs.segments[index]!.name], words().inputs.sources.segmentName));
        return problems;
      },
      removeSegment: (index) => {
        const { inputs: a, activeSegment } = get();
        if (a.segments.length <= 1 || a.segments[index] === undefined) return;
        // The segment on screen stays on screen; removing it shows the one before it.
        put(
          { ...a, segments: a.segments.filter((_, i) => i !== index) },
          activeSegment > index || (activeSegment === index && index > 0) ? activeSegment - 1 : activeSegment,
        );
      },
      applyTeamSplit: (csms) => {
        const a = get().inputs;
        edit({ ...a, segments: a.segments.map((s, i) => ({ ...s, csms: csms[i] ?? s.csms })) });
      },
      loadInputs: (raw, source) => {
        // Fields the source leaves out keep the scenario on screen rather than falling to defaults.
        // (Spread copies an own "__proto__" key as plain data, and validation reads own fields only.)
        const merged = typeof raw === 'object' && raw !== null ? { ...get().inputs, ...raw } : raw;
        const { assumptions, problems } = validated(merged);
        put(assumptions, undefined, { scenarioName: null });
        const names = get().inputs.segments.map((s) => s.name);
        get().notify([
          ...problems.map((p) =>
            words().inputs.notices.from(source, explainProblem(p, get().settings, names)),
          ),
          ...markupNotices(names, source),
        ]);
      },
      applyPreset: (id) => {
        const preset = presetById(id);
        if (preset) {
          // Read once: a preset's scenario is named in the page's language each time it is asked for.
          const inputs = preset.assumptions;
          put(inputs, 0, { scenarioName: { name: preset.label, inputs } });
        } else get().notify([words().inputs.notices.noPreset(quoteText(id))]);
      },
      reset: () => put(defaultScenario(), 0, { scenarioName: null }),
      updateSettings: (raw, source = words().inputs.sources.settings) => {
        const { settings, problems } = validateSettings(raw, get().settings);
        set({ settings });
        get().notify(problems.map((p) => words().inputs.notices.from(source, p)));
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
