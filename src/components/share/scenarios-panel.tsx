import { useId, useState, type FormEvent } from 'react';
import { useWords } from '../../i18n/use-words.ts';
import { useCalculator, useCalculatorStore } from '../../store/calculator-context.tsx';
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
  const t = useWords().share.scenarios;
  const [name, setName] = useState('');
  /** A name already saved, waiting for the person to say whether to replace it. */
  const [replacing, setReplacing] = useState<string | null>(null);
  /** The scenario deleted last, which "Undo delete" puts back. */
  const [deleted, setDeleted] = useState<SavedScenario | null>(null);
  const id = useId();

  const write = (rawName: string) => {
    const clean = cleanName(rawName);
    if (saved.run((s) => s.save(rawName, linkOf(store)), t.saved(clean))) {
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
    loadLink(store, s.link, t.source(s.name));
    // In the same task as the load: one undo takes back both.
    store.getState().nameScenario(s.name);
    saved.run((st) => st.list(), t.opened(s.name));
  };
  const remove = (s: SavedScenario) => {
    if (saved.run((st) => st.remove(s.id), t.deleted(s.name))) setDeleted(s);
  };
  const undoDelete = (s: SavedScenario) => {
    saved.run((st) => st.restore(s), t.putBack(s.name));
    setDeleted(null);
  };

  return (
    <div className="scenarios">
      <h2 className="panel-title">{t.title}</h2>
      <form className="save-form" onSubmit={save}>
        <label htmlFor={`${id}-name`}>{t.name}</label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={MAX_NAME_LENGTH}
          placeholder={t.namePlaceholder}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="primary">
          {t.save}
        </button>
      </form>
      {replacing !== null && (
        <p className="confirm" role="group" aria-label={t.replaceGroup}>
          <span>{t.replaceQuestion(replacing)}</span>
          <button type="button" className="primary" onClick={() => write(replacing)}>
            {t.replace}
          </button>
          <button type="button" onClick={() => setReplacing(null)}>
            {t.keepBoth}
          </button>
        </p>
      )}
      <p className="panel-message" role="status">
        {saved.message}
        {deleted && saved.message.startsWith(t.deleted(deleted.name)) && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => undoDelete(deleted)}>
              {t.undoDelete}
            </button>
          </>
        )}
      </p>
      {saved.unreadable && (
        <button type="button" onClick={() => saved.run((s) => s.clear(), t.cleared)}>
          {t.clear}
        </button>
      )}
      {saved.scenarios.length === 0 && !saved.unreadable ? (
        <p className="panel-empty">{t.empty}</p>
      ) : (
        <ul className="saved-list" aria-label={t.list}>
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
  const t = useWords().share.scenarios;
  const locale = useCalculator((st) => st.settings.locale);
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  // NOTE: the date is written in the page's number format (Settings.locale), as every number is.
  const when = new Date(s.savedAt).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const rename = (e: FormEvent) => {
    e.preventDefault();
    if (draft !== null && saved.run((st) => st.rename(s.id, draft), t.renamed(draft.trim()))) setDraft(null);
  };
  if (draft !== null) {
    return (
      <li className="saved-item">
        <form className="rename-form" onSubmit={rename}>
          <label htmlFor={`${id}-rename`} className="visually-hidden">
            {t.newName(s.name)}
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
          <button type="submit">{t.saveName}</button>
          <button type="button" onClick={() => setDraft(null)}>
            {t.cancel}
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
          {t.open}
        </button>
        <button type="button" onClick={() => setDraft(s.name)}>
          {t.rename}
        </button>
        <button type="button" onClick={() => saved.run((st) => st.duplicate(s.id), t.duplicated(s.name))}>
          {t.duplicate}
        </button>
        <button type="button" onClick={onDelete}>
          {t.delete}
        </button>
      </span>
    </li>
  );
}
