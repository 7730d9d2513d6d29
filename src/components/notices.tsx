import { useCalculator } from '../store/calculator-context.tsx';

/** What the calculator changed or ignored on the way in, said in words, until dismissed. */
export function Notices() {
  const notices = useCalculator((s) => s.notices);
  const dismiss = useCalculator((s) => s.dismissNotice);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <p key={n.id} className="notice" data-notice>
          <span>{n.text}</span>
          <button type="button" onClick={() => dismiss(n.id)} aria-label="Dismiss this notice">
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
