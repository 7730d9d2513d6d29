import { readInput, type InputPath } from '../model/index.ts';
import { CATALOG, formatInput, GROUPS, isLeverKey } from '../input-catalog.ts';
import { useCalculator } from '../store/calculator-context.tsx';
import { useFormatting } from '../store/projection.ts';

/**
 * The assumptions as a compact table, shown only on paper: a printed slider says nothing, and a report
 * must say what its numbers rest on.
 */
export function PrintAssumptions() {
  const inputs = useCalculator((s) => s.inputs);
  const fmt = useFormatting();
  const value = (path: string) => formatInput(path as InputPath, readInput(inputs, path as InputPath), fmt);
  return (
    <section className="print-only print-assumptions" aria-label="Assumptions for print">
      <h2>Assumptions</h2>
      <div className="print-assumption-groups">
        {GROUPS.map((g) => (
          <table key={g.id}>
            <caption>{g.title}</caption>
            <tbody>
              {g.fields.map((key) => (
                <tr key={key}>
                  <th scope="row">{CATALOG[key].label}</th>
                  <td>
                    {isLeverKey(key)
                      ? `${value(`${key}.base`)} → ${value(`${key}.withCs`)} with CS`
                      : value(key)}
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
