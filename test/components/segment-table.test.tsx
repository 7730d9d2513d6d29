// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { SegmentTable } from '../../src/components/segment-table.tsx';
import {
  DEFAULT_ASSUMPTIONS,
  DEFAULT_SEGMENT,
  sweepHeadcount,
  type Assumptions,
} from '../../src/model/index.ts';
import { SEGMENT_TEMPLATES } from '../../src/store/segment-templates.ts';
import { projectionOf } from '../../src/store/projection-of.ts';
import { renderWithStore } from './render.tsx';

const threeTiers: Assumptions = {
  ...DEFAULT_ASSUMPTIONS,
  segments: SEGMENT_TEMPLATES.map((t) => t.segment),
};

const bodyOrder = () =>
  Array.from(document.querySelectorAll('tbody tr')).map((tr) => tr.getAttribute('data-segment'));
const cell = (segment: number | 'total', column: string) =>
  document.querySelector(`tr[data-segment="${segment}"] [data-column="${column}"]`)?.textContent;

describe('the segment table', () => {
  test('is not shown with one segment (the KPI cards say it all)', () => {
    renderWithStore(<SegmentTable />);
    expect(screen.queryByRole('table')).toBeNull();
  });

  test('has one row per segment, named, with its figures, and the whole book as a total', () => {
    renderWithStore(<SegmentTable />, threeTiers);
    const e = projectionOf(threeTiers).evaluation;
    expect(bodyOrder()).toEqual(['0', '1', '2']);
    const row = document.querySelector('tr[data-segment="1"]') as HTMLElement;
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Mid-market pooled');
    expect(cell(1, 'csms')).toBe('4');
    expect(cell(1, 'recommended')).toBe(String(e.segments[1]!.recommendedCsms));
    expect(cell(1, 'best')).toBe(String(sweepHeadcount(threeTiers, 1).optimum.csms));
    expect(cell('total', 'csms')).toBe('11');
    expect(cell('total', 'roi')).toBe(`${Math.round(e.roi! * 100)}%`);
  });

  test('sorts by a column from its header button, says so in aria-sort, and sorts back', async () => {
    renderWithStore(<SegmentTable />, threeTiers);
    const rows = projectionOf(threeTiers).evaluation.segments.map((s, i) => ({ i, net: s.netBenefit }));
    const byNet = rows.sort((a, b) => b.net - a.net).map((r) => String(r.i));
    await userEvent.click(screen.getByRole('button', { name: 'Net benefit' }));
    expect(screen.getByRole('columnheader', { name: /Net benefit/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(bodyOrder()).toEqual(byNet);
    await userEvent.click(screen.getByRole('button', { name: /Net benefit/ }));
    expect(screen.getByRole('columnheader', { name: /Net benefit/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    expect(bodyOrder()).toEqual(byNet.slice().reverse());
    await userEvent.click(screen.getByRole('button', { name: 'Segment' }));
    expect(screen.getByRole('columnheader', { name: /Net benefit/ })).not.toHaveAttribute('aria-sort');
    // Names descending: SMB, Mid-market, Enterprise.
    expect(bodyOrder()).toEqual(['2', '1', '0']);
  });

  test('a segment name with markup is shown as text', () => {
    renderWithStore(<SegmentTable />, {
      ...DEFAULT_ASSUMPTIONS,
      segments: [DEFAULT_SEGMENT, { ...DEFAULT_SEGMENT, name: '<b>bold</b>' }],
    });
    expect(screen.getByRole('rowheader', { name: '<b>bold</b>' })).toBeInTheDocument();
    expect(document.querySelector('tbody b')).toBeNull();
  });
});
