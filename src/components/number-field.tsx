import { memo, useId } from 'react';
import { readInput, type InputPath } from '../model/index.ts';
import { decimal, type Formatting } from '../format.ts';
import { explainProblems, formatInput, infoOf, labelOf, nameOf } from '../input-catalog.ts';
import { useCalculator } from '../store/calculator-context.tsx';
import { useFormatting } from '../store/projection.ts';
import { viewOf } from './input-view.ts';
import { words } from '../i18n/words.ts';
import { EntryMessage, NumberEntry, useNumberEntry } from './number-entry.tsx';

interface Props {
  path: InputPath;
  label: string;
  /** id of text that describes the input (its hint), shared by both sides of a lever. */
  describedBy?: string;
  locked?: boolean;
}

/**
 * What a person is told when the number they typed has more decimals than the field shows: the figure on
 * screen is rounded, the calculator uses what was typed. '' when nothing is rounded.
 */
export function roundedNote(shown: number, digits: number, suffix: string, fmt: Formatting): string {
  const unit = suffix ? ` ${suffix}` : '';
  const onScreen = decimal(fmt, shown, digits);
  const used = decimal(fmt, shown, digits + 6);
  return onScreen === used ? '' : words().inputs.entry.rounded(`${onScreen}${unit}`, `${used}${unit}`);
}

/** One number: a slider for feel and a typed field for precision, both through validation. */
export const NumberField = memo(function NumberField({ path, label, describedBy, locked = false }: Props) {
  const value = useCalculator((s) => readInput(s.inputs, path));
  const setInput = useCalculator((s) => s.setInput);
  const churnUnit = useCalculator((s) => s.settings.churnUnit);
  const fmt = useFormatting();
  const view = viewOf(path, churnUnit);
  const id = useId();
  const shown = view.toShown(value);
  const entry = useNumberEntry({
    fmt,
    text: decimal(fmt, shown, view.digits),
    kept: formatInput(path, value, fmt),
    fromShown: view.fromShown,
    commit: (v, tell) =>
      tell(
        explainProblems(setInput(path, v), fmt) ||
          roundedNote(view.toShown(v), view.digits, view.suffix, fmt),
      ),
  });
  // A lever side's visible label ("With CS") only makes sense beside its legend; its name says it all.
  const name = labelOf(path);

  const describe =
    [describedBy, entry.message ? entry.messageId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field" data-input={nameOf(path)}>
      <label className="field-label" htmlFor={`${id}-num`}>
        {label}
      </label>
      <div className="field-row">
        <input
          type="range"
          className="field-slider"
          aria-label={name}
          aria-describedby={describe}
          aria-valuetext={formatInput(path, value, fmt)}
          min={view.min}
          max={view.max}
          step={view.step}
          value={Math.min(view.max, Math.max(view.min, shown))}
          disabled={locked}
          onChange={(e) => {
            entry.clearMessage();
            setInput(path, view.fromShown(Number(e.target.value)));
          }}
        />
        <NumberEntry
          entry={entry}
          fmt={fmt}
          money={infoOf(path).unit === 'money'}
          suffix={view.suffix}
          id={`${id}-num`}
          aria-label={name === label ? undefined : name}
          aria-describedby={describe}
          readOnly={locked}
        />
      </div>
      <EntryMessage entry={entry} as="p" />
    </div>
  );
});
