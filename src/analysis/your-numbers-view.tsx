import { lazy, Suspense, useMemo, useState } from 'react';
import { count, money, percent, type Formatting } from '../format.ts';
import { useWords } from '../i18n/use-words.ts';
import { words } from '../i18n/words.ts';
import { useCalculator } from '../store/calculator-context.tsx';
import { useFormatting } from '../store/projection.ts';
import { BENCHMARK_NUMBERS, calibrate, YOUR_NUMBER_RANGES, type YourNumbers } from './calibrate.ts';
import { useSettledInputs } from '../store/projection.ts';
import { keepInRange, ValueInput, type ValueView } from './value-input.tsx';
import { useViewState } from './view-state.tsx';

// The importer and its CSV parser load only when a person opens it.
const MrrImport = lazy(() => import('./mrr-import.tsx'));

const plain = (suffix: string, money: boolean, say: (fmt: Formatting, x: number) => string): ValueView => ({
  toShown: (x) => x,
  fromShown: (x) => x,
  digits: 0,
  suffix,
  money,
  say,
});

const share: ValueView = {
  toShown: (x) => x * 100,
  fromShown: (x) => x / 100,
  digits: 1,
  suffix: '%',
  money: false,
  say: (fmt, x) => percent(fmt, x, 1),
};

const moneyOf = (fmt: Formatting, x: number) => money(fmt, x);

/** The form's fields in order (their labels: the catalogue's yourNumbers.fields), each with how it is typed. */
function fields(): readonly { key: keyof YourNumbers; view: ValueView; integer?: boolean }[] {
  const perYear = words().analysis.perYear;
  return [
    { key: 'arr', view: plain(perYear, true, moneyOf) },
    { key: 'accounts', view: plain('', false, count), integer: true },
    { key: 'newLogosPerYear', view: plain(perYear, false, count) },
    { key: 'grr', view: share },
    { key: 'nrr', view: share },
    { key: 'logoChurn', view: share },
    { key: 'csms', view: plain('', false, count), integer: true },
    { key: 'csmAnnualCost', view: plain(perYear, true, moneyOf) },
    { key: 'churnCutWithCs', view: share },
    { key: 'expansionLiftWithCs', view: share },
  ];
}

/** "Start from your numbers": a scenario built from a person's own retention, book and team. */
export default function YourNumbersView() {
  const a = useSettledInputs();
  const fmt = useFormatting();
  const loadInputs = useCalculator((s) => s.loadInputs);
  const t = useWords().analysis.yourNumbers;
  const [numbers, setNumbers] = useViewState<YourNumbers>('your-numbers', () => BENCHMARK_NUMBERS);
  const [applied, setApplied] = useState('');
  const [importing, setImporting] = useState(false);
  const c = useMemo(() => calibrate(numbers, a, fmt), [numbers, a, fmt]);
  const pct = (x: number) => percent(fmt, x, 1);
  return (
    <div className="analysis-view your-numbers">
      <p className="view-intro">{t.intro}</p>
      <div className="your-numbers-form" role="group" aria-label={t.form}>
        {fields().map((f) => (
          <span className="stacked-field" key={f.key}>
            <ValueInput
              view={f.view}
              value={numbers[f.key]}
              label={t.fields[f.key]}
              showLabel
              fmt={fmt}
              onCommit={(v, tell) => {
                setApplied('');
                const range = { ...YOUR_NUMBER_RANGES[f.key], integer: f.integer === true };
                const used = keepInRange(v, range, (x) => f.view.say(fmt, x), tell);
                setNumbers((was) => ({ ...was, [f.key]: used }));
              }}
            />
          </span>
        ))}
      </div>
      <p className="verdict" data-verdict="your-numbers">
        {t.verdict(
          percent(fmt, c.coverageToday, 0),
          pct(c.reproduced.grr),
          pct(c.reproduced.nrr),
          pct(c.reproduced.logoRetention),
        )}
      </p>
      <h4>{t.assumedHeading}</h4>
      <ul data-calibration="assumed">
        {c.assumed.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <h4>{t.derivedHeading}</h4>
      <ul data-calibration="derived">
        {c.derived.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <p className="view-buttons">
        <button
          type="button"
          className="primary"
          onClick={() => {
            loadInputs(c.assumptions, t.source);
            setApplied(t.applied);
          }}
        >
          {t.use}
        </button>
      </p>
      <p className="view-note" role="status">
        {applied}
      </p>
      <section aria-label={t.importRegion}>
        <h4>{t.importHeading}</h4>
        {importing ? (
          <Suspense fallback={<p className="view-note">{t.loadingImporter}</p>}>
            <MrrImport />
          </Suspense>
        ) : (
          <button type="button" onClick={() => setImporting(true)}>
            {t.import}
          </button>
        )}
      </section>
    </div>
  );
}
