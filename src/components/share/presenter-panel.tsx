import { useState } from 'react';
import { CATALOG, groupFields, GROUPS, type InputKey } from '../../input-catalog.ts';
import { useCalculator } from '../../store/calculator-context.tsx';
import { FEATURED_INPUTS } from '../featured-inputs.ts';

/** Chooses the few inputs a live demo shows; everything else is locked until full mode. */
export default function PresenterPanel({ onClose }: { onClose: () => void }) {
  const setPresenter = useCalculator((s) => s.setPresenter);
  const [chosen, setChosen] = useState<InputKey[]>([...FEATURED_INPUTS]);
  const toggle = (key: InputKey, on: boolean) =>
    setChosen((list) => (on ? [...list, key] : list.filter((k) => k !== key)));
  return (
    <div className="presenter-setup">
      <h2 className="panel-title">Presenter mode</h2>
      <p className="panel-hint">
        Larger type for a projector, and only the inputs you choose; the rest stay locked. The link carries
        it, so a prepared demo opens ready. With several segments, their tabs stay on screen: a segment’s
        inputs are shown for the segment you choose there.
      </p>
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
        Start presenting ({chosen.length} {chosen.length === 1 ? 'input' : 'inputs'})
      </button>
    </div>
  );
}
