import { useState } from 'react';
import { decimal } from '../../format.ts';
import { plural } from '../../i18n/plural.ts';
import { useWords } from '../../i18n/use-words.ts';
import { CATALOG, groupFields, GROUPS, type InputKey } from '../../input-catalog.ts';
import { useCalculator } from '../../store/calculator-context.tsx';
import { useFormatting } from '../../store/projection.ts';
import { FEATURED_INPUTS } from '../featured-inputs.ts';

/** Chooses the few inputs a live demo shows; everything else is locked until full mode. */
export default function PresenterPanel({ onClose }: { onClose: () => void }) {
  const setPresenter = useCalculator((s) => s.setPresenter);
  const fmt = useFormatting();
  const t = useWords().share.presenter;
  const [chosen, setChosen] = useState<InputKey[]>([...FEATURED_INPUTS]);
  const toggle = (key: InputKey, on: boolean) =>
    setChosen((list) => (on ? [...list, key] : list.filter((k) => k !== key)));
  return (
    <div className="presenter-setup">
      <h2 className="panel-title">{t.title}</h2>
      <p className="panel-hint">{t.hint}</p>
      <div className="presenter-groups">
        {GROUPS.map((g) => (
          <fieldset key={g.id} className="presenter-group">
            <legend>{g.title}</legend>
            {groupFields(g).map((key) => (
              <label key={key} className="check">
                <input
                  type="checkbox"
                  checked={chosen.includes(key)}
                  onChange={(e) => toggle(key, e.target.checked)}
                />
                <span>{CATALOG[key].label}</span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
      <button
        type="button"
        className="primary"
        disabled={chosen.length === 0}
        onClick={() => {
          // Kept in the catalog's order, so the panel reads the same whatever order boxes were ticked in.
          setPresenter(GROUPS.flatMap(groupFields).filter((k) => chosen.includes(k)));
          onClose();
        }}
      >
        {plural(chosen.length, decimal(fmt, chosen.length, 0), t.start)}
      </button>
    </div>
  );
}
