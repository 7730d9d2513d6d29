import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DEFAULT_ASSUMPTIONS, DEFAULT_SEGMENT, type Assumptions } from '../../src/model/index.ts';
import { csvCell, kpiCsv, monthlyCsv, numberCell, toCsv, type Cell } from '../../src/export/csv.ts';
import { projectionOf } from '../../src/store/projection-of.ts';
import { readCsv } from './read-csv.ts';

const meta = { title: 'Board deck', currency: 'EUR', createdAt: '2026-01-02T03:04:05.000Z' };

const relativeError = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);

describe('CSV cells', () => {
  test.each([
    ['=1+2', "'=1+2"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    // Quoted as well: a TAB is a separator to a reader that splits on TAB.
    ['\tab', `"'\tab"`],
    ['\rcr', `"'\rcr"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
  ])('text %j becomes %j', (given, written) => {
    expect(csvCell(given)).toBe(written);
  });

  test('numbers are locale-independent, negative numbers stay numbers, non-finite are empty', () => {
    expect(csvCell(-1234567.891)).toBe('-1234567.891');
    expect(csvCell(0.1 + 0.2)).toBe('0.3');
    expect(csvCell(-0)).toBe('0');
    expect(numberCell(1e-7)).toBe('1e-7');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
    expect(csvCell(null)).toBe('');
  });

  test('rows end in CRLF after a byte-order mark', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b', 2],
      ]),
    ).toBe('\uFEFFa,1\r\nb,2\r\n');
  });
});

describe('CSV files', () => {
  const p = projectionOf(DEFAULT_ASSUMPTIONS);

  test('monthly rows: assumptions head, then one row a month with and without CS', () => {
    const rows = readCsv(monthlyCsv(p, meta));
    expect(rows[0]).toEqual(['Customer Success ROI calculator', 'Board deck']);
    expect(rows).toContainEqual(['Logo churn (CR6), with CS', String(DEFAULT_SEGMENT.monthlyChurn.withCs)]);
    const head = rows.findIndex((r) => r[0] === 'Month');
    const table = rows.slice(head + 1);
    expect(table).toHaveLength(DEFAULT_ASSUMPTIONS.horizonMonths + 1);
    const mrrWith = rows[head]!.indexOf('With CS: MRR');
    const mrrWithout = rows[head]!.indexOf('Without CS: MRR');
    const last = table.at(-1)!;
    expect(relativeError(Number(last[mrrWith]), p.evaluation.withCs.rows.at(-1)!.mrr)).toBeLessThan(1e-11);
    expect(relativeError(Number(last[mrrWithout]), p.evaluation.baseline.rows.at(-1)!.mrr)).toBeLessThan(
      1e-11,
    );
    // NRR needs 12 months of history: empty before, a number after.
    const nrr = rows[head]!.indexOf('With CS: Net revenue retention');
    expect(table[1]![nrr]).toBe('');
    expect(Number(table[12]![nrr])).toBeGreaterThan(0);
  });

  test('month 0, the opening position, has no flows: no revenue, as no gross profit', () => {
    const rows = readCsv(monthlyCsv(p, meta));
    const head = rows.findIndex((r) => r[0] === 'Month');
    const month0 = rows[head + 1]!;
    for (const run of ['With CS', 'Without CS']) {
      const cell = (name: string) => Number(month0[rows[head]!.indexOf(`${run}: ${name}`)]);
      expect(cell('Gross profit')).toBe(0);
      expect(cell('Revenue')).toBe(0);
      expect(cell('MRR')).toBeGreaterThan(0);
    }
  });

  test('key figures carry numbers, not formatted text', () => {
    const rows = readCsv(kpiCsv(p, meta, 0));
    const roi = rows.find((r) => r[0] === 'CS program ROI')!;
    expect(relativeError(Number(roi[1]), p.evaluation.roi!)).toBeLessThan(1e-11);
    expect(roi[2]).toBe('');
  });

  test('a hostile scenario name is defused in the file', () => {
    const rows = readCsv(kpiCsv(p, { ...meta, title: '=cmd|" /C calc"!A0' }, 0));
    expect(rows[0]![1]).toBe(`'=cmd|" /C calc"!A0`);
  });
});

describe('CSV assumptions', () => {
  const rows = (a: Assumptions) => readCsv(kpiCsv(projectionOf(a), meta, 0));

  test('with one segment, every input under today’s label, the team policy included', () => {
    const head = rows(DEFAULT_ASSUMPTIONS);
    expect(head).toContainEqual(['Revenue per account (MRR)', String(DEFAULT_SEGMENT.arpa)]);
    expect(head).toContainEqual(['CS staffing', 'Keep the team as it is']);
    expect(head).toContainEqual(['Ramp-up of a new CSM', '0']);
    expect(head).toContainEqual(['Digital program reach', '0']);
  });

  test('with several segments, each segment’s inputs are named after it', () => {
    const two = {
      ...DEFAULT_ASSUMPTIONS,
      segments: [
        { ...DEFAULT_SEGMENT, name: 'Enterprise' },
        { ...DEFAULT_SEGMENT, name: 'SMB', arpa: 300 },
      ],
    };
    const head = rows(two);
    expect(head).toContainEqual(['Enterprise: Revenue per account (MRR)', String(DEFAULT_SEGMENT.arpa)]);
    expect(head).toContainEqual(['SMB: Revenue per account (MRR)', '300']);
    expect(head).toContainEqual(['Gross margin', '0.78']);
  });
});

/**
 * How other spreadsheets may read the file: split on `separator`, honouring double quotes where a field
 * starts (RFC 4180, and leniently: what follows a closing quote is kept) or ignoring them.
 */
function split(csv: string, separator: string, quotes: boolean): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let fieldStart = true;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && quotes && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (c === separator || c === '\r' || c === '\n') {
      cells.push(cell);
      cell = '';
      fieldStart = true;
    } else {
      cell += c;
      fieldStart = false;
    }
  }
  return [...cells, cell];
}

