import { useId } from 'react';
import type { InputPath } from '../model/index.ts';
import { decimal, type Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';
import { formatInput, infoOf } from '../input-catalog.ts';
import { viewOf, type InputView } from '../components/input-view.ts';
import { EntryMessage, NumberEntry, useNumberEntry, type Tell } from '../components/number-entry.tsx';
import type { Settings } from '../store/settings.ts';

/** How a number outside the scenario is shown and typed: its unit conversion, and whether it is money. */
export interface ValueView extends Pick<InputView, 'toShown' | 'fromShown' | 'digits' | 'suffix'> {
  money: boolean;
  /** Shows the number without the locale's grouping (a seed, an identifier). */
  plain?: boolean;
  /** A model-unit value in words, in the person's units ("$2,000", "1.5%"), for the sentence when typed text is refused. */
  say: (fmt: Formatting, value: number) => string;
}

/** The view of one scenario input, in the unit the person reads it (percent, annual churn, money). */
export const valueViewOf = (path: InputPath, churnUnit: Settings['churnUnit']): ValueView => ({
  ...viewOf(path, churnUnit),
  money: infoOf(path).unit === 'money',
  say: (fmt, value) => formatInput(path, value, fmt),
});

interface Common {
  view: ValueView;
  label: string;
  /** Show the label to sighted readers too (otherwise it is only spoken). */
  showLabel?: boolean;
  /** Leave the unit out of the field (a table states it in its row header); the spoken label keeps it. */
  bare?: boolean;
  fmt: Formatting;
}

type Props = Common &
  (
    | { value: number; blank?: undefined; onCommit: (value: number, tell: Tell) => void }
    /** `blank` is what an empty field means ("fixed", "as A"), shown as its placeholder; clearing commits null. */
    | { value: number | null; blank: string; onCommit: (value: number | null, tell: Tell) => void }
  );

/**
 * A typed number outside the scenario (company B, a range end, a target), committed on Enter or leaving the
 * field; `onCommit` may `tell` the person something about the value (a change made by validation).
 */
export function ValueInput(props: Props) {
  const { view, value, label, showLabel = false, bare = false, fmt } = props;
  const text =
    value === null
      ? ''
      : view.plain
        ? String(view.toShown(value))
        : decimal(fmt, view.toShown(value), view.digits + 1);
  const base = { fmt, text, kept: value === null ? null : view.say(fmt, value), fromShown: view.fromShown };
  const entry = useNumberEntry(
    props.blank === undefined
      ? { ...base, commit: props.onCommit }
      : { ...base, blankAllowed: true, commit: props.onCommit },
  );
  const id = useId();
  return (
    <span className="value-input">
      <label htmlFor={id} className={showLabel ? 'value-input-label' : 'visually-hidden'}>
        {label}
        {bare && view.suffix && <span className="visually-hidden"> ({view.suffix})</span>}
      </label>
      <NumberEntry
        entry={entry}
        fmt={fmt}
        id={id}
        money={view.money}
        suffix={bare ? '' : view.suffix}
        placeholder={props.blank}
        aria-describedby={entry.message ? entry.messageId : undefined}
      />
      <EntryMessage entry={entry} />
    </span>
  );
}

/**
 * A typed number held to `range` (and to whole numbers when `integer`): the value to use, and in `tell` what
 * was changed, in the person's units, the way validation words it for the scenario's inputs.
 */
export function keepInRange(
  value: number,
  range: { min: number; max: number; integer?: boolean },
  say: (value: number) => string,
  tell: Tell,
): number {
  const whole = range.integer ? Math.round(value) : value;
  const used = Math.min(range.max, Math.max(range.min, whole));
  const t = words().analysis.value;
  if (used !== whole) tell(t.outside(say(value), say(range.min), say(range.max), say(used)));
  else if (whole !== value) tell(t.whole(say(used)));
  return used;
}

/** The unit of a bare field, for its row header: "% a month". */
export function UnitNote({ view }: { view: ValueView }) {
  return view.suffix ? <span className="unit-note"> ({view.suffix})</span> : null;
}
