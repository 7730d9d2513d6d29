import { multiple } from '../format.ts';
import { useWords } from '../i18n/use-words.ts';
import { projectionOf } from '../store/projection-of.ts';
import { useFormatting } from '../store/projection.ts';
import { DEFAULT_EV_ARR_MULTIPLE, financeFigures, MULTIPLE_RANGE, roiByYear } from './finance-text.ts';
import { useSettledInputs } from '../store/projection.ts';
import { useActiveSegment } from '../store/active-segment.ts';
import { keepInRange, ValueInput, type ValueView } from './value-input.tsx';
import { useViewState } from './view-state.tsx';

const MULTIPLE_VIEW: ValueView = {
  toShown: (x) => x,
  fromShown: (x) => x,
  digits: 1,
  suffix: '× ARR',
  money: false,
  say: (fmt, value) => multiple(fmt, value),
};

/** The figures a CFO asks for, each with its formula: ROI by year, CS cost share, CAC payback, LTV, valuation. */
export default function FinanceView() {
  const a = useSettledInputs();
  const fmt = useFormatting();
  const p = projectionOf(a);
  const segment = useActiveSegment(a);
  const t = useWords().analysis.finance;
  const [evArr, setEvArr] = useViewState('finance', () => DEFAULT_EV_ARR_MULTIPLE);
  const years = roiByYear(p, fmt);
  return (
    <div className="analysis-view finance">
      <table className="finance-years">
        <caption>{t.yearsCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.yearColumn}</th>
            <th scope="col">{t.roiColumn}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((y) => (
            <tr key={y.label} data-year-negative={y.negative || undefined}>
              <th scope="row">{y.label}</th>
              <td>{y.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <span className="stacked-field">
        <ValueInput
          view={MULTIPLE_VIEW}
          value={evArr}
          label={t.multiple}
          showLabel
          fmt={fmt}
          onCommit={(v, tell) => setEvArr(keepInRange(v, MULTIPLE_RANGE, (x) => multiple(fmt, x), tell))}
        />
      </span>
      <dl className="finance-figures">
        {financeFigures(p, segment, fmt, evArr).map((f) => (
          <div key={f.name} data-finance={f.name}>
            <dt>{f.label}</dt>
            <dd className="finance-value">{f.value}</dd>
            <dd className="finance-formula">{f.formula}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
