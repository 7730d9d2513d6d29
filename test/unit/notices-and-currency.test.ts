import { beforeEach, describe, expect, test } from 'vitest';
import { createCalculatorStore, type CalculatorStore } from '../../src/store/calculator-store.ts';

let store: CalculatorStore;
beforeEach(() => {
  store = createCalculatorStore();
});

describe('notices', () => {
  test('more than fit are summarised in one, never dropped', () => {
    const texts = Array.from({ length: 9 }, (_, i) => `Notice ${i + 1}.`);
    store.getState().notify(texts.slice(0, 3));
    store.getState().notify(texts.slice(3));
    const { notices } = store.getState();
    expect(notices).toHaveLength(4);
    expect(notices[0]!.text).toBe(`6 earlier notices: ${texts.slice(0, 6).join(' ')}`);
    expect(notices.slice(1).map((n) => n.text)).toEqual(texts.slice(6));
  });
});

describe('currency codes', () => {
  test('a code that names no currency is refused with a notice; a real one not in the menu is used', () => {
    store.getState().updateSettings({ currency: 'ZZZ' }, 'The link');
    expect(store.getState().settings.currency).toBe('USD');
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'The link: The currency “ZZZ” is not known, so USD is used.',
    ]);
    store.getState().updateSettings({ currency: 'nok' });
    expect(store.getState().settings.currency).toBe('NOK');
  });
});
