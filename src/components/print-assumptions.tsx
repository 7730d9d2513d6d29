import { readInput } from '../model/index.ts';
import { formatInput, groupFields, GROUPS, isLeverKey, pathOf, type InputName } from '../input-catalog.ts';
import { useCalculator } from '../store/calculator-context.tsx';
import { useFormatting, useSettledInputs } from '../store/projection.ts';
import { useActiveSegment } from '../store/active-segment.ts';
import { useWords } from '../i18n/use-words.ts';

/**
 * The assumptions as a compact table, shown only on paper: a printed slider says nothing, and a report
 * must say what its numbers rest on.
 */
export function PrintAssumptions() {
  // Paper is printed from a scenario at rest: a drag does not re-render a table nobody sees on screen.
  const inputs = useSettledInputs();
  const fmt = useFormatting();
  const t = useWords().inputs;
  const segment = useActiveSegment(inputs);
  // NOTE: paper shows the segment on screen, as the panel does; the CSV export lists every segment.
  const value = (name: InputName) => {
    const path = pathOf(name, segment);
    return formatInput(path, readInput(inputs, path), fmt);
  };
  return (
    <section className="print-only print-assumptions" aria-label={t.print.region}>
      <h2>{t.print.title}</h2>
      <div className="print-assumption-groups">
        {GROUPS.map((g) => (
          <table key={g.id}>
            <caption>{g.title}</caption>
            <tbody>
              {g.id === 'team' && (
                <tr>
                  <th scope="row">{t.staffing.label}</th>
                  <td>{t.staffing[inputs.team.staffing]}</td>
                </tr>
              )}
              {groupFields(g).map((key) => (
                <tr key={key}>
                  <th scope="row">{t.fields[key].label}</th>
                  <td>
                    {isLeverKey(key)
                      ? t.lever.withCs(value(`${key}.base`), value(`${key}.withCs`))
                      : value(key as InputName)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  );
}

/** The report's title on paper: the one given in the export panel, else the scenario's name, if any. */
export function PrintTitle() {
  const title = useCalculator((s) => s.reportTitle.trim() || s.scenarioName?.name || '');
  return title ? (
    <p className="print-only print-title" data-print-title>
      {title}
    </p>
  ) : null;
}
