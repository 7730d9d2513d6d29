import { lazy, Suspense, useMemo, useState } from 'react';
import { count, money, percent, type Formatting } from '../format.ts';
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

const FIELDS: readonly { key: keyof YourNumbers; label: string; view: ValueView; integer?: boolean }[] = [
  { key: 'arr', label: 'ARR today', view: plain('a year', true, (fmt, x) => money(fmt, x)) },
  { key: 'accounts', label: 'Accounts today', view: plain('', false, count), integer: true },
  { key: 'newLogosPerYear', label: 'New logos a year', view: plain('a year', false, count) },
  { key: 'grr', label: 'Gross revenue retention today, a year', view: share },
  { key: 'nrr', label: 'Net revenue retention today, a year', view: share },
  { key: 'logoChurn', label: 'Logo churn today, a year', view: share },
  { key: 'csms', label: 'CSMs today', view: plain('', false, count), integer: true },
  { key: 'csmAnnualCost', label: 'Cost of one CSM', view: plain('a year', true, (fmt, x) => money(fmt, x)) },
  { key: 'churnCutWithCs', label: 'Full CS coverage cuts churn by', view: share },
  { key: 'expansionLiftWithCs', label: 'Full CS coverage lifts expansion by', view: share },
];

/** "Start from your numbers": a scenario built from a person's own retention, book and team. */
export default function YourNumbersView() {
  const a = useSettledInputs();
  const fmt = useFormatting();
  const loadInputs = useCalculator((s) => s.loadInputs);
  const [numbers, setNumbers] = useViewState<YourNumbers>('your-numbers', () => BENCHMARK_NUMBERS);
  const [applied, setApplied] = useState('');
  const [importing, setImporting] = useState(false);
  const c = useMemo(() => calibrate(numbers, a, fmt), [numbers, a, fmt]);
  const pct = (x: number) => percent(fmt, x, 1);
  return (
    <div className="analysis-view your-numbers">
      <p className="view-intro">
        Enter what you know about your book today; the fields start at public benchmarks for a mid-market
        company. The scenario built from them gives back your retention at today’s coverage.
      </p>
      <div className="your-numbers-form" role="group" aria-label="Your numbers">
        {FIELDS.map((f) => (
          <span className="stacked-field" key={f.key}>
            <ValueInput
              view={f.view}
              value={numbers[f.key]}
              label={f.label}
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
        {`At today’s coverage (${percent(fmt, c.coverageToday, 0)}), the scenario gives GRR ${pct(c.reproduced.grr)}, NRR ${pct(c.reproduced.nrr)} and logo retention ${pct(c.reproduced.logoRetention)} a year on today’s customers.`}
      </p>
      <h4>What it assumed</h4>
      <ul data-calibration="assumed">
        {c.assumed.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <h4>What it worked out</h4>
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
            loadInputs(c.assumptions, 'Your numbers');
            setApplied('Your numbers are now the scenario. Undo (Ctrl/Cmd+Z) takes it back.');
          }}
        >
          Use these numbers
        </button>
      </p>
      <p className="view-note" role="status">
        {applied}
      </p>
      <section aria-label="Import MRR movements">
        <h4>Or estimate churn and expansion from your MRR movements</h4>
        {importing ? (
          <Suspense fallback={<p className="view-note">Loading the importer…</p>}>
            <MrrImport />
          </Suspense>
        ) : (
          <button type="button" onClick={() => setImporting(true)}>
            Import monthly MRR movements
          </button>
        )}
      </section>
    </div>
  );
}
