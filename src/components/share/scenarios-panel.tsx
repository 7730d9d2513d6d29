import { useId, useState, type FormEvent } from 'react';
import { useCalculatorStore } from '../../store/calculator-context.tsx';
import { loadLink } from '../../store/load-link.ts';
import {
  cleanName,
  MAX_NAME_LENGTH,
  type SavedScenario,
  type ScenarioStorage,
} from '../../store/saved-scenarios.ts';
import { linkOf } from '../../store/url-sync.ts';
import { useSavedScenarios } from './use-saved-scenarios.ts';

/** Name, save, open, rename, duplicate and delete scenarios kept in this browser. */
export default function ScenariosPanel({ storage }: { storage?: ScenarioStorage; onClose?: () => void }) {
  const store = useCalculatorStore();
  const saved = useSavedScenarios(storage);
  const [name, setName] = useState('');
  /** A name already saved, waiting for the person to say whether to replace it. */
  const [replacing, setReplacing] = useState<string | null>(null);
  /** The scenario deleted last, which "Undo delete" puts back. */
  const [deleted, setDeleted] = useState<SavedScenario | null>(null);
  const id = useId();

  const write = (rawName: string) => {
    const clean = cleanName(rawName);
    if (saved.run((s) => s.save(rawName, linkOf(store)), `Saved “${clean}”.`)) {
      setName('');
      store.getState().nameScenario(clean);
    }
    setReplacing(null);
  };
  const save = (e: FormEvent) => {
    e.preventDefault();
    const clean = cleanName(name);
    if (saved.scenarios.some((s) => s.name === clean)) setReplacing(clean);
    else write(name);
  };
  const open = (s: SavedScenario) => {
    loadLink(store, s.link, `Saved scenario “${s.name}”`);
    // In the same task as the load: one undo takes back both.
    store.getState().nameScenario(s.name);
    saved.run((st) => st.list(), `Opened “${s.name}”.`);
  };
  const remove = (s: SavedScenario) => {
    if (saved.run((st) => st.remove(s.id), `Deleted “${s.name}”.`)) setDeleted(s);
  };
  const undoDelete = (s: SavedScenario) => {
    saved.run((st) => st.restore(s), `Put back “${s.name}”.`);
    setDeleted(null);
  };

  return (
    <div className="scenarios">
      <h2 className="panel-title">Saved scenarios</h2>
      <form className="save-form" onSubmit={save}>
        <label htmlFor={`${id}-name`}>Name this scenario</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={MAX_NAME_LENGTH}
          placeholder="e.g. Board deck, conservative"
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="primary">
          Save
        </button>
      </form>
      {replacing !== null && (
        <p className="confirm" role="group" aria-label="Replace a saved scenario">
          <span>“{replacing}” is already saved. Replace it with the scenario on screen?</span>
          <button type="button" className="primary" onClick={() => write(replacing)}>
            Replace
          </button>
          <button type="button" onClick={() => setReplacing(null)}>
            Keep both as they are
          </button>
        </p>
      )}
      <p className="panel-message" role="status">
        {saved.message}
        {deleted && saved.message.startsWith(`Deleted “${deleted.name}”.`) && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => undoDelete(deleted)}>
              Undo delete
            </button>
          </>
        )}
      </p>
      {saved.unreadable && (
        <button type="button" onClick={() => saved.run((s) => s.clear(), 'Saved scenarios cleared.')}>
          Clear saved scenarios
        </button>
      )}
      {saved.scenarios.length === 0 && !saved.unreadable ? (
        <p className="panel-empty">Nothing saved yet. Saved scenarios stay in this browser only.</p>
      ) : (
        <ul className="saved-list" aria-label="Saved scenarios">
          {saved.scenarios.map((s) => (
            <SavedItem
              key={s.id}
              scenario={s}
              onOpen={() => open(s)}
              onDelete={() => remove(s)}
              saved={saved}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function SavedItem({
  scenario: s,
  onOpen,
  onDelete,
  saved,
}: {
  scenario: SavedScenario;
  onOpen: () => void;
  onDelete: () => void;
  saved: ReturnType<typeof useSavedScenarios>;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  const when = new Date(s.savedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  const rename = (e: FormEvent) => {
    e.preventDefault();
    if (draft !== null && saved.run((st) => st.rename(s.id, draft), `Renamed to “${draft.trim()}”.`))
      setDraft(null);
  };
  if (draft !== null) {
    return (
      <li className="saved-item">
        <form className="rename-form" onSubmit={rename}>
          <label htmlFor={`${id}-rename`} className="visually-hidden">
            New name for {s.name}
          </label>
          <input
            id={`${id}-rename`}
            value={draft}
            maxLength={MAX_NAME_LENGTH}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Escape') setDraft(null);
            }}
            autoFocus
          />
          <button type="submit">Save name</button>
          <button type="button" onClick={() => setDraft(null)}>
            Cancel
          </button>
        </form>
      </li>
    );
  }
  return (
    <li className="saved-item" data-scenario={s.name}>
      <span className="saved-name">{s.name}</span>
      <span className="saved-when">{when}</span>
      <span className="saved-actions" role="group" aria-label={s.name}>
        <button type="button" onClick={onOpen}>
          Open
        </button>
        <button type="button" onClick={() => setDraft(s.name)}>
          Rename
        </button>
        <button
          type="button"
          onClick={() => saved.run((st) => st.duplicate(s.id), `Duplicated “${s.name}”.`)}
        >
          Duplicate
        </button>
        <button type="button" onClick={onDelete}>
          Delete
        </button>
      </span>
    </li>
  );
}
