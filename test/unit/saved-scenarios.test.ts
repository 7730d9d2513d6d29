import { describe, expect, test } from 'vitest';
import {
  cleanName,
  MAX_SCENARIOS,
  scenarioStorage,
  STORAGE_KEY,
  type StorageResult,
} from '../../src/store/saved-scenarios.ts';
import { FakeStorage } from './fake-storage.ts';

function setup() {
  const fake = new FakeStorage();
  return { fake, storage: scenarioStorage(() => fake) };
}

const names = (r: StorageResult) => (r.ok ? r.scenarios.map((s) => s.name) : r.message);

describe('saved scenarios', () => {
  test('save, rename, duplicate and delete survive a fresh read', () => {
    const { storage, fake } = setup();
    storage.save('Board deck', 'v=2&h=36');
    const saved = storage.save('Stretch case', 'v=2&h=48');
    expect(names(saved)).toEqual(['Board deck', 'Stretch case']);
    const id = saved.ok ? saved.scenarios[0]!.id : '';
    storage.rename(id, '  Board\tdeck\n Q3 ');
    storage.duplicate(id);
    const reread = scenarioStorage(() => fake).list();
    expect(names(reread)).toEqual(['Board deck Q3', 'Stretch case', 'Board deck Q3 (2)']);
    storage.remove(id);
    expect(names(storage.list())).toEqual(['Stretch case', 'Board deck Q3 (2)']);
  });

  test('saving under an existing name updates that scenario', () => {
    const { storage } = setup();
    storage.save('Base', 'v=2&h=12');
    const r = storage.save('Base', 'v=2&h=24');
    expect(r.ok && r.scenarios.map((s) => s.link)).toEqual(['v=2&h=24']);
  });

  test('rename refuses a name another scenario has, and an empty name', () => {
    const { storage } = setup();
    storage.save('A', 'v=2');
    const r = storage.save('B', 'v=2');
    const b = r.ok ? r.scenarios[1]!.id : '';
    expect(names(storage.rename(b, 'A'))).toMatch(/already a scenario called “A”/);
    expect(names(storage.rename(b, ' \u0000 '))).toMatch(/needs a name/);
  });

  test('a full storage says so and keeps the list as it was', () => {
    const { storage, fake } = setup();
    storage.save('Kept', 'v=2');
    fake.failWrites = 'QuotaExceededError';
    expect(names(storage.save('New', 'v=2'))).toMatch(/storage is full, so “New” was not saved/);
    fake.failWrites = null;
    expect(names(storage.list())).toEqual(['Kept']);
  });

  test('blocked storage (sandboxed frame, private mode) says so on read and write', () => {
    const blocked = scenarioStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(names(blocked.list())).toMatch(/does not let the calculator save here/);
    expect(names(blocked.save('X', 'v=2'))).toMatch(/does not let the calculator save here/);
    const { storage, fake } = setup();
    fake.failReads = 'SecurityError';
    expect(names(storage.list())).toMatch(/scenario on screen is unchanged/);
  });

  test('damaged JSON is reported, never overwritten by a save, and can be cleared', () => {
    for (const junk of ['{not json', 'null', '[]', '{"v":1,"scenarios":"x"}', '{"v":0}']) {
      const { storage, fake } = setup();
      fake.data.set(STORAGE_KEY, junk);
      expect(names(storage.list())).toMatch(/damaged/);
      expect(names(storage.save('New', 'v=2'))).toMatch(/damaged/);
      expect(fake.data.get(STORAGE_KEY)).toBe(junk);
      expect(names(storage.clear())).toEqual([]);
      expect(names(storage.save('New', 'v=2'))).toEqual(['New']);
    }
  });

  test('a list from a newer version is left alone', () => {
    const { storage, fake } = setup();
    fake.data.set(STORAGE_KEY, '{"v":7,"scenarios":[]}');
    expect(names(storage.list())).toMatch(/newer version/);
    expect(names(storage.save('X', 'v=2'))).toMatch(/newer version/);
  });

  test('damaged items are dropped one by one and counted', () => {
    const { storage, fake } = setup();
    const good = { id: 'a', name: 'Good', savedAt: '2026-01-01T00:00:00.000Z', link: 'v=2' };
    const bad = [
      { ...good, id: 'b', name: '<img src=x onerror=alert(1)>\n' },
      { ...good, id: 'c', savedAt: 'yesterday' },
      { ...good, id: 'd', link: 5 },
      { ...good, id: '' },
      'text',
      null,
    ];
    fake.data.set(STORAGE_KEY, JSON.stringify({ v: 1, scenarios: [good, ...bad] }));
    const r = storage.list();
    expect(names(r)).toEqual(['Good']);
    expect(r.ok && r.notes).toEqual(['6 saved scenarios were damaged and left out.']);
  });

  test(`keeps at most ${MAX_SCENARIOS}`, () => {
    const { storage } = setup();
    for (let i = 0; i < MAX_SCENARIOS; i++) storage.save(`S${i}`, 'v=2');
    expect(names(storage.save('One more', 'v=2'))).toMatch(/already 50 saved scenarios/);
  });

  test('names are one printable line', () => {
    expect(cleanName('  a\u202Eb\r\nc  ')).toBe('a b c');
    expect(cleanName('x'.repeat(200))).toHaveLength(60);
  });
});
