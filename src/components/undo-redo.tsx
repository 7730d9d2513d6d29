import { useEffect } from 'react';
import type { CalculatorStore } from '../store/calculator-store.ts';
import { useCalculator, useCalculatorStore } from '../store/calculator-context.tsx';
import { useWords } from '../i18n/use-words.ts';

/** A field where the browser's own undo belongs to the text being typed, not to the scenario. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['range', 'checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file'].includes(target.type);
}

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, anywhere on the page but in a text field. */
export function undoKeyHandler(store: CalculatorStore) {
  return (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || isTextField(e.target)) return;
    const key = e.key.toLowerCase();
    const redo = (key === 'z' && e.shiftKey) || (key === 'y' && e.ctrlKey && !e.shiftKey);
    if (!redo && !(key === 'z' && !e.shiftKey)) return;
    e.preventDefault();
    if (redo) store.getState().redo();
    else store.getState().undo();
  };
}

export function useUndoKeys(): void {
  const store = useCalculatorStore();
  useEffect(() => {
    const onKeyDown = undoKeyHandler(store);
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}

/** Undo and redo buttons, each disabled when there is no step to take. */
export function UndoRedo() {
  const canUndo = useCalculator((s) => s.history.past.length > 0);
  const canRedo = useCalculator((s) => s.history.future.length > 0);
  const undo = useCalculator((s) => s.undo);
  const redo = useCalculator((s) => s.redo);
  const t = useWords().inputs.undo;
  return (
    <span className="undo-redo" role="group" aria-label={t.group}>
      <button type="button" onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z Meta+Z">
        {t.undo}
      </button>
      <button
        type="button"
        onClick={redo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
      >
        {t.redo}
      </button>
    </span>
  );
}

/** The name of the preset or saved scenario on screen, and whether it has been changed since. */
export function ScenarioNameLabel() {
  const named = useCalculator((s) => s.scenarioName);
  const edited = useCalculator((s) => s.scenarioName !== null && s.scenarioName.inputs !== s.inputs);
  const t = useWords().inputs.scenario;
  if (!named) return null;
  return (
    <p className="scenario-name" data-scenario-name>
      <span className="visually-hidden">{t.label}</span>
      {named.name}
      {edited && <span className="scenario-edited">{t.edited}</span>}
    </p>
  );
}
