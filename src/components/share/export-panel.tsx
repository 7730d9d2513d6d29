import { useId, useRef, useState } from 'react';
import { useCalculator, useCalculatorStore } from '../../store/calculator-context.tsx';
import { projectionOf, segmentIn } from '../../store/projection-of.ts';
// The panel is a chunk of its own, loaded on first open: the CSV writers (a few kB) come with it, and the
// locale's CSV style decides which buttons show. The workbook's library loads on its button's click.
import { kpiCsv, monthlyCsv } from '../../export/csv.ts';
import { csvStyleFor, localeKpiCsv, localeMonthlyCsv } from '../../export/csv-locale.ts';

const CHARTS = [
  { name: 'mrr', label: 'MRR and payback' },
  { name: 'bridge', label: 'MRR bridge' },
  { name: 'retention', label: 'Retention' },
  { name: 'coverage', label: 'Team coverage' },
] as const;

const today = () => new Date().toISOString().slice(0, 10);

/** XLSX, CSV, PNG and print. The code that builds workbooks and images loads on the first click. */
export default function ExportPanel() {
  const store = useCalculatorStore();
  const ref = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState('');
  // Kept in the store: the printed report's title is this one too.
  const title = useCalculator((s) => s.reportTitle);
  const setTitle = useCalculator((s) => s.setReportTitle);
  const id = useId();
  const locale = useCalculator((s) => s.settings.locale);
  const decimalComma = csvStyleFor(locale).decimal === ',';

  const run = async (what: string, job: () => Promise<void>) => {
    setMessage(`Preparing ${what}…`);
    try {
      await job();
      setMessage(`${what} is ready; check your downloads.`);
    } catch (error) {
      setMessage(`${what} could not be made: ${error instanceof Error ? error.message : 'unknown error'}`);
    }
  };

  const metaNow = () => ({
    title: title.trim() || 'Scenario on screen',
    currency: store.getState().settings.currency,
    createdAt: new Date().toISOString(),
  });

  /** `local`: written for a spreadsheet set to the page's number format (";" and a decimal comma). */
  const csv = (kind: 'monthly' | 'kpis', local = false) =>
    run(kind === 'monthly' ? 'The monthly CSV' : 'The key figures CSV', async () => {
      const { download } = await import('../../export/download.ts');
      const { inputs, settings, activeSegment } = store.getState();
      const p = projectionOf(inputs);
      const meta = metaNow();
      const segment = segmentIn(inputs, activeSegment);
      const text =
        kind === 'monthly'
          ? local
            ? localeMonthlyCsv(p, meta, settings.locale)
            : monthlyCsv(p, meta)
          : local
            ? localeKpiCsv(p, meta, segment, settings.locale)
            : kpiCsv(p, meta, segment);
      download(
        `cs-roi-${kind === 'monthly' ? 'monthly' : 'key-figures'}${local ? `-${settings.locale}` : ''}-${today()}.csv`,
        new Blob([text], { type: 'text/csv;charset=utf-8' }),
      );
    });

  const xlsx = () =>
    run('The workbook', async () => {
      const [{ workbook }, { download }] = await Promise.all([
        import('../../export/xlsx.ts'),
        import('../../export/download.ts'),
      ]);
      const { inputs, activeSegment } = store.getState();
      download(
        `cs-roi-${today()}.xlsx`,
        await workbook(projectionOf(inputs), segmentIn(inputs, activeSegment), metaNow()),
      );
    });

  const png = (chart: (typeof CHARTS)[number]) =>
    run(`The ${chart.label} image`, async () => {
      const figure = ref.current?.closest('.app')?.querySelector<HTMLElement>(`[data-chart="${chart.name}"]`);
      const canvas = figure?.querySelector('canvas');
      if (!figure || !canvas) throw new Error('the chart is not on the page');
      const [{ chartPng }, { keyAssumptions }, { download }] = await Promise.all([
        import('../../export/png.ts'),
        import('../../export/key-assumptions.ts'),
        import('../../export/download.ts'),
      ]);
      const { inputs, settings } = store.getState();
      const style = getComputedStyle(figure);
      const blob = await chartPng(canvas, {
        title: figure.querySelector('figcaption')?.textContent ?? chart.label,
        subtitle: title.trim(),
        notes: keyAssumptions(inputs, settings),
        source: `Source: Customer Success ROI calculator, ${window.location.origin}${window.location.pathname}, ${today()}.`,
        background: style.backgroundColor,
        text: style.color,
        muted: style.getPropertyValue('--muted').trim() || style.color,
      });
      download(`cs-roi-${chart.name}-${today()}.png`, blob);
    });

  return (
    <div className="export" ref={ref}>
      <h2 className="panel-title">Export</h2>
      <p className="save-form">
        <label htmlFor={`${id}-title`}>Title in the files</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={80}
          placeholder="Scenario on screen"
          onChange={(e) => setTitle(e.target.value)}
        />
      </p>
      <div className="export-groups">
        <div role="group" aria-labelledby={`${id}-data`} className="export-group">
          <h3 id={`${id}-data`}>Data for a spreadsheet</h3>
          <button type="button" data-export="xlsx" onClick={() => void xlsx()}>
            Workbook: assumptions, months, key figures (XLSX)
          </button>
          <button type="button" onClick={() => void csv('monthly')}>
            Monthly rows (CSV)
          </button>
          <button type="button" onClick={() => void csv('kpis')}>
            Key figures (CSV)
          </button>
          {decimalComma && (
            <>
              <button type="button" data-export="csv-local" onClick={() => void csv('monthly', true)}>
                Monthly rows (CSV with “;” and decimal comma, {locale})
              </button>
              <button type="button" onClick={() => void csv('kpis', true)}>
                Key figures (CSV with “;” and decimal comma, {locale})
              </button>
            </>
          )}
        </div>
        <div role="group" aria-labelledby={`${id}-images`} className="export-group">
          <h3 id={`${id}-images`}>Charts as images</h3>
          {CHARTS.map((c) => (
            <button key={c.name} type="button" data-export-png={c.name} onClick={() => void png(c)}>
              {c.label} (PNG)
            </button>
          ))}
        </div>
        <div role="group" aria-labelledby={`${id}-print`} className="export-group">
          <h3 id={`${id}-print`}>A report</h3>
          <button type="button" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          <p className="panel-hint">A4 or Letter: assumptions, key figures and charts on one or two pages.</p>
        </div>
      </div>
      <p className="panel-message" role="status">
        {message}
      </p>
    </div>
  );
}
