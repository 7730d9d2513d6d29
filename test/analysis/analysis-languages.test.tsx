// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import FinanceView from '../../src/analysis/finance-view.tsx';
import { SegmentTeamSize } from '../../src/analysis/headcount-view.tsx';
import { headcountText } from '../../src/analysis/headcount-text.ts';
import { estimateMovements } from '../../src/analysis/mrr-movements.ts';
import { raceHeadline, raceSentence } from '../../src/analysis/race-text.ts';
import RaceView from '../../src/analysis/race-view.tsx';
import { teamText } from '../../src/analysis/team-text.ts';
import { bestSplitCurve, nextCsms, teamSplit } from '../../src/analysis/team-split.ts';
import { ViewStateProvider } from '../../src/analysis/view-state.tsx';
import { LANGUAGES, type Language } from '../../src/i18n/languages.ts';
import { en } from '../../src/i18n/messages/en/index.ts';
import { activateWords, loadWords } from '../../src/i18n/words.ts';
import {
  compareCompanies,
  DEFAULT_ASSUMPTIONS,
  sweepHeadcount,
  teamSize,
  withInput,
} from '../../src/model/index.ts';
import { RACE_COMPANY_A, RACE_COMPANY_B } from '../../src/store/presets.ts';
import { renderWithStore } from '../components/render.tsx';
import { ENGLISH_WORDS } from '../unit/english-words.ts';

const fmt = { locale: 'de-DE', currency: 'EUR' };
const a = DEFAULT_ASSUMPTIONS;

async function speak(language: Language) {
  await loadWords(language);
  activateWords(language);
}

afterEach(() => {
  activateWords('en');
});

// jsdom has no canvas layout for Chart.js: the charts are drawn in the browser tests.
vi.mock('../../src/charts/chart-canvas.tsx', () => ({ default: () => null }));

// jsdom has no media queries: the page is light.
beforeAll(() => {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }) as unknown as MediaQueryList;
});

