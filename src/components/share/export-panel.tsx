import { useId, useRef, useState } from 'react';
import { useWords } from '../../i18n/use-words.ts';
import type { Words } from '../../i18n/words.ts';
import { useCalculator, useCalculatorStore } from '../../store/calculator-context.tsx';
import { projectionOf, segmentIn } from '../../store/projection-of.ts';
// The panel is a chunk of its own, loaded on first open: the CSV writers (a few kB) come with it, and the
// locale's CSV style decides which buttons show. The workbook's library loads on its button's click.
import { kpiCsv, monthlyCsv } from '../../export/csv.ts';
import { csvStyleFor, localeKpiCsv, localeMonthlyCsv } from '../../export/csv-locale.ts';

type ChartName = keyof Words['share']['export']['charts'];
const CHARTS: readonly ChartName[] = ['mrr', 'bridge', 'retention', 'coverage'];

const today = () => new Date().toISOString().slice(0, 10);

/** XLSX, CSV, PNG and print. The code that builds workbooks and images loads on the first click. */
export default function ExportPanel() {
  const store = useCalculatorStore();
  const { share } = useWords();
  const t = share.export;
  const ref = useRef<HTMLDivElement>(null);
  const [message, setMessage] = useState('');
  // Kept in the store: the printed report's title is this one too.
  const title = useCalculator((s) => s.reportTitle);
  const setTitle = useCalculator((s) => s.setReportTitle);
  const id = useId();
  const locale = useCalculator((s) => s.settings.locale);
  const decimalComma = csvStyleFor(locale).decimal === ',';

  const run = async (what: string, job: () => Promise<void>) => {
    setMessage(t.preparing(what));
    try {
      await job();
      setMessage(t.ready(what));
    } catch (error) {
      setMessage(t.failed(what, error instanceof Error ? error.message : t.unknownError));
    }
  };

  const metaNow = () => ({
    title: title.trim() || t.untitled,
    currency: store.getState().settings.currency,
    locale: store.getState().settings.locale,
    createdAt: new Date().toISOString(),
  });

  /** `local`: written for a spreadsheet set to the page's number format (";" and a decimal comma). */
  const csv = (kind: 'monthly' | 'kpis', local = false) =>
    run(kind === 'monthly' ? t.jobs.monthlyCsv : t.jobs.kpiCsv, async () => {
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
    run(t.jobs.workbook, async () => {
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

  const png = (chart: ChartName) =>
    run(t.jobs.png(t.charts[chart]), async () => {
      const figure = ref.current?.closest('.app')?.querySelector<HTMLElement>(`[data-chart="${chart}"]`);
      const canvas = figure?.querySelector('canvas');
      if (!figure || !canvas) throw new Error(t.chartMissing);
      const [{ chartPng }, { keyAssumptions }, { download }] = await Promise.all([
        import('../../export/png.ts'),
        import('../../export/key-assumptions.ts'),
        import('../../export/download.ts'),
      ]);
      const { inputs, settings } = store.getState();
      const style = getComputedStyle(figure);
      const blob = await chartPng(canvas, {
        title: figure.querySelector('figcaption')?.textContent ?? t.charts[chart],
        subtitle: title.trim(),
        notes: keyAssumptions(inputs, settings),
        source: share.files.source(`${window.location.origin}${window.location.pathname}`, today()),
        background: style.backgroundColor,
        text: style.color,
        muted: style.getPropertyValue('--muted').trim() || style.color,
      });
      download(`cs-roi-${chart}-${today()}.png`, blob);
    });

  return (
    <div className="export" ref={ref}>
      <h2 className="panel-title">{t.title}</h2>
      <p className="save-form">
        <label htmlFor={`${id}-title`}>{t.fileTitle}</label>
        <input
          id={`${id}-title`}
          value={title}
          maxLength={80}
          placeholder={t.untitled}
          onChange={(e) => setTitle(e.target.value)}
        />
      </p>
      <div className="export-groups">
        <div role="group" aria-labelledby={`${id}-data`} className="export-group">
          <h3 id={`${id}-data`}>{t.data}</h3>
          <button type="button" data-export="xlsx" onClick={() => void xlsx()}>
            {t.workbook}
          </button>
          <button type="button" onClick={() => void csv('monthly')}>
            {t.monthlyCsv}
          </button>
          <button type="button" onClick={() => void csv('kpis')}>
            {t.kpiCsv}
          </button>
          {decimalComma && (
            <>
              <button type="button" data-export="csv-local" onClick={() => void csv('monthly', true)}>
                {t.monthlyLocalCsv(locale)}
              </button>
              <button type="button" onClick={() => void csv('kpis', true)}>
                {t.kpiLocalCsv(locale)}
              </button>
            </>
          )}
        </div>
        <div role="group" aria-labelledby={`${id}-images`} className="export-group">
          <h3 id={`${id}-images`}>{t.images}</h3>
          {CHARTS.map((c) => (
            <button key={c} type="button" data-export-png={c} onClick={() => void png(c)}>
              {t.png(t.charts[c])}
            </button>
          ))}
        </div>
        <div role="group" aria-labelledby={`${id}-print`} className="export-group">
          <h3 id={`${id}-print`}>{t.report}</h3>
          <button type="button" onClick={() => window.print()}>
            {t.print}
          </button>
          <p className="panel-hint">{t.printHint}</p>
        </div>
      </div>
      <p className="panel-message" role="status">
        {message}
      </p>
    </div>
  );
}
