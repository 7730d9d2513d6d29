import { memo, useId, useState, type KeyboardEvent } from 'react';
import { readInput, type InputPath } from '../model/index.ts';
import { currencySymbol, decimal, parseLocaleNumber } from '../format.ts';
import { explainProblem, formatInput, infoOf, labelOf, nameOf } from '../input-catalog.ts';
import { useCalculator } from '../store/calculator-context.tsx';
import { useFormatting } from '../store/projection.ts';
import { viewOf } from './input-view.ts';

interface Props {
  path: InputPath;
  label: string;
  /** id of text that describes the input (its hint), shared by both sides of a lever. */
  describedBy?: string;
  locked?: boolean;
}

/** One number: a slider for feel and a typed field for precision, both through validation. */
export const NumberField = memo(function NumberField({ path, label, describedBy, locked = false }: Props) {
  const value = useCalculator((s) => readInput(s.inputs, path));
  const setInput = useCalculator((s) => s.setInput);
  const churnUnit = useCalculator((s) => s.settings.churnUnit);
  const fmt = useFormatting();
  const view = viewOf(path, churnUnit);
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const id = useId();
  const shown = view.toShown(value);
  const isMoney = infoOf(path).unit === 'money';
  // A lever side's visible label ("With CS") only makes sense beside its legend; its name says it all.
  const name = labelOf(path);

  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    const typed = parseLocaleNumber(fmt.locale, draft);
    // Text that is no number, or one too large to hold ("1e999" reads as Infinity), keeps the value.
    if (!Number.isFinite(typed)) {
      const kept = formatInput(path, value, fmt);
      setMessage(
        draft.trim() === ''
          ? `Empty, so ${kept} is kept.`
          : Number.isNaN(typed)
            ? `“${draft.slice(0, 24)}” is not a number, so ${kept} is kept.`
            : `“${draft.slice(0, 24)}” is too large a number, so ${kept} is kept.`,
      );
      return;
    }
    const problems = setInput(path, view.fromShown(typed));
    setMessage(problems.map((p) => explainProblem(p, fmt)).join(' '));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') {
      setDraft(null);
      setMessage('');
    }
  };

  const describe = [describedBy, message ? `${id}-msg` : undefined].filter(Boolean).join(' ') || undefined;
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
            setMessage('');
            setInput(path, view.fromShown(Number(e.target.value)));
          }}
        />
        <span className="field-entry">
          {isMoney && <span className="field-affix">{currencySymbol(fmt)}</span>}
          <input
            id={`${id}-num`}
            className="field-number"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            aria-label={name === label ? undefined : name}
            aria-describedby={describe}
            aria-invalid={message !== '' || undefined}
            value={draft ?? decimal(fmt, shown, view.digits)}
            readOnly={locked}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commit}
            onKeyDown={onKeyDown}
          />
          {view.suffix && <span className="field-affix">{view.suffix}</span>}
        </span>
      </div>
      <p id={`${id}-msg`} className="field-message" role="status">
        {message}
      </p>
    </div>
  );
});
