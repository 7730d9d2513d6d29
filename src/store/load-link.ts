import {
  DEFAULT_ASSUMPTIONS,
  DEFAULT_SEGMENT,
  DEFAULT_TEAM,
  validateAssumptions,
  type Assumptions,
} from '../model/index.ts';
import { CATALOG, catalogFields } from '../input-catalog.ts';
import type { CalculatorStore } from './calculator-store.ts';
import { decodeLink, type LinkState, type MissingField } from './url-state.ts';
import { quoteText } from '../quote-text.ts';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from './settings.ts';

/** The link's scenario with what it left out at its default (a segment's name: the one validation gives). */
function withDefaults({ team, segments, ...globals }: LinkState['inputs']) {
  return {
    ...DEFAULT_ASSUMPTIONS,
    ...globals,
    team: { ...DEFAULT_TEAM, ...team },
    segments: segments.map((s, i) => ({
      ...DEFAULT_SEGMENT,
      name: i === 0 ? DEFAULT_SEGMENT.name : `Segment ${i + 1}`,
      ...s,
    })),
  };
}

const labelOfMissing = ({ field, segment }: MissingField): string => {
  const label = field === 'name' ? 'the segment name' : CATALOG[field].label;
  return segment !== null && segment > 0 ? `${label} of segment ${segment + 1}` : label;
};

/**
 * The scenario link text holds, through the same decoder and validation as loadLink, without a store or
 * notices: what comparing saved scenarios needs. Text that is no scenario, or a refused one, gives the defaults.
 */
export function scenarioOfLink(text: string): { inputs: Assumptions; settings: Settings } {
  const link = decodeLink(text);
  if (!link || link.refused) return { inputs: DEFAULT_ASSUMPTIONS, settings: DEFAULT_SETTINGS };
  return {
    inputs: validateAssumptions(withDefaults(link.inputs)).assumptions,
    settings: validateSettings(link.settings, DEFAULT_SETTINGS).settings,
  };
}

/**
 * Opens link text (a page's hash, a saved scenario) in `store`: what is valid is used, the rest falls
 * back to defaults, and notices name what was ignored. Returns false when the text is not a scenario.
 */
export function loadLink(store: CalculatorStore, text: string, source = 'The link'): boolean {
  const link = decodeLink(text);
  if (!link) return false;
  const { loadInputs, updateSettings, setPresenter, notify } = store.getState();
  const problems = link.problems.map((p) => (source === 'The link' ? p : `${source}: ${p}`));
  // A refused link changes nothing: the scenario on screen is kept, and the notice says so.
  if (link.refused) {
    notify(problems);
    return true;
  }
  // Settings first, so notices about numbers are written in the link's currency.
  updateSettings(link.settings, source);
  // A link is a whole scenario: what it leaves out is a default, not whatever was on screen.
  loadInputs(withDefaults(link.inputs), source);
  const { missing } = link;
  if (missing.length > 0) {
    const named = missing.slice(0, 3).map(labelOfMissing);
    const rest = missing.length > 3 ? ` and ${missing.length - 3} more` : '';
    notify([
      `${source} did not include ${named.join(', ')}${rest}, so ${missing.length === 1 ? 'its default is' : 'their defaults are'} used.`,
    ]);
  }
  if (link.presenter === null) setPresenter(null);
  else {
    const { fields, unknown } = catalogFields(link.presenter);
    setPresenter(fields);
    if (unknown.length > 0)
      notify([
        `${source}: presenter mode names inputs that do not exist (${unknown.map((n) => quoteText(n)).join(', ')}); they were left out.`,
      ]);
  }
  // Link-level problems last: notices are capped, and these say the most about what happened.
  notify(problems);
  return true;
}
