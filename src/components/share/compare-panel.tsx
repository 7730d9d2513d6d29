import { useId, useMemo, useState } from 'react';
import { decimal } from '../../format.ts';
import { plural } from '../../i18n/plural.ts';
import { useWords } from '../../i18n/use-words.ts';
import type { Assumptions } from '../../model/index.ts';
import { useResolvedTheme } from '../../store/use-theme.ts';
import { ChartFigure } from '../../charts/chart-figure.tsx';
import { compareChartSpec, type NamedProjection } from '../../charts/compare-chart-spec.ts';
import { paletteFor } from '../../charts/palette.ts';
import { useCalculator } from '../../store/calculator-context.tsx';
import { kpiFigures, segmentFigures } from '../../store/kpis.ts';
import { scenarioOfLink } from '../../store/load-link.ts';
import { useFormatting } from '../../store/projection.ts';
import { projectionOf } from '../../store/projection-of.ts';
import type { SavedScenario } from '../../store/saved-scenarios.ts';
import { compareRows } from './compare-table.ts';
import { useSavedScenarios } from './use-saved-scenarios.ts';

export const MAX_COMPARED = 3;
const ON_SCREEN = 'on-screen';

/** A saved scenario's inputs, through the same decoder and validation as any link; cached by link text. */
const savedCache = new Map<string, { inputs: Assumptions; currency: string }>();
function openSaved(s: SavedScenario): { inputs: Assumptions; currency: string } {
  let hit = savedCache.get(s.link);
  if (!hit) {
    const { inputs, settings } = scenarioOfLink(s.link);
    hit = { inputs, currency: settings.currency };
    savedCache.set(s.link, hit);
  }
  return hit;
}

/** Up to three scenarios side by side: key figures with their differences, and the MRR curves overlaid. */
export default function ComparePanel() {
  const saved = useSavedScenarios();
  const inputs = useCalculator((s) => s.inputs);
  const fmt = useFormatting();
  const t = useWords().share.compare;
  const palette = paletteFor(useResolvedTheme());
  const [chosen, setChosen] = useState<string[]>(() => [
    ON_SCREEN,
    ...saved.scenarios.slice(0, MAX_COMPARED - 1).map((s) => s.id),
  ]);
  const id = useId();

  const options = [
    { id: ON_SCREEN, name: t.onScreen },
    ...saved.scenarios.map((s) => ({ id: s.id, name: s.name })),
  ];
  const compared = useMemo((): (NamedProjection & { currency: string })[] => {
    const list: (NamedProjection & { currency: string })[] = [];
    for (const key of chosen) {
      if (key === ON_SCREEN) {
        list.push({ name: t.onScreen, projection: projectionOf(inputs), currency: fmt.currency });
        continue;
      }
      const s = saved.scenarios.find((x) => x.id === key);
      if (!s) continue;
      const { inputs: savedInputs, currency } = openSaved(s);
      list.push({ name: s.name, projection: projectionOf(savedInputs), currency });
    }
    return list;
  }, [chosen, inputs, saved.scenarios, fmt.currency, t]);

  const rows = useMemo(
    () =>
      compareRows(
        // NOTE: the KPI rows compare a new account's worth (CLV, LTV : CAC) of each scenario's first
        // segment; each segment's own rows follow, where the scenarios differ.
        compared.map((c) => [...kpiFigures(c.projection, 0), ...segmentFigures(c.projection)]),
        fmt,
      ),
    [compared, fmt],
  );
  const spec = useMemo(
    () => (compared.length >= 2 ? compareChartSpec(compared, palette, fmt) : null),
    [compared, palette, fmt],
  );
  const otherCurrencies = compared.filter((c) => c.currency !== fmt.currency).map((c) => c.name);

  const toggle = (key: string, on: boolean) =>
    setChosen((list) => (on ? [...list, key].slice(0, MAX_COMPARED) : list.filter((k) => k !== key)));

  return (
    <div className="compare">
      <h2 className="panel-title">{t.title}</h2>
      <fieldset className="compare-pick">
        <legend>{t.chooseUpTo(decimal(fmt, MAX_COMPARED, 0))}</legend>
        {options.map((o) => {
          const on = chosen.includes(o.id);
          return (
            <label key={o.id} className="check">
              <input
                type="checkbox"
                checked={on}
                disabled={!on && chosen.length >= MAX_COMPARED}
                onChange={(e) => toggle(o.id, e.target.checked)}
              />
              <span>{o.name}</span>
            </label>
          );
        })}
      </fieldset>
      {saved.message && <p className="panel-message">{saved.message}</p>}
      {compared.length < 2 ? (
        <p className="panel-empty" role="status">
          {t.tooFew}
        </p>
      ) : (
        <>
          {otherCurrencies.length > 0 && (
            <p className="panel-hint">
              {plural(otherCurrencies.length, otherCurrencies.join(', '), t.otherCurrency(fmt.currency))}
            </p>
          )}
          <div
            className="table-scroll compare-table"
            role="region"
            aria-labelledby={`${id}-caption`}
            tabIndex={0}
          >
            <table>
              <caption id={`${id}-caption`}>{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.keyFigure}</th>
                  {compared.map((c, i) => (
                    <th key={`v-${i}`} scope="col">
                      {c.name}
                    </th>
                  ))}
                  {compared.slice(1).map((c, i) => (
                    <th key={`d-${i}`} scope="col">
                      {t.versus(c.name, compared[0]!.name)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.name} data-compare-row={r.name}>
                    <th scope="row">{r.label}</th>
                    {r.values.map((v, i) => (
                      <td key={i}>{v}</td>
                    ))}
                    {r.differences.map((d, i) => (
                      <td key={i} className={`diff tone-${d.tone}`}>
                        {d.text}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {spec && <ChartFigure name="compare" spec={spec} />}
        </>
      )}
    </div>
  );
}
