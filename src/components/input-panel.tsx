import { memo, useId } from 'react';
import { monthlyToAnnual, type InputPath } from '../model/index.ts';
import { percent } from '../format.ts';
import { CATALOG, GROUPS, isLeverKey, type InputKey } from '../input-catalog.ts';
import { useCalculator } from '../store/calculator-context.tsx';
import { useFormatting } from '../store/projection.ts';
import { NumberField } from './number-field.tsx';

/** Every assumption, grouped as a person thinks about the business; `locked` ones show but cannot change. */
export function InputPanel({
  visible,
  locked,
}: {
  visible?: (key: InputKey) => boolean;
  locked?: (key: InputKey) => boolean;
}) {
  return (
    <div className="input-panel">
      {GROUPS.map((group) => {
        const fields = group.fields.filter((key) => visible?.(key) ?? true);
        if (fields.length === 0) return null;
        return (
          <section key={group.id} className="input-group" aria-labelledby={`group-${group.id}`}>
            <div className="input-group-head">
              <h2 id={`group-${group.id}`}>{group.title}</h2>
              {group.id === 'retention' && <ChurnUnitToggle />}
            </div>
            {fields.map((key) =>
              isLeverKey(key) ? (
                <LeverInput key={key} field={key} locked={locked?.(key) ?? false} />
              ) : (
                <ScalarInput key={key} field={key} locked={locked?.(key) ?? false} />
              ),
            )}
          </section>
        );
      })}
    </div>
  );
}

interface FieldProps {
  field: InputKey;
  locked: boolean;
}

const ScalarInput = memo(function ScalarInput({ field, locked }: FieldProps) {
  const hintId = useId();
  const { label, hint } = CATALOG[field];
  return (
    <div className="input">
      <NumberField path={field as InputPath} label={label} describedBy={hintId} locked={locked} />
      <p id={hintId} className="input-hint">
        {hint}
      </p>
    </div>
  );
});

const LeverInput = memo(function LeverInput({ field, locked }: FieldProps) {
  const hintId = useId();
  const { label, hint } = CATALOG[field];
  return (
    <fieldset className="input lever">
      <legend>{label}</legend>
      <p id={hintId} className="input-hint">
        {hint}
      </p>
      <div className="lever-sides">
        <NumberField
          path={`${field}.base` as InputPath}
          label="Without CS"
          describedBy={hintId}
          locked={locked}
        />
        <NumberField
          path={`${field}.withCs` as InputPath}
          label="With CS"
          describedBy={hintId}
          locked={locked}
        />
      </div>
      {field === 'monthlyChurn' && <ChurnConversion />}
    </fieldset>
  );
});

function ChurnUnitToggle() {
  const churnUnit = useCalculator((s) => s.settings.churnUnit);
  const updateSettings = useCalculator((s) => s.updateSettings);
  const name = useId();
  return (
    <fieldset className="segmented" aria-label="Enter churn as">
      {(['monthly', 'annual'] as const).map((unit) => (
        <label key={unit}>
          <input
            type="radio"
            name={name}
            value={unit}
            checked={churnUnit === unit}
            onChange={() => updateSettings({ churnUnit: unit })}
          />
          <span>{unit === 'monthly' ? 'Monthly' : 'Annual'}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Churn in the other unit, so a monthly figure can be checked against the annual one people quote. */
function ChurnConversion() {
  const churn = useCalculator((s) => s.inputs.monthlyChurn);
  const churnUnit = useCalculator((s) => s.settings.churnUnit);
  const fmt = useFormatting();
  const other = (monthly: number) =>
    churnUnit === 'monthly'
      ? `${percent(fmt, monthlyToAnnual(monthly), 1)} a year`
      : `${percent(fmt, monthly, 2)} a month`;
  return (
    <p className="input-hint conversion">
      Equals {other(churn.base)} without CS and {other(churn.withCs)} with CS.
    </p>
  );
}
