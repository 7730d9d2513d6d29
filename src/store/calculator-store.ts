import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  DEFAULT_ASSUMPTIONS,
  MAX_SEGMENTS,
  validateAssumptions,
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
import { quoteText } from '../quote-text.ts';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from './settings.ts';

export interface Notice {
  id: number;
  text: string;
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

let nextNoticeId = 1;
const MAX_NOTICES = 4;

export function createCalculatorStore(initial?: {
  inputs?: Assumptions;
  settings?: Settings;
}): CalculatorStore {
  return createStore<CalculatorState>()((set, get) => {
    /** Every change of the scenario goes through here, so the segment on screen is always one it has. */
    const put = (inputs: Assumptions, activeSegment = get().activeSegment) =>
      set({ inputs, activeSegment: segmentIn(inputs, activeSegment) });
    /** Validates a changed scenario, puts it on screen and returns what validation changed. */
    const edit = (changed: unknown, activeSegment?: number): Problem[] => {
      const { assumptions, problems } = validateAssumptions(changed);
      put(assumptions, activeSegment);
      return problems;
    };
    return {
      inputs: initial?.inputs ?? DEFAULT_ASSUMPTIONS,
      activeSegment: 0,
      settings: initial?.settings ?? DEFAULT_SETTINGS,
      notices: [],
      presenter: null,
      setInput: (path, value) => edit(withInput(get().inputs, path, value)),
      setStaffing: (staffing) => {
        const a = get().inputs;
        edit({ ...a, team: { ...a.team, staffing } });
      },
      selectSegment: (index) => put(get().inputs, index),
      addSegment: (segment) => {
        const a = get().inputs;
        if (a.segments.length >= MAX_SEGMENTS) {
          get().notify([`The calculator takes ${MAX_SEGMENTS} segments; remove one to add another.`]);
          return;
        }
        const problems = edit({ ...a, segments: [...a.segments, segment] }, a.segments.length);
        get().notify([explainProblems(problems, get().settings)].filter(Boolean));
      },
      renameSegment: (index, name) => {
        const a = get().inputs;
        const segment = a.segments[index];
        return segment ? edit(withSegment(a, index, { ...segment, name })) : [];
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
        const problems = edit(merged);
        const names = get().inputs.segments.map((s) => s.name);
        get().notify(problems.map((p) => `${source}: ${explainProblem(p, get().settings, names)}`));
      },
      applyPreset: (id) => {
        const preset = presetById(id);
        if (preset) put(preset.assumptions, 0);
        else get().notify([`There is no preset called ${quoteText(id)}; the scenario is unchanged.`]);
      },
      reset: () => put(DEFAULT_ASSUMPTIONS, 0),
      updateSettings: (raw, source = 'Settings') => {
        const { settings, problems } = validateSettings(raw, get().settings);
        set({ settings });
        get().notify(problems.map((p) => `${source}: ${p}`));
      },
      setPresenter: (fields) => set({ presenter: fields }),
      notify: (texts) => {
        if (texts.length === 0) return;
        const added = texts.map((text) => ({ id: nextNoticeId++, text }));
        set({ notices: [...get().notices, ...added].slice(-MAX_NOTICES) });
      },
      dismissNotice: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
    };
  });
}
