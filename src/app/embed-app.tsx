import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { cssVars } from '../css-vars.ts';
import { ChartFigure } from '../charts/chart-figure.tsx';
import { mrrChartSpec } from '../charts/mrr-chart-spec.ts';
import { paletteFor } from '../charts/palette.ts';
import { FEATURED_INPUTS } from '../components/featured-inputs.ts';
import { InputPanel } from '../components/input-panel.tsx';
import { KpiGrid } from '../components/kpi-grid.tsx';
import { Notices } from '../components/notices.tsx';
import { Summary } from '../components/summary.tsx';
import { CalculatorProvider, useCalculator } from '../store/calculator-context.tsx';
import { createCalculatorStore, type CalculatorStore } from '../store/calculator-store.ts';
import { readEmbedConfig, type EmbedConfig } from '../store/embed-config.ts';
import { contrast, textOn } from './contrast.ts';
import { useFormatting, useProjection } from '../store/projection.ts';
import { reportHeight } from './embed-height.ts';
import { hostChannel, scenarioDetail, tellChanges } from './host-events.ts';
import { LeadForm } from './lead-form.tsx';
import { EmbedDownload } from './embed-download.tsx';
import { useCalculatorStore } from '../store/calculator-context.tsx';
import { usePageTheme } from '../store/use-theme.ts';
import { openingLocale } from '../store/language.ts';
import type { Language } from '../i18n/languages.ts';
import { useWords } from '../i18n/use-words.ts';
import { words } from '../i18n/words.ts';
import { usePageTitle } from './page-title.ts';
import './styles.css';
import './embed.css';

/** A store set up from the embed's attributes; every value goes through the store's own validation. */
function configuredStore(config: EmbedConfig, language: Language): CalculatorStore {
  const store = createCalculatorStore();
  const { applyPreset, updateSettings, notify } = store.getState();
  // The language the page opened in (data-lang when the calculator speaks it, else the browser's):
  // an unknown data-lang is then reported against the language actually shown.
  const locale = openingLocale(language, navigator.languages);
  updateSettings(locale ? { language, locale } : { language });
  updateSettings(config.settings, words().app.embedSource);
  if (config.preset !== null) applyPreset(config.preset);
  // One notice for the attributes: notices are capped, and the store's own (currency, preset) follow.
  if (config.problems.length > 0) notify([config.problems.join(' ')]);
  store.getState().clearHistory();
  return store;
}

/** The compact calculator for marketing sites: a few inputs, the headline figures and the MRR chart. */
export function EmbedApp({ language }: { language: Language }) {
  const [config] = useState(() => readEmbedConfig(window.location.search));
  const [store] = useState(() => configuredStore(config, language));
  return (
    <CalculatorProvider store={store}>
      <EmbedCalculator config={config} />
    </CalculatorProvider>
  );
}

const readyTold = new WeakSet<CalculatorStore>();

/** Runs `tell` once per calculator: React runs effects twice in development to find unsafe ones. */
function tellReady(store: CalculatorStore, tell: () => void): void {
  if (readyTold.has(store)) return;
  readyTold.add(store);
  tell();
}

/** Theme backgrounds, as in styles.css: the accent is checked against the one it will sit on. */
const SURFACE = { light: '#ffffff', dark: '#111827' } as const;

/**
 * The host's accent always colours the call to action (with text that reads on it). It replaces the
 * page's accent, which is also used for text and slider tracks, only where it keeps 4.5:1 against the
 * theme's surface: a host's dark brand colour must not make links unreadable in the dark theme.
 */
function accentStyle(accent: string | null, theme: 'light' | 'dark'): CSSProperties | undefined {
  if (!accent) return undefined;
  const cta = { '--cta': accent, '--cta-text': textOn(accent) } as const;
  const readable = contrast(accent, SURFACE[theme]) >= 4.5;
  return cssVars(readable ? { ...cta, '--accent': accent, '--accent-text': textOn(accent) } : cta);
}

function EmbedCalculator({ config }: { config: EmbedConfig }) {
  const root = useRef<HTMLDivElement>(null);
  const theme = usePageTheme();
  usePageTitle();
  const t = useWords().app;
  const projection = useProjection();
  const activeSegment = useCalculator((s) => s.activeSegment);
  const fmt = useFormatting();
  const spec = useMemo(
    // NOTE: the accent colours the page, not the chart: a host's brand colour can clash with the
    // chart's own green for net benefit, and the chart must stay readable whatever the host picks.
    () => mrrChartSpec(projection, paletteFor(theme), fmt),
    [projection, theme, fmt],
  );
  useEffect(() => {
    if (!root.current || !config.hostOrigin) return undefined;
    return reportHeight(root.current, config.hostOrigin);
  }, [config.hostOrigin]);
  const store = useCalculatorStore();
  const send = useMemo(() => hostChannel(config.hostOrigin), [config.hostOrigin]);
  useEffect(() => {
    tellReady(store, () =>
      send({
        name: 'ready',
        detail: { ...scenarioDetail(store), language: store.getState().settings.language },
      }),
    );
    return tellChanges(store, send);
  }, [store, send]);

  const shown = config.shown ?? [...FEATURED_INPUTS, ...config.locked];
  const style = accentStyle(config.accent, theme);
  return (
    <div className="embed app" ref={root} style={style}>
      <Notices />
      <main>
        <h1 className="visually-hidden">{t.title}</h1>
        <Summary />
        <div className="embed-layout">
          <section className="inputs" aria-label={t.assumptions}>
            <InputPanel
              segment={activeSegment}
              segments="choose"
              visible={(key) => shown.includes(key)}
              locked={(key) => config.locked.includes(key)}
            />
          </section>
          <div className="results">
            <KpiGrid headlineOnly />
            <ChartFigure name="mrr" spec={spec} />
            <EmbedDownload
              onExport={(file) =>
                send({ name: 'export', detail: { ...scenarioDetail(store), format: 'csv', file } })
              }
            />
          </div>
        </div>
        {config.lead && (
          <LeadForm
            consent={config.lead.consent}
            onLead={(email) =>
              send({ name: 'lead', detail: { ...scenarioDetail(store), email, consent: true } })
            }
          />
        )}
        {config.cta && (
          <p className="embed-cta">
            <a
              href={config.cta.href}
              target={config.cta.target}
              rel="noopener noreferrer"
              onClick={() =>
                send({ name: 'cta', detail: { ...scenarioDetail(store), href: config.cta!.href } })
              }
            >
              {config.cta.text}
            </a>
          </p>
        )}
      </main>
    </div>
  );
}
