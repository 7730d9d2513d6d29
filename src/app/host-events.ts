import type { Projection } from '../store/projection-of.ts';
import { projectionOf } from '../store/projection-of.ts';
import { kpiFigures } from '../store/kpis.ts';
import type { CalculatorStore } from '../store/calculator-store.ts';
import { changedInput } from '../store/changed-input.ts';
import { linkOf } from '../store/url-sync.ts';

/** The message that carries an event to the host page; public/embed.js reads exactly this shape. */
export const EVENT_MESSAGE = 'cs-roi:event';

/** The key figures a host receives, as numbers (null where a figure has no value, e.g. no payback). */
export interface HostFigures {
  roi: number | null;
  paybackMonth: number | null;
  netBenefit: number | null;
  csCost: number | null;
  npv: number | null;
  arrLift: number | null;
  arrWithCs: number | null;
  nrr: number | null;
  grr: number | null;
  csCostShareOfArr: number | null;
  horizonMonths: number | null;
}

const finite = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** The scenario's key figures for the whole book. */
export function keyFigures(p: Projection): HostFigures {
  const e = p.evaluation;
  const figures = kpiFigures(p, 0);
  const kpi = (name: string) => finite(figures.find((f) => f.name === name)?.value);
  return {
    roi: finite(e.roi),
    paybackMonth: finite(e.paybackMonth),
    netBenefit: finite(e.netBenefit),
    csCost: finite(e.csCost),
    npv: finite(e.npv),
    arrLift: finite(e.endingArrLift),
    arrWithCs: kpi('arr-with-cs'),
    nrr: kpi('nrr'),
    grr: kpi('grr'),
    csCostShareOfArr: finite(e.csCostShareOfArr),
    horizonMonths: p.inputs.horizonMonths,
  };
}

/** What every event's detail holds: the figures, their currency and the scenario's share link. */
export interface ScenarioDetail {
  figures: HostFigures;
  currency: string;
  /** The calculator's own page with this scenario in its link. */
  link: string;
}

export type HostEvent =
  | { name: 'ready'; detail: ScenarioDetail & { language: string } }
  | { name: 'change'; detail: ScenarioDetail & { input: string; segment: number | null } }
  | { name: 'cta'; detail: ScenarioDetail & { href: string } }
  | { name: 'export'; detail: ScenarioDetail & { format: 'csv'; file: string } }
  | { name: 'lead'; detail: ScenarioDetail & { email: string; consent: true } };

/** The scenario's detail now: every event carries it. */
export function scenarioDetail(store: CalculatorStore, page: Location = window.location): ScenarioDetail {
  const { inputs, settings } = store.getState();
  // The full calculator's page, beside the embed's own (embed.html and index.html share a folder).
  const link = new URL(`./#${linkOf(store)}`, page.href).href;
  return { figures: keyFigures(projectionOf(inputs)), currency: settings.currency, link };
}

export type SendEvent = (event: HostEvent) => void;

/**
 * Sends events to the host page at `hostOrigin` only (never "*"); none when there is no host (the embed
 * page opened on its own) or no origin to send to.
 */
export function hostChannel(hostOrigin: string | null, target: Window = window.parent): SendEvent {
  if (!hostOrigin || target === window) return () => {};
  return (event) => target.postMessage({ type: EVENT_MESSAGE, ...event }, hostOrigin);
}

/** Inputs rest this long before a change is told; then at most one change a second. */
export const REST_MS = 500;
export const MIN_INTERVAL_MS = 1000;

// NOTE: the host hears of a change once the inputs rest, not on every step of a drag: a tag manager or
// a CRM wants the scenario a visitor settled on, and a drag would flood it. A change told is the
// difference between the scenario last told (or the opening one) and the one now, so a value dragged
// away and back is not told at all.
/** Sends `change` when the scenario rests after a change. Returns the function that stops it. */
export function tellChanges(
  store: CalculatorStore,
  send: SendEvent,
  now: () => number = () => performance.now(),
): () => void {
  let told = store.getState().inputs;
  let lastSent = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    const wait = lastSent + MIN_INTERVAL_MS - now();
    if (wait > 0) {
      timer = setTimeout(flush, wait);
      return;
    }
    const { inputs } = store.getState();
    const changed = changedInput(told, inputs);
    if (!changed) return;
    told = inputs;
    lastSent = now();
    send({ name: 'change', detail: { ...scenarioDetail(store), ...changed } });
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.inputs === previous.inputs) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, REST_MS);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
