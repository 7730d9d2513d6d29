// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { InputPanel } from '../../src/components/input-panel.tsx';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SEGMENT, MAX_SEGMENTS } from '../../src/model/index.ts';
import { useCalculator } from '../../src/store/calculator-context.tsx';
import { SEGMENT_TEMPLATES } from '../../src/store/segment-templates.ts';
import { renderWithStore } from './render.tsx';

/** The panel as the calculator page shows it: the inputs of the segment the store has on screen. */
function Panel({ segments = 'manage' }: { segments?: 'manage' | 'choose' }) {
  const active = useCalculator((s) => s.activeSegment);
  return <InputPanel segment={active} segments={segments} />;
}

const tabs = () => screen.getAllByRole('tab').map((t) => t.textContent);
const selected = () => screen.getByRole('tab', { selected: true });
const panelArpa = () =>
  within(screen.getByRole('tabpanel')).getByRole('textbox', { name: 'Revenue per account (MRR)' });

async function addTemplate(name: string) {
  await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Add a segment' }), name);
  await userEvent.click(screen.getByRole('button', { name: 'Add segment' }));
}

describe('the segment editor', () => {
  test('adds each template, shows it, and edits only the segment on screen', async () => {
    const { store } = renderWithStore(<Panel />);
    expect(tabs()).toEqual(['All accounts']);
    expect(screen.queryByRole('button', { name: 'Remove All accounts' })).toBeNull();
    for (const t of SEGMENT_TEMPLATES) await addTemplate(t.segment.name);
    expect(tabs()).toEqual(['All accounts', ...SEGMENT_TEMPLATES.map((t) => t.segment.name)]);
    expect(selected()).toHaveTextContent('SMB digital / tech-touch');
    expect(panelArpa()).toHaveValue('400');
    expect(screen.getByRole('tabpanel')).toHaveAccessibleName('SMB digital / tech-touch');

    await userEvent.click(screen.getByRole('tab', { name: 'Enterprise high-touch' }));
    expect(panelArpa()).toHaveValue('15,000');
    await userEvent.clear(panelArpa());
    await userEvent.type(panelArpa(), '12000{Enter}');
    expect(store.getState().inputs.segments.map((s) => s.arpa)).toEqual([
      DEFAULT_SEGMENT.arpa,
      12000,
      ...SEGMENT_TEMPLATES.slice(1).map((t) => t.segment.arpa),
    ]);
    // Four segments on screen, typed into: seconds on a busy 2-core machine.
  }, 30_000);

  test('arrow keys, Home and End move between segments, and focus follows', async () => {
    const { store } = renderWithStore(<Panel />);
    await addTemplate('Mid-market pooled');
    await addTemplate('Enterprise high-touch');
    await userEvent.click(screen.getByRole('tab', { name: 'All accounts' }));
    await userEvent.keyboard('{ArrowRight}');
    expect(selected()).toHaveTextContent('Mid-market pooled');
    expect(selected()).toHaveFocus();
    expect(selected()).toHaveAttribute('tabindex', '0');
    await userEvent.keyboard('{End}');
    expect(store.getState().activeSegment).toBe(2);
    await userEvent.keyboard('{ArrowRight}');
    expect(selected()).toHaveTextContent('All accounts');
    await userEvent.keyboard('{ArrowLeft}');
    expect(selected()).toHaveTextContent('Enterprise high-touch');
    await userEvent.keyboard('{Home}');
    expect(selected()).toHaveTextContent('All accounts');
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toHaveLength(1);
  });

  test('a name with control characters is cleaned and the person is told; markup stays text', async () => {
    const { store } = renderWithStore(<Panel />);
    const name = screen.getByRole('textbox', { name: 'Segment name' });
    await userEvent.clear(name);
    fireEvent.change(name, { target: { value: 'North\u0007America' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    expect(store.getState().inputs.segments[0]!.name).toBe('North America');
    expect(screen.getByText(/is shown as "North America"/)).toBeInTheDocument();

    fireEvent.change(name, { target: { value: '<img src=x onerror=alert(1)>' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    expect(screen.getByRole('tab', { name: '<img src=x onerror=alert(1)>' })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
  });

  test('an empty name falls back to a numbered one, with a message', async () => {
    const { store } = renderWithStore(<Panel />);
    const name = screen.getByRole('textbox', { name: 'Segment name' });
    await userEvent.clear(name);
    await userEvent.tab();
    expect(store.getState().inputs.segments[0]!.name).toBe('Segment 1');
    expect(screen.getByText(/is shown as "Segment 1"/)).toBeInTheDocument();
  });

  test('removes the segment on screen, never the last', async () => {
    const { store } = renderWithStore(<Panel />);
    await addTemplate('Mid-market pooled');
    await addTemplate('A copy of Mid-market pooled');
    expect(tabs()).toEqual(['All accounts', 'Mid-market pooled', 'Copy of Mid-market pooled']);
    await userEvent.click(screen.getByRole('tab', { name: 'Mid-market pooled' }));
    await userEvent.click(screen.getByRole('button', { name: 'Remove Mid-market pooled' }));
    expect(tabs()).toEqual(['All accounts', 'Copy of Mid-market pooled']);
    expect(selected()).toHaveTextContent('All accounts');
    await userEvent.click(screen.getByRole('button', { name: 'Remove All accounts' }));
    expect(tabs()).toEqual(['Copy of Mid-market pooled']);
    expect(screen.queryByRole('button', { name: 'Remove Copy of Mid-market pooled' })).toBeNull();
    store.getState().removeSegment(0);
    expect(store.getState().inputs.segments).toHaveLength(1);
  });

  test(`stops at ${MAX_SEGMENTS} segments and says why`, async () => {
    const { store } = renderWithStore(<Panel />);
    for (let i = 1; i < MAX_SEGMENTS; i++) await addTemplate('Enterprise high-touch');
    expect(tabs()).toHaveLength(MAX_SEGMENTS);
    expect(screen.getByRole('button', { name: 'Add segment' })).toBeDisabled();
    expect(screen.getByText(/5 segments is the most the calculator takes/)).toBeInTheDocument();
    store.getState().addSegment(DEFAULT_SEGMENT);
    expect(store.getState().inputs.segments).toHaveLength(MAX_SEGMENTS);
    expect(store.getState().notices.at(-1)?.text).toMatch(/takes 5 segments/);
  });

  test('the team’s inputs are one group for the organisation, outside the segment’s tab panel', async () => {
    const { store } = renderWithStore(<Panel />);
    await addTemplate('Mid-market pooled');
    const team = screen.getByRole('region', { name: 'The CS team' });
    expect(within(screen.getByRole('tabpanel')).queryByRole('region', { name: 'The CS team' })).toBeNull();
    for (const name of [
      'Ramp-up of a new CSM',
      'CSMs per manager',
      'Cost of one CS manager (a year)',
      'Tools and operations per CSM (a year)',
    ])
      expect(within(team).getByRole('slider', { name })).toBeInTheDocument();
    await userEvent.selectOptions(
      within(team).getByRole('combobox', { name: 'CS staffing' }),
      'Hire to keep coverage',
    );
    expect(store.getState().inputs.team.staffing).toBe('hireToCoverage');
    // The digital program is the segment's own.
    const csms = within(screen.getByRole('tabpanel')).getByRole('region', { name: 'CSMs' });
    const digital = within(csms).getByRole('group', { name: 'Digital program' });
    fireEvent.change(within(digital).getByRole('slider', { name: 'Digital program reach' }), {
      target: { value: '30' },
    });
    expect(store.getState().inputs.segments.map((s) => s.digitalCoverage)).toEqual([
      DEFAULT_SEGMENT.digitalCoverage,
      0.3,
    ]);
  });

  test('presenter mode chooses a segment but cannot change the list', async () => {
    renderWithStore(<Panel segments="choose" />, {
      ...DEFAULT_ASSUMPTIONS,
      segments: [DEFAULT_SEGMENT, { ...DEFAULT_SEGMENT, name: 'SMB', arpa: 300 }],
    });
    await userEvent.click(screen.getByRole('tab', { name: 'SMB' }));
    expect(panelArpa()).toHaveValue('300');
    expect(screen.queryByRole('button', { name: 'Add segment' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Segment name' })).toBeNull();
  });
});
