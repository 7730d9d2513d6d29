import { useCalculator } from '../store/calculator-context.tsx';
import { useWords } from '../i18n/use-words.ts';

/** What the calculator changed or ignored on the way in, said in words, until dismissed. */
export function Notices() {
  const notices = useCalculator((s) => s.notices);
  const dismiss = useCalculator((s) => s.dismissNotice);
  const t = useWords().inputs.notices;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <p key={n.id} className="notice" data-notice>
          <span>{n.text}</span>
          <button type="button" onClick={() => dismiss(n.id)} aria-label={t.dismiss}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
