import { useId, useState } from 'react';
import { useWords } from '../i18n/use-words.ts';
import { validEmail } from './email.ts';

/**
 * "Send me this report": an address and the host's consent wording. Submitting hands the address to
 * `onLead`; the calculator itself sends nothing anywhere (the host forwards it to its form or CRM).
 */
export function LeadForm({ consent, onLead }: { consent: string | null; onLead: (email: string) => void }) {
  const t = useWords().embed.lead;
  const id = useId();
  const [email, setEmail] = useState('');
  const [agreed, setAgreed] = useState(false);
  const [error, setError] = useState<'email' | 'consent' | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = () => {
    const valid = validEmail(email);
    if (!valid) {
      setError('email');
      return;
    }
    if (!agreed) {
      setError('consent');
      return;
    }
    setError(null);
    setSentTo(valid);
    onLead(valid);
  };

  return (
    // NOTE: not a <form>: the embed's sandbox (no allow-forms) blocks every submission, even one a
    // script would cancel, so the button and the Enter key call `submit` themselves.
    <section className="lead-form" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.heading}</h2>
      <p>{t.intro}</p>
      <label htmlFor={`${id}-email`}>{t.email}</label>
      <input
        id={`${id}-email`}
        type="email"
        autoComplete="email"
        maxLength={254}
        value={email}
        aria-invalid={error === 'email'}
        aria-describedby={error === 'email' ? `${id}-error` : undefined}
        onChange={(e) => setEmail(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') submit();
        }}
      />
      <label className="lead-consent">
        <input
          type="checkbox"
          checked={agreed}
          aria-invalid={error === 'consent'}
          aria-describedby={error === 'consent' ? `${id}-error` : undefined}
          onChange={(e) => setAgreed(e.target.checked)}
        />
        {/* The host's wording, shown as text. */}
        <span>{consent ?? t.consent}</span>
      </label>
      <button type="button" onClick={submit}>
        {t.submit}
      </button>
      <p role="status" id={`${id}-error`} className={error ? 'lead-error' : 'lead-sent'}>
        {error === 'email' ? t.badEmail : error === 'consent' ? t.needConsent : sentTo ? t.sent(sentTo) : ''}
      </p>
    </section>
  );
}
