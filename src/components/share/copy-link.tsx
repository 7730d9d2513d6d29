import { useEffect, useState } from 'react';
import { useWords } from '../../i18n/use-words.ts';
import { useCalculatorStore } from '../../store/calculator-context.tsx';
import { shareUrl } from '../../store/url-sync.ts';

/** Copies the scenario's link; where the clipboard is blocked, shows the link to copy by hand. */
export function CopyLink() {
  const store = useCalculatorStore();
  const t = useWords().share.link;
  const [status, setStatus] = useState<{ text: string; url?: string } | null>(null);
  useEffect(() => {
    if (!status || status.url) return;
    const timer = setTimeout(() => setStatus(null), 4000);
    return () => clearTimeout(timer);
  }, [status]);
  const copy = async () => {
    const url = shareUrl(store);
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ text: t.copied });
    } catch {
      setStatus({ text: t.blocked, url });
    }
  };
  return (
    <span className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {t.copy}
      </button>
      <span className="tool-status" role="status">
        {status?.text}
      </span>
      {status?.url && (
        <input
          className="link-field"
          readOnly
          value={status.url}
          aria-label={t.field}
          onFocus={(e) => e.currentTarget.select()}
        />
      )}
    </span>
  );
}