describe('the analysis texts in German', () => {
  test('the verdict builders write German sentences, with German plurals and lists', async () => {
    await speak('de');
    const sweep = sweepHeadcount(a, 0);
    const headcount = headcountText(a, sweep, teamSize(a, 0, 1), fmt);
    expect(headcount.verdict).toMatch(/^(Am besten ist für dieses Szenario ein Team von|In diesem Szenario)/);
    expect(headcount.verdict).not.toMatch(/best team|CSMs would cover/);
    expect(headcount.inspected).toMatch(/^Mit 1 CSM liegt die Abdeckung/);

    const split = teamText(a, nextCsms(a), teamSplit(a), bestSplitCurve(a, 10), fmt);
    expect(split.split).toMatch(/^Die heutige Aufteilung von \d+ CSMs? ist bereits die beste/);

    const c = compareCompanies(RACE_COMPANY_A, RACE_COMPANY_B);
    const sentence = raceSentence(c, 'cumulativeContribution', 24, fmt);
    expect(sentence).toMatch(/^Stand Monat 24: (A|B) liegt beim Deckungsbeitrag \(kumuliert\) um .* vorn/);
    expect(sentence).not.toMatch(/At month|leads/);
    // Intl.ListFormat's German list: "a, b und c", never English's "and".
    expect(raceHeadline(c)).toMatch(/^Innerhalb von \d+ Monaten/);
    expect(raceHeadline(c)).not.toMatch(/\band\b|\bor\b/);
  });

  test('a refused import file is told in German', async () => {
    await speak('de');
    const r = estimateMovements('month,mrr\n2024-01,100\n2024-02,110');
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/^Die Datei braucht die Spalten/) });
    expect(r.ok || r.message).toMatch(/fehlen „expansion“, „contraction“|fehlen expansion, contraction/);
  });

  test('the finance view shows its German caption and values, and a German range message', async () => {
    await speak('de');
    renderWithStore(
      <ViewStateProvider>
        <FinanceView />
      </ViewStateProvider>,
    );
    expect(screen.getByRole('table', { name: /ROI des CS-Programms nach Jahr/ })).toBeInTheDocument();
    expect(screen.queryByText(/CS program ROI by year/)).toBeNull();
    expect(screen.getByText(/^Jahr 1 \(Monate 1–12\)$/)).toBeInTheDocument();
    const box = screen.getByRole('textbox', { name: 'EV/ARR-Multiplikator' });
    await userEvent.clear(box);
    await userEvent.type(box, '250{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(/liegt außerhalb von .* daher gilt/);
  });

  test('the race view names its companies and buttons in German', async () => {
    await speak('de');
    renderWithStore(
      <ViewStateProvider>
        <RaceView />
      </ViewStateProvider>,
    );
    expect(screen.getByRole('button', { name: 'B gleich A setzen' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Unternehmen B' })).toBeInTheDocument();
    expect(screen.getByText(/^Unternehmen A ist das Szenario/)).toBeInTheDocument();
    expect(screen.queryByText(/Company A is the scenario/)).toBeNull();
    expect(screen.getByRole('slider', { name: 'Urteil in Monat' })).toHaveAttribute(
      'aria-valuetext',
      'Monat 24',
    );
  });
});

describe('counts and names in English', () => {
  test('a team of one is "1 CSM", in the inspected size, its spoken value and the button', () => {
    renderWithStore(
      <ViewStateProvider>
        <SegmentTeamSize />
      </ViewStateProvider>,
      withInput(a, 'segments.0.csms', 1),
    );
    expect(screen.getByRole('slider', { name: 'Team size to inspect' })).toHaveAttribute(
      'aria-valuetext',
      '1 CSM',
    );
    expect(document.querySelector('.inspect-value')).toHaveTextContent(/^1 CSM$/);
    expect(screen.getByRole('button', { name: 'Use 1 CSM in the scenario' })).toBeDisabled();
  });

  test('a view loading is named as its tab is, acronyms kept', () => {
    expect(en.analysis.loading(en.analysis.tabs.headcount)).toBe('Loading where the next CSM goes…');
  });
});

/** The English words the lead's end-to-end test refuses in another language's page. */

/** An argument that reads as `text` and has a string's methods, and whose other fields are `field(key)`. */
function argument(text: string, field: (key: string | symbol) => unknown): unknown {
  return new Proxy(() => text, {
    get: (_, key) => {
      if (key === Symbol.toPrimitive) return () => text;
      const method: unknown = Reflect.get(String.prototype, key);
      return typeof method === 'function' ? method.bind(text) : field(key);
    },
  });
}

/**
 * Any argument a phrase takes: a string, a number, an object of them (and, for a race lead, A as leader).
 * It turns into "1" wherever a phrase writes it.
 */
const anything: unknown = argument('1', (key) => (key === 'leader' ? 'A' : anything));

/** An argument object whose every field is null: the other branch of each "field === null" (no leader, no ARPA). */
const nothing: unknown = argument('0', () => null);

/** Every text of a catalogue group: its texts, and its phrases called with each kind of argument. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (typeof node === 'function') {
    const phrase = node as (...args: unknown[]) => unknown;
    const call = (arg: unknown) => phrase(...Array<unknown>(8).fill(arg));
    let withNull: unknown = [];
    try {
      withNull = call(null);
    } catch {
      // A phrase that reads fields of its argument cannot take null; the other calls covered it.
    }
    return [call(anything), call(nothing), withNull].flatMap(texts);
  }
  if (typeof node === 'object' && node !== null) return Object.values(node).flatMap(texts);
  return [];
}

/** Quoted text is a name (a CSV column the file must have, a segment), not the page's language. */
const unquoted = (text: string) => text.replace(/„[^“]*“|«[^»]*»/g, '');

describe.each(LANGUAGES.filter((l) => l !== 'en'))('the analysis catalogue in %s', (language) => {
  test('has no English word the page in this language must not show', async () => {
    const { analysis } = await loadWords(language);
    await speak(language);
    const english = texts(analysis).filter((t) => ENGLISH_WORDS.test(unquoted(t)));
    expect(english).toEqual([]);
  });
});
