import { memo, useId } from 'react';
import { AfterFirstScreen } from '../client-only.ts';
import { monthlyToAnnual, STAFFING_POLICIES, type LeverField, type Staffing } from '../model/index.ts';
import { percent } from '../format.ts';
import {
  GROUPS,
  isLeverKey,
  pathOf,
  type InputGroup,
  type InputKey,
  type InputName,
} from '../input-catalog.ts';
import { useCalculator } from '../store/calculator-context.tsx';
import { useFormatting } from '../store/projection.ts';
import { NumberField } from './number-field.tsx';
import { SegmentEditor } from './segment-editor.tsx';
import { useWords } from '../i18n/use-words.ts';

/**
 * Every assumption, grouped as a person thinks about the business; `locked` ones show but cannot change.
 * A segment's inputs are those of segment `segment`; with `segments`, they sit under the segment tabs
 * ('manage' also adds, renames and removes segments), and the organisation's inputs follow.
 */
export function InputPanel({
  segment,
  segments,
  visible,
  locked,
}: {
  segment: number;
  segments?: 'manage' | 'choose';
  visible?: (key: InputKey) => boolean;
  locked?: (key: InputKey) => boolean;
}) {
  const shown = (keys: readonly InputKey[]) => keys.filter((key) => visible?.(key) ?? true);
  const inputs = (keys: readonly InputKey[]) =>
    keys.map((key) =>
      isLeverKey(key) ? (
        <LeverInput key={key} field={key} segment={segment} locked={locked?.(key) ?? false} />
      ) : (
        <ScalarInput key={key} field={key} segment={segment} locked={locked?.(key) ?? false} />
      ),
    );
  const groups = (scope: InputGroup['scope']) =>
    GROUPS.filter((g) => g.scope === scope).map((group) => {
      const fields = shown(group.fields);
      const part = shown(group.part?.fields ?? []);
      if (fields.length === 0 && part.length === 0) return null;
      return (
        <section key={group.id} className="input-group" aria-labelledby={`group-${group.id}`}>
          <div className="input-group-head">
            <h2 id={`group-${group.id}`}>{group.title}</h2>
            {group.id === 'retention' && <ChurnUnitToggle />}
          </div>
          {/* The staffing word decides what the hiring target means, so it shows where that target does. */}
          {fields.includes('team.targetCoverage') && (
            <StaffingChoice locked={locked?.('team.targetCoverage') ?? false} />
          )}
          {inputs(fields)}
          {group.part && part.length > 0 && (
            <div className="input-part" role="group" aria-labelledby={`group-${group.id}-part`}>
              <h3 id={`group-${group.id}-part`}>{group.part.title}</h3>
              {inputs(part)}
            </div>
          )}
        </section>
      );
    });
  const segmentGroups = groups('segment');
  const segmentInputs = (
    <>
      {segmentGroups.slice(0, FIRST_SCREEN_GROUPS)}
      <AfterFirstScreen>{segmentGroups.slice(FIRST_SCREEN_GROUPS)}</AfterFirstScreen>
    </>
  );
  return (
    <div className="input-panel">
      {segments ? (
        <SegmentEditor manage={segments === 'manage'}>
          <div className="input-panel">{segmentInputs}</div>
        </SegmentEditor>
      ) : (
        segmentInputs
      )}
      <AfterFirstScreen>{groups('organisation')}</AfterFirstScreen>
    </div>
  );
}

/**
 * The input groups in the build-time HTML: what a laptop's first screen shows of the left column. The
 * rest follow once the page runs (AfterFirstScreen): half the page's elements, and about 30 ms of its
 * first paint on this machine.
 */
const FIRST_SCREEN_GROUPS = 2;

interface FieldProps {
  field: InputKey;
  segment: number;
  locked: boolean;
}

const ScalarInput = memo(function ScalarInput({ field, segment, locked }: FieldProps) {
  const hintId = useId();
  const { label, hint } = useWords().inputs.fields[field];
  return (
    <div className="input">
      <NumberField
        path={pathOf(field as InputName, segment)}
        label={label}
        describedBy={hintId}
        locked={locked}
      />
      <p id={hintId} className="input-hint">
        {hint}
      </p>
    </div>
  );
});

const LeverInput = memo(function LeverInput({ field, segment, locked }: FieldProps) {
  const t = useWords().inputs;
  const hintId = useId();
  const { label, hint } = t.fields[field];
  return (
    <fieldset className="input lever">
      <legend>{label}</legend>
      <p id={hintId} className="input-hint">
        {hint}
      </p>
      <div className="lever-sides">
        <NumberField
          path={pathOf(`${field as LeverField}.base`, segment)}
          label={t.sides.base}
          describedBy={hintId}
          locked={locked}
        />
        <NumberField
          path={pathOf(`${field as LeverField}.withCs`, segment)}
          label={t.sides.withCs}
          describedBy={hintId}
          locked={locked}
        />
      </div>
      {field === 'monthlyChurn' && <ChurnConversion segment={segment} />}
    </fieldset>
  );
});

function ChurnUnitToggle() {
  const t = useWords().inputs.churn;
  const churnUnit = useCalculator((s) => s.settings.churnUnit);
  const updateSettings = useCalculator((s) => s.updateSettings);
  const name = useId();
  return (
    <fieldset className="segmented" aria-label={t.enterAs}>
      {(['monthly', 'annual'] as const).map((unit) => (
        <label key={unit}>
          <input
            type="radio"
            name={name}
            value={unit}
            checked={churnUnit === unit}
            onChange={() => updateSettings({ churnUnit: unit })}
          />
          <span>{t[unit]}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** Churn in the other unit, so a monthly figure can be checked against the annual one people quote. */
function ChurnConversion({ segment }: { segment: number }) {
  const churn = useCalculator((s) => s.inputs.segments[segment]!.monthlyChurn);
  const churnUnit = useCalculator((s) => s.settings.churnUnit);
  const fmt = useFormatting();
  const t = useWords().inputs;
  const other = (monthly: number) =>
    churnUnit === 'monthly'
      ? t.perYear(percent(fmt, monthlyToAnnual(monthly), 1))
      : t.perMonth(percent(fmt, monthly, 2));
  return <p className="input-hint conversion">{t.churn.equals(other(churn.base), other(churn.withCs))}</p>;
}

/** How the team grows: kept as it is, or hired to hold coverage at the target. */
function StaffingChoice({ locked }: { locked: boolean }) {
  const staffing = useCalculator((s) => s.inputs.team.staffing);
  const setStaffing = useCalculator((s) => s.setStaffing);
  const t = useWords().inputs.staffing;
  const id = useId();
  return (
    <div className="input">
      <label className="field-label" htmlFor={id}>
        {t.label}
      </label>
      <select
        id={id}
        value={staffing}
        disabled={locked}
        onChange={(e) => setStaffing(e.target.value as Staffing)}
      >
        {STAFFING_POLICIES.map((policy) => (
          <option key={policy} value={policy}>
            {t[policy]}
          </option>
        ))}
      </select>
    </div>
  );
}
