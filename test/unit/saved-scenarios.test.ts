import { describe, expect, test } from 'vitest';
import {
  cleanName,
  MAX_SCENARIOS,
  scenarioStorage,
  STORAGE_KEY,
  type ScenarioStorage,
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

  test('damaged items are left out of the list one by one and counted', () => {
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
    expect(r.ok && r.notes).toEqual([
      '6 saved scenarios could not be read, so they are not shown; they stay stored as they were.',
    ]);
  });

  test(`keeps at most ${MAX_SCENARIOS}`, () => {
    const { storage } = setup();
    for (let i = 0; i < MAX_SCENARIOS; i++) storage.save(`S${i}`, 'v=2');
    expect(names(storage.save('One more', 'v=2'))).toMatch(/already 50 saved scenarios/);
  });

  test('names are one printable line', () => {
    expect(cleanName('  a\u202Eb\r\nc  ')).toBe('a b c');
    expect(cleanName('x'.repeat(200))).toHaveLength(60);
    expect(cleanName('a\u2066b\u2028c\u0085d')).toBe('a b c d');
  });

  test('names in any script keep the characters that script needs, and are cut between whole characters', () => {
    const family = 'Family \u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466} plan';
    const arabic = 'خطة \u200F2026\u200F أ';
    const persian = 'می\u200Cخواهم';
    for (const name of [family, arabic, persian]) expect(cleanName(name)).toBe(name);
    // 59 letters and a four-person family (11 UTF-16 units): the family goes whole, not in pieces.
    expect(cleanName(`${'x'.repeat(55)}\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}`)).toBe(
      'x'.repeat(55),
    );
    const emoji = cleanName('\u{1F600}'.repeat(40));
    expect(emoji).toBe('\u{1F600}'.repeat(30));
    expect(cleanName(`${'x'.repeat(59)} y`)).toBe('x'.repeat(59));
    expect(cleanName('a\uD800b')).toBe('a b');
  });

  test('names with emoji joiners and direction marks are saved, read back and duplicated', () => {
    const { storage, fake } = setup();
    const family = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466} Family plan';
    const arabic = 'خطة النمو\u200F 2026';
    storage.save(family, 'v=2&h=36');
    const saved = storage.save(arabic, 'v=2&h=48');
    expect(names(scenarioStorage(() => fake).list())).toEqual([family, arabic]);
    const long = '\u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'.repeat(5);
    const id = saved.ok ? saved.scenarios[1]!.id : '';
    storage.rename(id, long);
    storage.duplicate(id);
    const reread = scenarioStorage(() => fake).list();
    expect(names(reread)).toEqual([family, long, `${long.slice(0, 44)} (2)`]);
    expect(reread.ok && reread.notes).toEqual([]);
  });
});

describe('saved scenarios that cannot be read', () => {
  const scenario = (id: string, name: string) => ({
    id,
    name,
    savedAt: '2026-01-01T00:00:00.000Z',
    link: 'v=2',
  });
  // Damaged, and written in ways a parse and re-serialise would change: -0, 1.0, a big integer, an escape.
  const damaged = '{ "id":"x", "name": 5, "n": -0, "f": 1.0, "big": 12345678901234567890, "e": "\\u0041" }';

  function withDamaged() {
    const { storage, fake } = setup();
    fake.data.set(STORAGE_KEY, `{"v":1,"scenarios":[${JSON.stringify(scenario('a', 'A'))}, ${damaged}]}`);
    return { storage, fake, stored: () => fake.data.get(STORAGE_KEY)! };
  }
  const storedNames = (text: string) =>
    (JSON.parse(text) as { scenarios: { name: unknown }[] }).scenarios.map((s) => s.name);

  test('a save keeps the damaged item byte for byte and says it is there', () => {
    const { storage, stored } = withDamaged();
    const r = storage.save('B', 'v=2');
    expect(names(r)).toEqual(['A', 'B']);
    expect(r.ok && r.notes).toEqual([
      '1 saved scenario could not be read, so it is not shown; it stays stored as it was.',
    ]);
    expect(stored()).toContain(damaged);
    expect(storedNames(stored())).toEqual(['A', 5, 'B']);
  });

  test.each([
    ['rename', (s: ScenarioStorage) => s.rename('a', 'A2'), ['A2', 5]],
    ['duplicate', (s: ScenarioStorage) => s.duplicate('a'), ['A', 5, 'A (2)']],
    ['delete', (s: ScenarioStorage) => s.remove('a'), [5]],
  ])('%s keeps the damaged item byte for byte', (_, action, after) => {
    const { storage, stored } = withDamaged();
    expect(action(storage).ok).toBe(true);
    expect(stored()).toContain(damaged);
    expect(storedNames(stored())).toEqual(after);
  });

  test('a second item with the same id is kept, not shown', () => {
    const { storage, fake } = setup();
    const twin = JSON.stringify(scenario('a', 'Twin'));
    fake.data.set(STORAGE_KEY, `{"v":1,"scenarios":[${JSON.stringify(scenario('a', 'A'))},${twin}]}`);
    expect(names(storage.remove('a'))).toEqual([]);
    expect(fake.data.get(STORAGE_KEY)).toBe(`{"v":1,"scenarios":[${twin}]}`);
  });

  test(`all of 10,000 stored scenarios stay when the first ${MAX_SCENARIOS} are shown and one is renamed`, () => {
    const { storage, fake } = setup();
    const many = Array.from({ length: 10_000 }, (_, i) => scenario(`id${i}`, `S${i}`));
    fake.data.set(STORAGE_KEY, JSON.stringify({ v: 1, scenarios: many }));
    const r = storage.list();
    expect(r.ok && r.scenarios).toHaveLength(MAX_SCENARIOS);
    expect(r.ok && r.notes).toEqual([
      'Only the first 50 of 10000 saved scenarios are shown; the others stay stored.',
    ]);
    expect(names(storage.rename('id3', 'Renamed')).slice(0, 4)).toEqual(['S0', 'S1', 'S2', 'Renamed']);
    const after = (JSON.parse(fake.data.get(STORAGE_KEY)!) as { scenarios: { id: string; name: string }[] })
      .scenarios;
    expect(after).toHaveLength(10_000);
    expect(after.map((s) => s.id)).toEqual(many.map((s) => s.id));
    expect(after.filter((s, i) => s.name !== many[i]!.name)).toEqual([{ ...many[3], name: 'Renamed' }]);
  });
});
