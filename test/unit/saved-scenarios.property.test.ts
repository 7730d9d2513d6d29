import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  cleanName,
  MAX_NAME_LENGTH,
  scenarioStorage,
  STORAGE_KEY,
  type ScenarioStorage,
} from '../../src/store/saved-scenarios.ts';
import { FakeStorage } from './fake-storage.ts';

// JSON text written by hand, not by JSON.stringify: the literals a re-serialisation would change are the point.
const space = fc.constantFrom('', ' ', '\n\t', '\r\n  ');
const numberText = fc.oneof(
  fc.constantFrom('-0', '0', '0.0', '5e-324', '-5e-324', '1e308', '-1e308', '1E+2', '1e400', '-1234.5'),
  fc.constantFrom('12345678901234567890', '2.2250738585072014e-308'),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
);
const stringText = fc.oneof(
  fc.string({ unit: 'binary' }).map((s) => JSON.stringify(s)),
  fc.constantFrom('"NaN"', '"-0"', '"Infinity"', '"\\u0041"', '"\\ud800"', '"__proto__"', '"\\"\\\\\\/"'),
);
const keyText = fc
  .oneof(
    fc.constantFrom(
      '__proto__',
      'constructor',
      'toString',
      'id',
      'name',
      'savedAt',
      'link',
      'v',
      'scenarios',
    ),
    fc.string(),
  )
  .map((k) => (k === 'id' ? '"\\u0069d"' : JSON.stringify(k)));
const spaced = <T extends string>(a: fc.Arbitrary<T>) => fc.tuple(space, a, space).map((p) => p.join(''));

const { json } = fc.letrec<{ json: string }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small' },
    numberText,
    stringText,
    fc.constantFrom('true', 'false', 'null'),
    fc.array(spaced(tie('json')), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(spaced(keyText), spaced(tie('json'))), { maxLength: 4 })
      .map((members) => `{${members.map(([k, v]) => `${k}:${v}`).join(',')}}`),
  ),
}));

/** A readable scenario (its id is given by its place in the list), with extra members of any kind. */
const scenarioItem = fc
  .tuple(
    fc.constantFrom('\u{1F469}\u200D\u{1F469}\u200D\u{1F467}', 'خطة\u200F', 'می\u200Cخواهم', 'Plan'),
    fc.array(fc.tuple(keyText, json), { maxLength: 2 }),
  )
  .filter(([, extra]) => extra.every(([k]) => !['"\\u0069d"', '"name"', '"savedAt"', '"link"'].includes(k)))
  .map(([word, extra]) => (at: number) => {
    // Longer than any string the other items hold, so no other item has this id.
    const id = `saved-scenario-number-${at}`;
    const members = extra.map(([k, v]) => `,${k}:${v}`).join('');
    const text = `{"id":"${id}","name":"${word} ${at}","savedAt":"2026-01-01T00:00:00Z","link":"v=2"${members}}`;
    return { id, text };
  });

const item = fc.oneof(
  scenarioItem,
  json.map((text) => () => ({ id: null, text })),
);

/** A readable list: its items, and how the list around them is written. */
const storedList = fc.record({
  items: fc.array(item, { maxLength: 8 }).map((items) => items.map((make, at) => make(at))),
  version: fc.constantFrom('1', '1.0', '1e0'),
  // A key written twice counts where it is written last.
  decoy: fc.constantFrom('', '"scenarios":[1,2],'),
  extra: fc.option(
    fc
      .tuple(keyText, json)
      .filter(([k]) => k !== '"v"' && k !== '"scenarios"')
      .map(([k, v]) => `,${k}:${v}`),
    { nil: '' },
  ),
  gap: space,
});
type StoredList = typeof storedList extends fc.Arbitrary<infer T> ? T : never;

const textOf = (l: StoredList) =>
  `{${l.gap}${l.decoy}"v":${l.version},${l.gap}"scenarios":${l.gap}[${l.items
    .map((i) => `${l.gap}${i.text}`)
    .join(',')}${l.gap}]${l.extra}${l.gap}}`;

