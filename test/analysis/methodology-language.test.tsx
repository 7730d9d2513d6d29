// @vitest-environment jsdom
import { Suspense } from 'react';
import { afterEach, describe, expect, test } from 'vitest';
import { act, screen } from '@testing-library/react';
import MethodologyView from '../../src/analysis/methodology-view.tsx';
import { activateWords, loadWords } from '../../src/i18n/words.ts';
import { loadMethodologyWords } from '../../src/i18n/methodology-words.ts';
import { renderWithStore } from '../components/render.tsx';

afterEach(() => {
  activateWords('en');
});

describe('the methodology in another language', () => {
  test('German: headings, formulas, the model’s notes and the presets’ sources read in German', async () => {
    await loadWords('de');
    activateWords('de');
    await loadMethodologyWords('de');
    const { container } = renderWithStore(<MethodologyView />);
    expect(screen.getByRole('heading', { name: 'Ein Monat, Schritt für Schritt' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'One month, step by step' })).not.toBeInTheDocument();
    const text = container.textContent ?? '';
    expect(text).toContain('Deckungsbeitrag = Rohertrag − CAC-Ausgaben − CS-Kosten');
    expect(text).not.toContain('Contribution = gross profit − CAC spend − CS cost');
    // A note of the model and its topic, and a preset's source, each as the German catalogue says it.
    const notes = [...container.querySelectorAll('.notes-list li')].map((li) => li.textContent);
    expect(notes[0]).toMatch(/^Prüfung der Eingaben Eine Dezimalzahl als Text/);
    expect(text).toContain('Einschätzung dieses Projekts: CS senkt die monatliche Abwanderung');
    expect(text).not.toContain('This project’s judgement');
  });

  test('French, not fetched yet: the view waits for its words, then shows them', async () => {
    await loadWords('fr');
    activateWords('fr');
    // The view waits for its French words (the Suspense fallback shows), then shows them.
    await act(async () => {
      renderWithStore(
        <Suspense fallback={<p>…</p>}>
          <MethodologyView />
        </Suspense>,
      );
    });
    expect(screen.getByText('…')).toBeInTheDocument();
    await act(() => loadMethodologyWords('fr'));
    expect(screen.getByRole('heading', { name: 'Un mois, étape par étape' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Choix de modélisation' })).toBeInTheDocument();
  });
});
