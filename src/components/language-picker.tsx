import { useEffect, useId, useRef } from 'react';
import { LANGUAGES, LANGUAGE_NAMES, languageOf } from '../i18n/languages.ts';
import { useWords } from '../i18n/use-words.ts';
import { useCalculator, useCalculatorStore } from '../store/calculator-context.tsx';
import { pickLanguage } from '../store/language.ts';

/** Set when a person picks a language, so the picker of the page rebuilt in it takes the focus back. */
let justPicked = false;

/** The language of every word, each named in its own language. */
export function LanguagePicker() {
  const store = useCalculatorStore();
  const language = useCalculator((s) => s.settings.language);
  const t = useWords();
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (!justPicked) return;
    justPicked = false;
    select.current?.focus();
  }, []);
  return (
    <label className="select" htmlFor={id}>
      <span>{t.app.language}</span>
      <select
        id={id}
        ref={select}
        value={language}
        onChange={(e) => {
          const picked = languageOf(e.target.value);
          if (!picked) return;
          justPicked = true;
          pickLanguage(store, picked, () => window.localStorage);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANGUAGE_NAMES[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
