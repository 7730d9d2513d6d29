import { useId } from 'react';
import { useWords } from '../i18n/use-words.ts';
import { PRESETS } from '../store/presets.ts';
import { CURRENCIES, localeChoices, localeName } from '../store/settings.ts';
import { useCalculator } from '../store/calculator-context.tsx';
import { LanguagePicker } from './language-picker.tsx';
import { UndoRedo } from './undo-redo.tsx';

/** Undo, presets, reset and how numbers are shown. */
export function Toolbar() {
  const applyPreset = useCalculator((s) => s.applyPreset);
  const reset = useCalculator((s) => s.reset);
  const settings = useCalculator((s) => s.settings);
  const updateSettings = useCalculator((s) => s.updateSettings);
  const id = useId();
  const t = useWords().app.toolbar;
  return (
    <div className="toolbar">
      <div className="toolbar-group">
        <UndoRedo />
        <label className="select">
          <span className="visually-hidden">{t.preset}</span>
          <select
            value=""
            onChange={(e) => {
              if (e.target.value) applyPreset(e.target.value);
            }}
          >
            <option value="">{t.loadPreset}</option>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id} title={p.description}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={reset}>
          {t.reset}
        </button>
      </div>
      <div className="toolbar-group">
        <LanguagePicker />
        <label className="select" htmlFor={`${id}-cur`}>
          <span>{t.currency}</span>
          <select
            id={`${id}-cur`}
            value={settings.currency}
            onChange={(e) => updateSettings({ currency: e.target.value })}
          >
            {CURRENCIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </select>
        </label>
        <label className="select" htmlFor={`${id}-loc`}>
          <span>{t.format}</span>
          <select
            id={`${id}-loc`}
            value={settings.locale}
            onChange={(e) => updateSettings({ locale: e.target.value })}
          >
            {localeChoices(settings.locale).map((l) => (
              <option key={l} value={l}>
                {localeName(l)} ({l})
              </option>
            ))}
          </select>
        </label>
        <label className="select" htmlFor={`${id}-theme`}>
          <span>{t.theme}</span>
          <select
            id={`${id}-theme`}
            // public/first-paint.js sets the build-time page's menu to the stored choice.
            data-theme-menu=""
            value={settings.theme}
            onChange={(e) => updateSettings({ theme: e.target.value })}
          >
            <option value="system">{t.themes.system}</option>
            <option value="light">{t.themes.light}</option>
            <option value="dark">{t.themes.dark}</option>
          </select>
        </label>
      </div>
    </div>
  );
}
