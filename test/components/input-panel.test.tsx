// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { InputPanel } from '../../src/components/input-panel.tsx';
import { decimal, money } from '../../src/format.ts';
import {
  annualToMonthly,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_SEGMENT,
  inputPaths,
  monthlyToAnnual,
} from '../../src/model/index.ts';
import { DEFAULT_SETTINGS } from '../../src/store/settings.ts';
import { renderWithStore } from './render.tsx';

/** Today's revenue per account as its box shows it (a number in the locale, no currency). */
const ARPA_SHOWN = decimal(DEFAULT_SETTINGS, DEFAULT_SEGMENT.arpa, 0);
const CHURN = DEFAULT_SEGMENT.monthlyChurn;

const field = (path: string) => {
  const el = document.querySelector(`[data-input="${path}"]`);
  if (!(el instanceof HTMLElement)) throw new Error(`no input ${path}`);
  return { el, number: within(el).getByRole('textbox'), slider: within(el).getByRole('slider') };
};

describe('the inputs', () => {
  // Renders every input of the model at once: seconds, not milliseconds, on a busy 2-core machine.
  test('every number of the model has a labelled slider and a typed field', () => {
    renderWithStore(<InputPanel segment={0} />);
    const sliders = screen.getAllByRole('slider');
    const boxes = screen.getAllByRole('textbox');
    // 3 globals + 5 team numbers + one segment's 13 scalar fields and 7 levers × 2 sides
    expect(sliders).toHaveLength(inputPaths(DEFAULT_ASSUMPTIONS).length);
    expect(boxes).toHaveLength(35);
    for (const s of sliders) expect(s).toHaveAccessibleName();
    for (const b of boxes) expect(b).toHaveAccessibleName();
    expect(screen.getByRole('textbox', { name: 'Revenue per account (MRR)' })).toHaveValue(ARPA_SHOWN);
    // Each side of a lever is named in full, not just "With CS".
    expect(screen.getByRole('slider', { name: 'Logo churn (CR6), with CS' })).toHaveAttribute(
      'aria-valuetext',
      `${decimal(DEFAULT_SETTINGS, 100 * CHURN.withCs, 1)}%`,
    );
    expect(screen.getByRole('textbox', { name: 'Logo churn (CR6), without CS' })).toHaveValue(
      decimal(DEFAULT_SETTINGS, 100 * CHURN.base, 1),
    );
  }, 30_000);

  test('a typed value in the locale is used', async () => {
    const { store } = renderWithStore(<InputPanel segment={0} />);
    const { number } = field('arpa');
    await userEvent.clear(number);
    await userEvent.type(number, '3,250{Enter}');
    expect(store.getState().inputs.segments[0]!.arpa).toBe(3250);
    expect(number).toHaveValue('3,250');
  });

  test('garbage is refused in plain words and the value is kept', async () => {
    const { store } = renderWithStore(<InputPanel segment={0} />);
    const { el, number } = field('arpa');
    await userEvent.clear(number);
    await userEvent.type(number, 'abc{Enter}');
    expect(store.getState().inputs.segments[0]!.arpa).toBe(DEFAULT_SEGMENT.arpa);
    expect(within(el).getByRole('status')).toHaveTextContent(
      `“abc” is not a number, so ${money(DEFAULT_SETTINGS, DEFAULT_SEGMENT.arpa)} is kept.`,
    );
    expect(number).toHaveAttribute('aria-invalid', 'true');
    expect(number).toHaveValue(ARPA_SHOWN);
  });

  test('an out-of-range value is clamped and the person is told', async () => {
    const { store } = renderWithStore(<InputPanel segment={0} />);
    const { el, number } = field('grossMargin');
    await userEvent.clear(number);
    await userEvent.type(number, '150{Enter}');
    expect(store.getState().inputs.grossMargin).toBe(1);
    expect(within(el).getByRole('status')).toHaveTextContent(
      'Gross margin: 150% is above the highest allowed value, so 100% is used.',
    );
  });

  test('a whole-number field rounds and says so', async () => {
    const { store } = renderWithStore(<InputPanel segment={0} />);
    const { el, number } = field('csms');
    await userEvent.clear(number);
    await userEvent.type(number, '6.5{Enter}');
    expect(store.getState().inputs.segments[0]!.csms).toBe(7);
    expect(within(el).getByRole('status')).toHaveTextContent('CSMs must be a whole number, so 7 is used.');
  });

  test('a value with more decimals than the field shows is used as typed, and the field says so', async () => {
    const { store } = renderWithStore(<InputPanel segment={0} />);
    const { el, number } = field('grossMargin');
    await userEvent.clear(number);
    await userEvent.type(number, '77.25{Enter}');
    expect(store.getState().inputs.grossMargin).toBeCloseTo(0.7725, 12);
    expect(number).toHaveValue('77');
    expect(within(el).getByRole('status')).toHaveTextContent('Shown as 77 %; the calculator uses 77.25 %.');
    await userEvent.clear(number);
    await userEvent.type(number, '80{Enter}');
    expect(within(el).getByRole('status')).toHaveTextContent('');
  });

  test('Escape abandons a typed draft', async () => {
    const { store } = renderWithStore(<InputPanel segment={0} />);
    const { number } = field('arpa');
    await userEvent.clear(number);
    await userEvent.type(number, '999{Escape}');
    expect(number).toHaveValue(ARPA_SHOWN);
    await userEvent.tab();
    expect(store.getState().inputs.segments[0]!.arpa).toBe(DEFAULT_SEGMENT.arpa);
  });

  test('moving a slider sets the value in model units', () => {
    const { store } = renderWithStore(<InputPanel segment={0} />);
    fireEvent.change(field('monthlyChurn.withCs').slider, { target: { value: '1.2' } });
    expect(store.getState().inputs.segments[0]!.monthlyChurn.withCs).toBeCloseTo(0.012, 12);
    expect(field('monthlyChurn.withCs').number).toHaveValue('1.2');
  });

  test('churn can be entered as an annual rate, converted to monthly', async () => {
    const { store } = renderWithStore(<InputPanel segment={0} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Annual' }));
    const { number } = field('monthlyChurn.base');
    expect(number).toHaveValue(decimal(DEFAULT_SETTINGS, 100 * monthlyToAnnual(CHURN.base), 1));
    await userEvent.clear(number);
    await userEvent.type(number, '20{Enter}');
    expect(store.getState().inputs.segments[0]!.monthlyChurn.base).toBeCloseTo(annualToMonthly(0.2), 12);
    expect(screen.getByText(/Equals .* a month without CS/)).toBeInTheDocument();
  });
});

describe('the team policy and the digital program', () => {
  test('are edited in the team and CSMs groups, and change the scenario’s team and segment', async () => {
    const { store } = renderWithStore(<InputPanel segment={0} />);
    const team = screen.getByRole('region', { name: 'The CS team' });
    await userEvent.selectOptions(
      within(team).getByRole('combobox', { name: 'CS staffing' }),
      'Hire to keep coverage',
    );
    expect(store.getState().inputs.team.staffing).toBe('hireToCoverage');
    const ramp = field('team.rampMonths');
    await userEvent.clear(ramp.number);
    await userEvent.type(ramp.number, '3{Enter}');
    expect(store.getState().inputs.team.rampMonths).toBe(3);
    const csms = screen.getByRole('region', { name: 'CSMs' });
    const digital = within(csms).getByRole('group', { name: 'Digital program' });
    expect(within(digital).getByRole('slider', { name: 'Digital program reach' })).toHaveAttribute(
      'aria-valuetext',
      '0%',
    );
    fireEvent.change(field('digitalCoverage').slider, { target: { value: '25' } });
    expect(store.getState().inputs.segments[0]!.digitalCoverage).toBeCloseTo(0.25, 12);
  });

  test('a segment’s inputs are those of the segment the panel is given', () => {
    const { store } = renderWithStore(<InputPanel segment={1} />, {
      ...DEFAULT_ASSUMPTIONS,
      segments: [DEFAULT_SEGMENT, { ...DEFAULT_SEGMENT, name: 'SMB', arpa: 300 }],
    });
    expect(field('arpa').number).toHaveValue('300');
    fireEvent.change(field('arpa').slider, { target: { value: '400' } });
    expect(store.getState().inputs.segments.map((x) => x.arpa)).toEqual([DEFAULT_SEGMENT.arpa, 400]);
  });
});
