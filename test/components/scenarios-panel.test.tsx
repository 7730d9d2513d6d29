// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import ScenariosPanel from '../../src/components/share/scenarios-panel.tsx';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/index.ts';
import { scenarioStorage, STORAGE_KEY } from '../../src/store/saved-scenarios.ts';
import { FakeStorage } from '../unit/fake-storage.ts';
import { renderWithStore } from './render.tsx';

function setup(fake = new FakeStorage()) {
  const storage = scenarioStorage(() => fake);
  return { fake, user: userEvent.setup(), ...renderWithStore(<ScenariosPanel storage={storage} />) };
}

const item = (name: string) => screen.getByRole('group', { name });

describe('the scenarios panel', () => {
  test('saves the scenario on screen and opens it again after changes', async () => {
    const { user, store } = setup();
    expect(screen.getByText(/Nothing saved yet/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Name this scenario'), 'Board deck');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('status')).toHaveTextContent('Saved “Board deck”.');
    expect(screen.getByLabelText('Name this scenario')).toHaveValue('');

    store.getState().setInput('segments.0.csms', 12);
    await user.click(within(item('Board deck')).getByRole('button', { name: 'Open' }));
    expect(store.getState().inputs).toEqual(DEFAULT_ASSUMPTIONS);
    expect(store.getState().notices).toEqual([]);
  });

  test('renames by keyboard, duplicates and deletes', async () => {
    const { user } = setup();
    await user.type(screen.getByLabelText('Name this scenario'), 'Base{Enter}');
    await user.click(within(item('Base')).getByRole('button', { name: 'Rename' }));
    const rename = screen.getByLabelText('New name for Base');
    expect(rename).toHaveFocus();
    await user.clear(rename);
    await user.type(rename, 'Plan A{Enter}');
    await user.click(within(item('Plan A')).getByRole('button', { name: 'Duplicate' }));
    await user.click(within(item('Plan A')).getByRole('button', { name: 'Delete' }));
    expect(screen.getAllByRole('listitem').map((li) => li.querySelector('.saved-name')?.textContent)).toEqual(
      ['Plan A (2)'],
    );
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Plan A”.');
  });

  test('a damaged list is reported with a way out, and nothing on screen changes', async () => {
    const fake = new FakeStorage();
    fake.data.set(STORAGE_KEY, '{oops');
    const { user, store } = setup(fake);
    store.getState().setInput('segments.0.csms', 9);
    expect(screen.getByRole('status')).toHaveTextContent(/damaged/);
    await user.click(screen.getByRole('button', { name: 'Clear saved scenarios' }));
    expect(screen.getByRole('status')).toHaveTextContent('Saved scenarios cleared.');
    expect(screen.queryByRole('button', { name: 'Clear saved scenarios' })).toBeNull();
    expect(store.getState().inputs.segments[0]!.csms).toBe(9);
  });

  test('an item that cannot be read is named in the message, before and after a save, and kept', async () => {
    const fake = new FakeStorage();
    const damaged = '{"id":"x","name":"\\u0000"}';
    fake.data.set(
      STORAGE_KEY,
      `{"v":1,"scenarios":[{"id":"a","name":"A","savedAt":"2026-01-01T00:00:00Z","link":"v=2"},${damaged}]}`,
    );
    const { user } = setup(fake);
    expect(screen.getByRole('status')).toHaveTextContent('1 saved scenario could not be read');
    await user.type(screen.getByLabelText('Name this scenario'), 'B{Enter}');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Saved “B”. 1 saved scenario could not be read, so it is not shown; it stays stored as it was.',
    );
    expect(screen.getAllByRole('group').map((g) => g.getAttribute('aria-label'))).toEqual(['A', 'B']);
    expect(fake.data.get(STORAGE_KEY)).toContain(damaged);
  });

  test('a name that is only spaces is refused in words', async () => {
    const { user } = setup();
    await user.type(screen.getByLabelText('Name this scenario'), '   {Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('Give the scenario a name to save it.');
  });
});

describe('saving over a name, undoing a delete, the name on screen', () => {
  test('saving under a name already saved asks first, and keeps the old one unless told', async () => {
    const { user, store } = setup();
    await user.type(screen.getByLabelText('Name this scenario'), 'Plan{Enter}');
    const first = store.getState().inputs;
    store.getState().setInput('segments.0.csms', 12);
    await user.type(screen.getByLabelText('Name this scenario'), 'Plan{Enter}');
    const ask = screen.getByRole('group', { name: 'Replace a saved scenario' });
    expect(ask).toHaveTextContent('“Plan” is already saved.');
    await user.click(within(ask).getByRole('button', { name: 'Keep both as they are' }));
    await user.click(within(item('Plan')).getByRole('button', { name: 'Open' }));
    expect(store.getState().inputs).toEqual(first);

    store.getState().setInput('segments.0.csms', 12);
    expect(screen.getByLabelText('Name this scenario')).toHaveValue('Plan');
    await user.type(screen.getByLabelText('Name this scenario'), '{Enter}');
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    expect(screen.getByRole('status')).toHaveTextContent('Saved “Plan”.');
    store.getState().reset();
    await user.click(within(item('Plan')).getByRole('button', { name: 'Open' }));
    expect(store.getState().inputs.segments[0]!.csms).toBe(12);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  test('a deleted scenario can be put back', async () => {
    const { user } = setup();
    await user.type(screen.getByLabelText('Name this scenario'), 'Keep me{Enter}');
    await user.click(within(item('Keep me')).getByRole('button', { name: 'Delete' }));
    expect(screen.queryByRole('group', { name: 'Keep me' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Undo delete' }));
    expect(within(item('Keep me')).getByRole('button', { name: 'Open' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Put back “Keep me”.');
    expect(screen.queryByRole('button', { name: 'Undo delete' })).toBeNull();
  });

  test('opening or saving a scenario names it; one undo takes an opening back whole', async () => {
    const { user, store } = setup();
    await user.type(screen.getByLabelText('Name this scenario'), 'Board deck{Enter}');
    expect(store.getState().scenarioName?.name).toBe('Board deck');
    store.getState().reset();
    await new Promise((r) => setTimeout(r, 0));
    store.getState().setInput('segments.0.csms', 2);
    await user.click(within(item('Board deck')).getByRole('button', { name: 'Open' }));
    expect(store.getState().scenarioName?.name).toBe('Board deck');
    store.getState().undo();
    expect(store.getState().inputs.segments[0]!.csms).toBe(2);
    expect(store.getState().scenarioName).toBeNull();
  });
});
