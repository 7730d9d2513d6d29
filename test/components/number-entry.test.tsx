// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { ValueInput, valueViewOf } from '../../src/analysis/value-input.tsx';
import { NumberField } from '../../src/components/number-field.tsx';
import { decimal, money } from '../../src/format.ts';
import { pathOf } from '../../src/input-catalog.ts';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SEGMENT } from '../../src/model/index.ts';
import { CalculatorProvider } from '../../src/store/calculator-context.tsx';
import { createCalculatorStore } from '../../src/store/calculator-store.ts';
import { DEFAULT_SETTINGS } from '../../src/store/settings.ts';

const GERMAN = { ...DEFAULT_SETTINGS, locale: 'de-DE', currency: 'EUR' };
const ARPA = pathOf('arpa', 0);
const kept = money(GERMAN, DEFAULT_SEGMENT.arpa);
/** The kept value as the box shows it: the number in the locale, without the currency. */
const keptInBox = decimal(GERMAN, DEFAULT_SEGMENT.arpa, 0);
/** A value other than today's, to tell a draft that was applied from one that was not. */
const OTHER = DEFAULT_SEGMENT.arpa + 500;

/** The two places a number is typed: a main input beside its slider, and a number in an analysis view. */
const USES = {
  'a main input': () => {
    const store = createCalculatorStore({ inputs: DEFAULT_ASSUMPTIONS, settings: GERMAN });
    render(
      <CalculatorProvider store={store}>
        <NumberField path={ARPA} label="Revenue per account (MRR)" />
      </CalculatorProvider>,
    );
    return () => store.getState().inputs.segments[0]!.arpa;
  },
  'an analysis value': () => {
    let value = DEFAULT_SEGMENT.arpa;
    const view = valueViewOf(ARPA, 'monthly');
    const { rerender } = render(<span />);
    const show = () =>
      rerender(
        <ValueInput
          view={view}
          value={value}
          label="Revenue per account (MRR)"
          fmt={GERMAN}
          onCommit={(v) => {
            value = v;
            show();
          }}
        />,
      );
    show();
    return () => value;
  },
};

const type = async (text: string) => {
  const box = screen.getByRole('textbox', { name: 'Revenue per account (MRR)' });
  await userEvent.clear(box);
  if (text) await userEvent.type(box, text);
  await userEvent.keyboard('{Enter}');
  return box;
};

describe.each(Object.entries(USES))('a number typed in %s', (_, use) => {
  test.each([
    ['1e999', `“1e999” is too large a number, so ${kept} is kept.`],
    ['-1e999', `“-1e999” is too large a number, so ${kept} is kept.`],
    ['abc', `“abc” is not a number, so ${kept} is kept.`],
    ['NaN', `“NaN” is not a number, so ${kept} is kept.`],
    ['', `Empty, so ${kept} is kept.`],
  ])('“%s” is refused in plain words, announced, and the value kept', async (text, message) => {
    const value = use();
    const box = await type(text);
    expect(value()).toBe(DEFAULT_SEGMENT.arpa);
    expect(box).toHaveValue(keptInBox);
    expect(box).toHaveAttribute('aria-invalid', 'true');
    const status = screen.getByRole('status');
    expect(status.textContent).toBe(message);
    expect(box.getAttribute('aria-describedby')?.split(' ')).toContain(status.id);
  });

  test('“1.234,5” in German is one thousand two hundred and thirty-four and a half', async () => {
    const value = use();
    const box = await type('1.234,5');
    expect(value()).toBe(1234.5);
    expect(box).not.toHaveAttribute('aria-invalid');
    // Nothing is refused (a main input shown in whole units may add that it shows the value rounded).
    expect(screen.getByRole('status').textContent).not.toMatch(/not a number|is kept/);
  });

  test('Escape abandons the draft and its message; leaving the field applies it', async () => {
    const value = use();
    const box = await type('abc');
    await userEvent.type(box, '{Escape}');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await userEvent.clear(box);
    await userEvent.type(box, `${OTHER}{Escape}`);
    expect(box).toHaveValue(keptInBox);
    await userEvent.clear(box);
    await userEvent.type(box, String(OTHER));
    await userEvent.tab();
    expect(value()).toBe(OTHER);
  });
});

describe('a number that may be left blank', () => {
  test('is cleared by emptying it; text that is not a number is refused while it is blank', async () => {
    const commits: (number | null)[] = [];
    const field = (value: number | null) => (
      <ValueInput
        view={valueViewOf(ARPA, 'monthly')}
        value={value}
        blank="as A"
        label="Revenue per account (MRR)"
        fmt={GERMAN}
        onCommit={(v) => commits.push(v)}
      />
    );
    const { rerender } = render(field(DEFAULT_SEGMENT.arpa));
    await type('');
    expect(commits).toEqual([null]);
    rerender(field(null));
    const box = await type('abc');
    expect(box).toHaveValue('');
    expect(box).toHaveAttribute('placeholder', 'as A');
    expect(screen.getByRole('status').textContent).toBe('“abc” is not a number, so the field stays blank.');
    expect(commits).toEqual([null]);
  });
});
