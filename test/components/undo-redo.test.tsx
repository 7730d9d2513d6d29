// @vitest-environment jsdom
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { Toolbar } from '../../src/components/toolbar.tsx';
import { ScenarioNameLabel, useUndoKeys } from '../../src/components/undo-redo.tsx';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/index.ts';
import { renderWithStore } from './render.tsx';

function Page() {
  useUndoKeys();
  return (
    <>
      <Toolbar />
      <ScenarioNameLabel />
      <input aria-label="Some text" />
      <input type="range" aria-label="A slider" />
    </>
  );
}

const nextTask = () => new Promise((r) => setTimeout(r, 0));

describe('undo and redo on the page', () => {
  test('the buttons undo and redo a preset, and are disabled with nothing to take', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<Page />);
    const undo = screen.getByRole('button', { name: 'Undo' });
    const redo = screen.getByRole('button', { name: 'Redo' });
    expect(undo).toBeDisabled();
    expect(redo).toBeDisabled();
    await user.selectOptions(screen.getByLabelText('Preset'), 'understaffed');
    const named = () => document.querySelector('[data-scenario-name]');
    expect(named()).toHaveTextContent('Scenario: Understaffed CS team');
    expect(undo).toBeEnabled();
    await user.click(undo);
    expect(store.getState().inputs).toBe(DEFAULT_ASSUMPTIONS);
    expect(named()).toBeNull();
    expect(redo).toBeEnabled();
    await user.click(redo);
    expect(named()).toHaveTextContent('Understaffed CS team');
    store.getState().setInput('segments.0.csms', 4);
    await nextTask();
    expect(named()).toHaveTextContent('Understaffed CS team (edited)');
  });

  test('Ctrl/Cmd+Z and Ctrl+Shift+Z / Ctrl+Y, but not while typing in a text field', async () => {
    const { store } = renderWithStore(<Page />);
    store.getState().setInput('segments.0.csms', 9);
    await nextTask();
    const changed = store.getState().inputs;
    fireEvent.keyDown(screen.getByLabelText('Some text'), { key: 'z', ctrlKey: true });
    expect(store.getState().inputs).toBe(changed);
    fireEvent.keyDown(screen.getByLabelText('A slider'), { key: 'z', ctrlKey: true });
    expect(store.getState().inputs).toBe(DEFAULT_ASSUMPTIONS);
    fireEvent.keyDown(document.body, { key: 'Z', metaKey: true, shiftKey: true });
    expect(store.getState().inputs).toBe(changed);
    fireEvent.keyDown(document.body, { key: 'z', metaKey: true });
    expect(store.getState().inputs).toBe(DEFAULT_ASSUMPTIONS);
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    expect(store.getState().inputs).toBe(changed);
    fireEvent.keyDown(document.body, { key: 'z' });
    expect(store.getState().inputs).toBe(changed);
  });
});
