import { useState } from 'react';
import { useWords } from '../i18n/use-words.ts';
import { useCalculatorStore } from '../store/calculator-context.tsx';
import { projectionOf, segmentIn } from '../store/projection-of.ts';

/** The file the embed offers: the key figures, as the full calculator's export writes them. */
const FILE = 'cs-roi-key-figures';

/** One download, the key figures as CSV; `onExport` hears of each file made. */
export function EmbedDownload({ onExport }: { onExport: (file: string) => void }) {
  const store = useCalculatorStore();
  const t = useWords().embed;
  const [message, setMessage] = useState('');
  const run = async () => {
    try {
      // Loaded on the click: the CSV writer is not part of the embed's first screen.
      const [{ kpiCsv }, { download }] = await Promise.all([
        import('../export/csv.ts'),
        import('../export/download.ts'),
      ]);
      const { inputs, settings, activeSegment } = store.getState();
      const meta = { title: t.fileTitle, currency: settings.currency, createdAt: new Date().toISOString() };
      const text = kpiCsv(projectionOf(inputs), meta, segmentIn(inputs, activeSegment));
      const file = `${FILE}-${meta.createdAt.slice(0, 10)}.csv`;
      download(file, new Blob([text], { type: 'text/csv;charset=utf-8' }));
      setMessage(t.downloaded);
      onExport(file);
    } catch {
      setMessage(t.downloadFailed);
    }
  };
  return (
    <p className="embed-download">
      <button type="button" onClick={() => void run()}>
        {t.download}
      </button>
      <span role="status">{message}</span>
    </p>
  );
}
