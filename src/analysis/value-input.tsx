import { useId, useState, type KeyboardEvent } from 'react';
import type { InputPath } from '../model/index.ts';
import { currencySymbol, decimal, parseLocaleNumber, type Formatting } from '../format.ts';
import { infoOf } from '../input-catalog.ts';
import { viewOf, type InputView } from '../components/input-view.ts';
import type { Settings } from '../store/settings.ts';

/** How a number outside the scenario is shown and typed: its unit conversion, and whether it is money. */
export interface ValueView extends Pick<InputView, 'toShown' | 'fromShown' | 'digits' | 'suffix'> {
  money: boolean;
  /** Shows the number without the locale's grouping (a seed, an identifier). */
  plain?: boolean;
}

/** The view of one scenario input, in the unit the person reads it (percent, annual churn, money). */
export const valueViewOf = (path: InputPath, churnUnit: Settings['churnUnit']): ValueView => ({
  ...viewOf(path, churnUnit),
  money: infoOf(path).unit === 'money',
});

interface Props {
  view: ValueView;
  /** The value in model units; null shows an empty field. */
  value: number | null;
  label: string;
  /** Show the label to sighted readers too (otherwise it is only spoken). */
  showLabel?: boolean;
  placeholder?: string;
  /** Leave the unit out of the field (a table states it in its row header); the spoken label keeps it. */
  bare?: boolean;
  fmt: Formatting;
  /** Called with a model-unit value, or null when the field is cleared. */
  onCommit: (value: number | null) => void;
}

/** A typed number outside the scenario (company B, a range end, a target), committed on Enter or leaving the field. */
export function ValueInput({
  view,
  value,
  label,
  showLabel = false,
  placeholder,
  bare = false,
  fmt,
  onCommit,
}: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const id = useId();
  const shown =
    value === null
      ? ''
      : view.plain
        ? String(view.toShown(value))
        : decimal(fmt, view.toShown(value), view.digits + 1);
  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    if (draft.trim() === '') {
      setMessage('');
      onCommit(null);
      return;
    }
    const typed = parseLocaleNumber(fmt.locale, draft);
    if (Number.isNaN(typed)) {
      setMessage(`“${draft.slice(0, 24)}” is not a number; the value is unchanged.`);
      return;
    }
    setMessage('');
    onCommit(view.fromShown(typed));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') {
      setDraft(null);
      setMessage('');
    }
  };
  return (
    <span className="value-input">
      <label htmlFor={id} className={showLabel ? 'value-input-label' : 'visually-hidden'}>
        {label}
        {bare && view.suffix && <span className="visually-hidden"> ({view.suffix})</span>}
      </label>
      <span className="field-entry">
        {view.money && <span className="field-affix">{currencySymbol(fmt)}</span>}
        <input
          id={id}
          className="field-number"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          placeholder={placeholder}
          aria-invalid={message !== '' || undefined}
          aria-describedby={message ? `${id}-msg` : undefined}
          value={draft ?? shown}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
        {view.suffix && !bare && <span className="field-affix">{view.suffix}</span>}
      </span>
      {message && (
        <span id={`${id}-msg`} className="field-message" role="status">
          {message}
        </span>
      )}
    </span>
  );
}

/** The unit of a bare field, for its row header: "% a month". */
export function UnitNote({ view }: { view: ValueView }) {
  return view.suffix ? <span className="unit-note"> ({view.suffix})</span> : null;
}
