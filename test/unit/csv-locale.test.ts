import { describe, expect, test } from 'vitest';
import { csvStyleFor, localeKpiCsv, toLocaleCsv } from '../../src/export/csv-locale.ts';
import { DEFAULT_ASSUMPTIONS } from '../../src/model/index.ts';
import { projectionOf } from '../../src/store/projection-of.ts';

describe('CSV in the person’s locale', () => {
  test('locales that write 1,5 get ";" and a decimal comma; the others the plain file', () => {
    for (const locale of ['de-DE', 'fr-FR', 'es-ES', 'nl-NL', 'pt-BR', 'sv-SE'])
      expect(csvStyleFor(locale), locale).toEqual({ separator: ';', decimal: ',' });
    for (const locale of ['en-US', 'en-GB', 'ja-JP', 'en-IN', 'ar-EG', 'not a locale'])
      expect(csvStyleFor(locale), locale).toEqual({ separator: ',', decimal: '.' });
  });

  test('numbers have no grouping and a decimal comma; text is defused and quoted as in the plain CSV', () => {
    const text = toLocaleCsv(
      [
        ['NPV', 6167667.49, -0.015, 0, 1e21],
        ['=SUM(A1)', 'a;b', '-1', ' x;=cmd'],
      ],
      'de-DE',
    );
    const [first, second] = text.replace('\uFEFF', '').split('\r\n');
    expect(first).toBe('NPV;6167667,49;-0,015;0;1e+21');
    expect(second).toBe(`'=SUM(A1);"a;b";'-1;" x;'=cmd"`);
  });

  test('a whole file: the title stays text, every row has the same separator', () => {
    const csv = localeKpiCsv(
      projectionOf(DEFAULT_ASSUMPTIONS),
      { title: '@evil;=1+1', currency: 'EUR', createdAt: '2026-01-01T00:00:00.000Z' },
      0,
      'de-DE',
    );
    expect(csv).toContain(`Customer Success ROI calculator;"'@evil;'=1+1"`);
    // No cell is a number written with a decimal point.
    expect(csv).not.toMatch(/;-?\d+\.\d+(?:;|\r)/);
    expect(csv).toMatch(/;-?\d+,\d+(?:;|\r)/);
  });
});
