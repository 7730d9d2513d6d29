// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { InputPanel } from '../../src/components/input-panel.tsx';
import { SegmentTable } from '../../src/components/segment-table.tsx';
import { UndoRedo } from '../../src/components/undo-redo.tsx';
import { activateWords, loadWords } from '../../src/i18n/words.ts';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SEGMENT } from '../../src/model/index.ts';
import { useCalculator } from '../../src/store/calculator-context.tsx';
import { createCalculatorStore } from '../../src/store/calculator-store.ts';
import { loadLink } from '../../src/store/load-link.ts';
import { presetById } from '../../src/store/presets.ts';
import { renderWithStore } from './render.tsx';

function Panel() {
  const active = useCalculator((s) => s.activeSegment);
  return <InputPanel segment={active} segments="manage" />;
}

describe('the inputs in German', () => {
  beforeEach(async () => {
    await loadWords('de');
    activateWords('de');
  });
  afterEach(() => {
    activateWords('en');
  });

  test('labels, hints, groups, sides and the segment tools are German, the English ones gone', async () => {
    renderWithStore(
      <>
        <UndoRedo />
        <Panel />
      </>,
    );
    expect(screen.getByRole('heading', { name: 'Das Geschäft' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Umsatz pro Kundenkonto (MRR)' })).toBeInTheDocument();
    expect(
      screen.getByText('Monatlich wiederkehrender Umsatz eines neuen Kundenkontos.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Kundenabwanderung (CR6), mit CS' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rückgängig' })).toBeInTheDocument();
    // The segment the calculator makes is named in German; a template added is too.
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['Alle Kundenkonten']);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Segment hinzufügen' }),
      'Mid-Market im Pool',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Hinzufügen' }));
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Alle Kundenkonten',
      'Mid-Market im Pool',
    ]);
    const text = document.body.textContent ?? '';
    for (const english of ['The business', 'Revenue per account', 'Without CS', 'Undo', 'All accounts'])
      expect(text).not.toContain(english);
  }, 30_000);

  test('a typed text that is no number is refused in German', async () => {
    renderWithStore(<Panel />);
    const arpa = within(screen.getByRole('tabpanel')).getByRole('textbox', {
      name: 'Umsatz pro Kundenkonto (MRR)',
    });
    await userEvent.clear(arpa);
    await userEvent.type(arpa, 'viel{Enter}');
    expect(screen.getByText(/„viel“ ist keine Zahl, daher bleibt es bei/)).toBeInTheDocument();
  }, 30_000);

  test('the segment table’s columns, note and total are German', () => {
    const two = { ...DEFAULT_ASSUMPTIONS, segments: [DEFAULT_SEGMENT, { ...DEFAULT_SEGMENT, name: 'B' }] };
    renderWithStore(<SegmentTable />, two);
    expect(screen.getByRole('heading', { name: 'Nach Segment' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nettonutzen' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Gesamter Bestand' })).toBeInTheDocument();
    expect(screen.queryByText('Whole book')).toBeNull();
  });

  test('what validation changed is phrased by its kind in German, not the model’s English reason', () => {
    const store = createCalculatorStore();
    const raw = {
      grossMargin: 'viel',
      team: [],
      segments: [DEFAULT_SEGMENT, { ...DEFAULT_SEGMENT, name: 7 }],
    };
    store.getState().loadInputs(raw, 'Die Datei');
    const texts = store.getState().notices.map((n) => n.text);
    expect(texts[0]).toMatch(
      /^Die Datei: Bruttomarge: „viel“ ist keine Zahl, daher wird der Standardwert \S+ verwendet\.$/,
    );
    expect(texts).toContain(
      'Die Datei: Die Teamvorgabe war eine Liste und damit keine gültige Vorgabe, daher wird das Standardteam (unverändert, ohne weitere Kosten) verwendet.',
    );
    expect(texts).toContain('Die Datei: Segment 2: Der Segmentname 7 wird als „Segment 2“ angezeigt.');
    expect(store.getState().inputs.segments[1]!.name).toBe('Segment 2');
    expect(texts.join(' ')).not.toMatch(/is not|is used|so the default/);
  });

  test('a preset and a link without names get the calculator’s German names; a person’s name stays', () => {
    const store = createCalculatorStore();
    expect(store.getState().inputs.segments[0]!.name).toBe('Alle Kundenkonten');
    store.getState().applyPreset('three-tier');
    expect(store.getState().inputs.segments.map((s) => s.name)).toEqual([
      'Enterprise mit High-Touch',
      'Mid-Market im Pool',
      'KMU digital / Tech-Touch',
    ]);
    expect(store.getState().scenarioName?.name).toBe('Dreistufige CS-Organisation');
    expect(presetById('smb')!.label).toBe('KMU, 6k ACV');
    loadLink(store, '#v=3&sa=10');
    expect(store.getState().inputs.segments[0]!.name).toBe('Alle Kundenkonten');
    loadLink(store, '#v=3&nm=North');
    expect(store.getState().inputs.segments[0]!.name).toBe('North');
    expect(
      store
        .getState()
        .notices.map((n) => n.text)
        .join(' '),
    ).toMatch(/^Der Link enthielt nicht/);
  });
});

describe('the names the calculator makes, in Spanish', () => {
  beforeEach(async () => {
    await loadWords('es');
    activateWords('es');
  });
  afterEach(() => {
    activateWords('en');
  });

  test('a blank name, a name left out of a link and a copy are named in Spanish; the notice too', () => {
    const store = createCalculatorStore();
    store.getState().addSegment({ ...DEFAULT_SEGMENT, name: 'Norte' });
    const problems = store.getState().renameSegment(1, '   ');
    expect(store.getState().inputs.segments.map((s) => s.name)).toEqual(['Todas las cuentas', 'Segmento 2']);
    expect(problems[0]!.used).toBe('Segmento 2');
    loadLink(store, '#v=3&nm=Norte&1.nm=');
    expect(store.getState().inputs.segments.map((s) => s.name)).toEqual(['Norte', 'Segmento 2']);
    const texts = store
      .getState()
      .notices.map((n) => n.text)
      .join(' ');
    expect(texts).toContain('Segmento 2: el nombre de segmento «» se muestra como «Segmento 2».');
    expect(texts).not.toMatch(/Segment 2\b/);
  });
});