/** Every cell any of those readers gets that a spreadsheet would take for a formula. */
function formulaCells(csv: string): string[] {
  const body = csv.replace(/^\uFEFF/, '');
  return [',', ';', '\t', '|'].flatMap((separator) =>
    [true, false].flatMap((quotes) =>
      split(body, separator, quotes).filter((cell) => {
        const trimmed = cell.trimStart();
        // A number written as a number (a negative one starts with "-") is a number, not a formula.
        return /^[=+\-@]/.test(trimmed) && trimmed !== numberCell(Number(trimmed));
      }),
    ),
  );
}

describe('CSV injection through any separator a spreadsheet may split on', () => {
  const p = projectionOf(DEFAULT_ASSUMPTIONS);
  const hostile = [
    'a;=1+1',
    'a\t=1+1',
    "x,=cmd|' /C calc'!A0",
    '=1+1',
    '@SUM(1)',
    '-2+3',
    '+1',
    'a| =1',
    'a;"=1+1',
    'a; " @x',
    'a\n=1+1',
    'a\r\n-1+1',
    ' =1',
    'a;',
    '"=1',
  ];

  test.each(hostile)('the title %j becomes no formula cell, whatever the reader', (title) => {
    expect(formulaCells(kpiCsv(p, { ...meta, title }, 0))).toEqual([]);
    expect(formulaCells(monthlyCsv(p, { ...meta, title }))).toEqual([]);
    expect(
      formulaCells(
        toCsv([
          [title, title],
          [title, -5, title],
          [3, title],
        ]),
      ),
    ).toEqual([]);
  });

  test('the title reads back whole, and numbers stay numbers', () => {
    const rows = readCsv(toCsv([['a;=1+1', -1234.5, '+1']]));
    expect(rows).toEqual([["a;'=1+1", '-1234.5', "'+1"]]);
  });

  test('any text of separators, quotes, spaces and formula characters becomes no formula cell', () => {
    const piece = fc.constantFrom(',', ';', '\t', '|', '\r', '\n', '"', ' ', '=', '+', '-', '@', 'a', '1');
    const text = fc.string({ unit: piece, maxLength: 12 });
    const cell: fc.Arbitrary<Cell> = fc.oneof(text, fc.double(), fc.constant(null));
    // Rows start as the files' rows do: with a label or a month, never with a negative number.
    const first: fc.Arbitrary<Cell> = fc.oneof(text, fc.nat(), fc.constant(null));
    const row = fc.tuple(first, fc.array(cell, { maxLength: 3 })).map(([head, rest]) => [head, ...rest]);
    fc.assert(
      fc.property(fc.array(row, { maxLength: 4 }), (rows) => {
        expect(formulaCells(toCsv(rows))).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});
