import { DEFAULT_ASSUMPTIONS, DEFAULT_SEGMENT, DEFAULT_TEAM, type Assumptions } from '../model/index.ts';
import { CATALOG, catalogFields } from '../input-catalog.ts';
import type { CalculatorStore } from './calculator-store.ts';
import { decodeLink, type LinkState, type MissingField } from './url-state.ts';
import { quoteText } from '../quote-text.ts';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from './settings.ts';
import { defaultScenario, numberedName, validated } from './made-names.ts';
import { words } from '../i18n/words.ts';

/** The link's scenario with what it left out at its default (a segment's name: the one validation gives). */
function withDefaults({ team, segments, ...globals }: LinkState['inputs']) {
  return {
    ...DEFAULT_ASSUMPTIONS,
    ...globals,
    team: { ...DEFAULT_TEAM, ...team },
    segments: segments.map((s, i) => ({
      ...DEFAULT_SEGMENT,
      name: i === 0 ? defaultScenario().segments[0]!.name : numberedName(i),
      ...s,
    })),
  };
}

const labelOfMissing = ({ field, segment }: MissingField): string => {
  const w = words().inputs.link;
  const label = field === 'name' ? w.missingName : CATALOG[field].label;
  return segment !== null && segment > 0 ? w.missingIn(label, String(segment + 1)) : label;
};

/**
 * The scenario link text holds, through the same decoder and validation as loadLink, without a store or
 * notices: what comparing saved scenarios needs. Text that is no scenario, or a refused one, gives the defaults.
 */
export function scenarioOfLink(text: string): { inputs: Assumptions; settings: Settings } {
  const link = decodeLink(text);
  if (!link || link.refused) return { inputs: defaultScenario(), settings: DEFAULT_SETTINGS };
  return {
    inputs: validated(withDefaults(link.inputs)).assumptions,
    settings: validateSettings(link.settings, DEFAULT_SETTINGS).settings,
  };
}

/**
 * Opens link text (a page's hash, a saved scenario) in `store`: what is valid is used, the rest falls
 * back to defaults, and notices name what was ignored. Returns false when the text is not a scenario.
 */
export function loadLink(store: CalculatorStore, text: string, source?: string): boolean {
  const link = decodeLink(text);
  if (!link) return false;
  const w = words().inputs.link;
  const from = source ?? words().inputs.sources.link;
  const { loadInputs, updateSettings, setPresenter, notify } = store.getState();
  // The link's own problems name the link; from elsewhere (a saved scenario) they are prefixed with it.
  const problems = link.problems.map((p) =>
    source === undefined ? p : words().inputs.notices.from(source, p),
  );
  // A refused link changes nothing: the scenario on screen is kept, and the notice says so.
  if (link.refused) {
    notify(problems);
    return true;
  }
  // Settings first, so notices about numbers are written in the link's currency.
  updateSettings(link.settings, from);
  // A link is a whole scenario: what it leaves out is a default, not whatever was on screen.
  loadInputs(withDefaults(link.inputs), from);
  const { missing } = link;
  if (missing.length > 0) {
    const first = missing.slice(0, 3).map(labelOfMissing).join(', ');
    const named = missing.length > 3 ? w.andMore(first, String(missing.length - 3)) : first;
    notify([missing.length === 1 ? w.missingOne(from, named) : w.missingMany(from, named)]);
  }
  if (link.presenter === null) setPresenter(null);
  else {
    const { fields, unknown } = catalogFields(link.presenter);
    setPresenter(fields);
    if (unknown.length > 0) notify([w.presenterUnknown(from, unknown.map((n) => quoteText(n)).join(', '))]);
  }
  // Link-level problems last: notices are capped, and these say the most about what happened.
  notify(problems);
  return true;
}
