// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { usePageTitle } from '../../src/app/page-title.ts';
import { AnalysisNavProvider, MethodLink } from '../../src/components/analysis-nav.tsx';
import ScenariosPanel from '../../src/components/share/scenarios-panel.tsx';
import { ScenarioTools } from '../../src/components/share/scenario-tools.tsx';
import { Toolbar } from '../../src/components/toolbar.tsx';
import { activateWords, loadWords } from '../../src/i18n/words.ts';
import { scenarioStorage } from '../../src/store/saved-scenarios.ts';
import { FakeStorage } from '../unit/fake-storage.ts';
import { renderWithStore } from './render.tsx';
import { ENGLISH_WORDS } from '../unit/english-words.ts';

// jsdom has no media queries: the system theme is light (the compare panel reads it).
window.matchMedia = (query: string) =>
  ({
    matches: false,
    media: query,
    addEventListener() {},
    removeEventListener() {},
  }) as unknown as MediaQueryList;

/** The English words the lead's end-to-end test refuses on a page in another language. */

/** What a person reads in `element` and what a screen reader says of it. */
const readable = (element: HTMLElement) =>
  [
    element.textContent ?? '',
    ...[...element.querySelectorAll('[aria-label],[placeholder]')].flatMap((e) => [
      e.getAttribute('aria-label') ?? '',
      e.getAttribute('placeholder') ?? '',
    ]),
  ].join(' ');

describe('the share tools, toolbar and page shell in German', () => {
  beforeEach(async () => {
    await loadWords('de');
    activateWords('de');
  });
  afterEach(() => {
    activateWords('en');
  });

  test('the toolbar and the tools row speak German', () => {
    renderWithStore(
      <>
        <Toolbar />
        <ScenarioTools />
      </>,
    );
    expect(screen.getByRole('button', { name: 'Auf Standardwerte zurücksetzen' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reset to defaults' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Währung')).toBeInTheDocument();
    const tools = screen.getByRole('group', { name: 'Teilen, speichern und exportieren' });
    expect(within(tools).getByRole('button', { name: 'Link kopieren' })).toBeInTheDocument();
    expect(within(tools).getByRole('button', { name: 'Vergleichen' })).toBeInTheDocument();
    expect(within(tools).queryByRole('button', { name: 'Compare' })).not.toBeInTheDocument();
    expect(readable(tools)).not.toMatch(ENGLISH_WORDS);
  });

  test('the export, compare and presenter panels open in German', async () => {
    const user = userEvent.setup();
    renderWithStore(<ScenarioTools />);
    await user.click(screen.getByRole('button', { name: 'Exportieren' }));
    const exporting = await screen.findByRole('region', { name: 'Exportieren' });
    expect(
      await within(exporting).findByRole('heading', { name: 'Daten für die Tabellenkalkulation' }),
    ).toBeVisible();
    expect(within(exporting).getByRole('button', { name: 'MRR und Amortisation (PNG)' })).toBeInTheDocument();
    expect(within(exporting).queryByText(/Print or save as PDF/)).not.toBeInTheDocument();
    expect(readable(exporting)).not.toMatch(ENGLISH_WORDS);
    expect(screen.getByRole('button', { name: 'Exportieren schließen' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Vergleichen' }));
    const compare = await screen.findByRole('region', { name: 'Vergleichen' });
    expect(await within(compare).findByRole('heading', { name: 'Szenarien vergleichen' })).toBeVisible();
    expect(within(compare).getByRole('group', { name: 'Bis zu 3 auswählen' })).toBeInTheDocument();
    expect(within(compare).getByLabelText('Aktuell auf dem Bildschirm')).toBeChecked();
    expect(within(compare).getByRole('status')).toHaveTextContent(/^Wählen Sie zwei oder drei Szenarien/);

    await user.click(screen.getByRole('button', { name: 'Präsentieren' }));
    const present = await screen.findByRole('region', { name: 'Präsentieren' });
    expect(
      await within(present).findByRole('button', { name: /^Präsentation starten \(\d+ Eingaben\)$/ }),
    ).toBeVisible();
  });

  test('saving a scenario is said in German, its name as typed', async () => {
    const user = userEvent.setup();
    const storage = scenarioStorage(() => new FakeStorage());
    const { container } = renderWithStore(<ScenariosPanel storage={storage} />);
    expect(screen.getByText(/^Noch nichts gespeichert/)).toBeInTheDocument();
    expect(readable(container)).not.toMatch(ENGLISH_WORDS);
    await user.type(screen.getByLabelText('Szenario benennen'), 'Board deck{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('„Board deck“ gespeichert.');
    expect(screen.getByRole('group', { name: 'Board deck' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Umbenennen' })).toBeInTheDocument();
  });

  test('the method link and the browser tab’s title are German', () => {
    function Page() {
      usePageTitle();
      return (
        <AnalysisNavProvider>
          <MethodLink entry="roi" label="ROI" />
        </AnalysisNavProvider>
      );
    }
    render(<Page />);
    expect(document.title).toBe('ROI-Rechner für Customer Success');
    expect(
      screen.getByRole('button', { name: 'Methodik: wie ROI berechnet wird, Schritt für Schritt' }),
    ).toHaveTextContent('Vollständige Methode');
  });
});