type Action = 'save new' | 'save over' | 'rename' | 'duplicate' | 'delete';
const act: Record<Action, (s: ScenarioStorage, id: string, name: string) => unknown> = {
  'save new': (s) => s.save('Fresh plan \u2713', 'v=2&h=12'),
  'save over': (s, _, name) => s.save(name, 'v=2&h=12'),
  rename: (s, id) => s.rename(id, 'Renamed \u2713'),
  duplicate: (s, id) => s.duplicate(id),
  delete: (s, id) => s.remove(id),
};

const storedItems = (text: string) => (JSON.parse(text) as { scenarios: unknown[] }).scenarios;

describe('the storage codec', () => {
  test('reading never throws, and a list that cannot be read is never written over', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      json,
      storedList.chain((l) => fc.nat(textOf(l).length).map((cut) => textOf(l).slice(0, cut))),
      storedList.map((l) => textOf(l).replace('"v":', '"v":2,"w":')),
    );
    fc.assert(
      fc.property(anyText, fc.constantFrom(...(Object.keys(act) as Action[])), (junk, action) => {
        const fake = new FakeStorage();
        fake.data.set(STORAGE_KEY, junk);
        const storage = scenarioStorage(() => fake);
        const before = storage.list();
        act[action](storage, 'x', 'x');
        if (!before.ok) expect(fake.data.get(STORAGE_KEY)).toBe(junk);
      }),
      { numRuns: 300 },
    );
  });

  test('a write keeps every stored item it does not touch, byte for byte and in order', () => {
    fc.assert(
      fc.property(
        storedList,
        fc.constantFrom(...(Object.keys(act) as Action[])),
        fc.nat(),
        (list, action, pick) => {
          const fake = new FakeStorage();
          fake.data.set(STORAGE_KEY, textOf(list));
          const storage = scenarioStorage(() => fake);
          const shown = storage.list();
          expect(shown.ok).toBe(true);
          const ours = list.items.flatMap((i, at) => (i.id === null ? [] : [{ ...i, at }]));
          const target = ours[pick % Math.max(ours.length, 1)];
          if (!target && action !== 'save new') return;
          const name = shown.ok ? (shown.scenarios.find((s) => s.id === target?.id)?.name ?? '') : '';
          if (target) expect(name).not.toBe('');
          const before = storedItems(textOf(list));
          expect(act[action](storage, target?.id ?? '', name)).toMatchObject({ ok: true });
          const text = fake.data.get(STORAGE_KEY)!;
          const after = storedItems(text);

          const changes = action === 'rename' || action === 'save over';
          // The item changed in place or deleted; a new one goes at the end.
          const touched = changes || action === 'delete' ? target!.at : -1;
          const added = action === 'save new' || action === 'duplicate' ? 1 : 0;
          expect(after).toHaveLength(before.length + added - (action === 'delete' ? 1 : 0));
          const kept = list.items.filter((_, at) => at !== touched);
          const keptBefore = before.filter((_, at) => at !== touched);
          const keptAfter = changes ? after.filter((_, at) => at !== touched) : after;
          // Untouched items: the same text, in the same order, and the same value (-0 stays -0).
          let from = 0;
          for (const i of kept) {
            const at = text.indexOf(i.text, from);
            expect(at, i.text).toBeGreaterThanOrEqual(from);
            from = at + i.text.length;
          }
          expect(keptAfter.slice(0, kept.length)).toEqual(keptBefore);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a clean name is clean again, fits, and holds no lone surrogate or line break', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 90 }),
          fc.string({ unit: 'grapheme', maxLength: 40 }),
          // The pieces that matter, often enough to meet at the cut.
          fc.string({
            unit: fc.constantFrom(
              'x',
              ' ',
              '\u200D',
              '\u200F',
              '\u{1F469}',
              '\u0651',
              '\uD800',
              '\n',
              '\u202E',
            ),
            minLength: 50,
            maxLength: 70,
          }),
        ),
        (raw) => {
          const name = cleanName(raw);
          expect(cleanName(name)).toBe(name);
          expect(name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
          expect(name).not.toMatch(/[\p{Cc}\p{Cs}\u2028\u2029]/u);
          if (raw.length <= MAX_NAME_LENGTH && !/[\p{Cc}\p{Cs}\p{Z}\s\u202A-\u202E\u2066-\u2069]/u.test(raw))
            expect(name).toBe(raw);
        },
      ),
      { numRuns: 500 },
    );
  });
});
