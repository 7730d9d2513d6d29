/**
 * The one way a typed number reaches the page, for the input panel's fields and the analysis views' alike:
 * one parser (parseLocaleNumber), one refusal wording, one commit (Enter or leaving applies, Escape cancels).
 */

import { useId, useState, type InputHTMLAttributes, type KeyboardEvent } from 'react';
import { currencySymbol, parseLocaleNumber, type Formatting } from '../format.ts';
import { words } from '../i18n/words.ts';
import { quoteText } from '../quote-text.ts';

/** What one typed text means: a number to apply, a cleared field, or a refusal in plain words. */
type Entry = { kind: 'number'; value: number } | { kind: 'blank' } | { kind: 'refused'; message: string };

/**
 * Reads what a person typed in `fmt`'s number format. Anything that is no finite number is refused, with a
 * sentence saying what is kept: `kept` is the current value in the person's units, or null when the field
 * is blank. An empty text is refused too, unless the field may be left blank (`blankAllowed`).
 */
function readEntry(fmt: Formatting, text: string, kept: string | null, blankAllowed: boolean): Entry {
  const w = words().inputs.entry;
  const keeps = kept === null ? w.staysBlank : w.keeps(kept);
  // NOTE: an empty field is refused like any text that is no number, except in a field where blank has a
  // meaning of its own (a range end left "fixed", company B "as A"); there, emptying it is how one says so.
  if (text.trim() === '') {
    return blankAllowed ? { kind: 'blank' } : { kind: 'refused', message: w.empty(keeps) };
  }
  const typed = parseLocaleNumber(fmt.locale, text);
  if (Number.isFinite(typed)) return { kind: 'number', value: typed };
  const quoted = quoteText(text, 24);
  // Text past the double range ("1e999") parses as Infinity: a number, but none the model can use.
  return {
    kind: 'refused',
    message: Number.isNaN(typed) ? w.notANumber(quoted, keeps) : w.tooLarge(quoted, keeps),
  };
}

export type Tell = (message: string) => void;

interface EntryBase {
  fmt: Formatting;
  /** What the field shows while nobody is typing in it ('' when blank). */
  text: string;
  /** The current value in the person's units ("$2,000"), for the sentence when typed text is refused; null when blank. */
  kept: string | null;
  /** Converts a typed number (in the units shown) to the value that is committed. */
  fromShown: (shown: number) => number;
}

/** `commit` applies a value; it may `tell` the person something about it (a value changed by validation). */
type EntryOptions = EntryBase &
  (
    | { blankAllowed?: false; commit: (value: number, tell: Tell) => void }
    /** The field may be left blank: clearing it commits null instead of being refused. */
    | { blankAllowed: true; commit: (value: number | null, tell: Tell) => void }
  );

export interface NumberEntryState {
  /** Spread on the text input: its text, the draft's handlers and aria-invalid. */
  input: Pick<
    InputHTMLAttributes<HTMLInputElement>,
    'value' | 'onChange' | 'onBlur' | 'onKeyDown' | 'aria-invalid'
  >;
  message: string;
  /** id of the element that shows `message`; name it in aria-describedby while there is a message. */
  messageId: string;
  clearMessage: () => void;
}

/**
 * Every typed number goes through here: a draft while typing, applied on Enter or leaving the field,
 * abandoned on Escape; refused text keeps the previous value and says why.
 */
export function useNumberEntry(options: EntryOptions): NumberEntryState {
  const { fmt, text, kept, fromShown } = options;
  const [draft, setDraft] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  // Only refused text marks the field invalid: a value used as typed can still come with a note.
  const [refused, setRefused] = useState(false);
  const messageId = `${useId()}-msg`;
  const apply = () => {
    if (draft === null) return;
    setDraft(null);
    const entry = readEntry(fmt, draft, kept, options.blankAllowed === true);
    setMessage(entry.kind === 'refused' ? entry.message : '');
    setRefused(entry.kind === 'refused');
    if (entry.kind === 'number') options.commit(fromShown(entry.value), setMessage);
    else if (entry.kind === 'blank' && options.blankAllowed) options.commit(null, setMessage);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') apply();
    if (e.key === 'Escape') {
      setDraft(null);
      setMessage('');
      setRefused(false);
    }
  };
  return {
    input: {
      value: draft ?? text,
      onChange: (e) => setDraft(e.target.value),
      onBlur: apply,
      onKeyDown,
      'aria-invalid': refused || undefined,
    },
    message,
    messageId,
    clearMessage: () => {
      setMessage('');
      setRefused(false);
    },
  };
}

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, keyof NumberEntryState['input']> {
  entry: NumberEntryState;
  fmt: Formatting;
  /** Shows the currency symbol before the number. */
  money: boolean;
  /** The unit after the number ("%", "months"); '' for none. */
  suffix: string;
}

/** The typed field of a number, with its currency symbol and unit around it. */
export function NumberEntry({ entry, fmt, money, suffix, ...rest }: Props) {
  return (
    <span className="field-entry">
      {money && <span className="field-affix">{currencySymbol(fmt)}</span>}
      <input
        className="field-number"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        {...rest}
        {...entry.input}
      />
      {suffix && <span className="field-affix">{suffix}</span>}
    </span>
  );
}

/** Where an entry's message is shown and announced; present while empty so screen readers hear it appear. */
export function EntryMessage({ entry, as: Tag = 'span' }: { entry: NumberEntryState; as?: 'p' | 'span' }) {
  return (
    <Tag id={entry.messageId} className="field-message" role="status">
      {entry.message}
    </Tag>
  );
}
