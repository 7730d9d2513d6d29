import { useEffect, useRef, useState } from 'react';
import {
  monteCarlo,
  type Assumptions,
  type MonteCarloOptions,
  type MonteCarloResult,
} from '../model/index.ts';
import type { MonteCarloRequest, MonteCarloResponse } from './monte-carlo.worker.ts';

/** Quiet time after the last change before a new batch of runs starts: a drag asks once, at its end. */
export const MONTE_CARLO_DEBOUNCE_MS = 150;

export interface MonteCarloRun {
  result: MonteCarloResult;
  /** The scenario and options the result belongs to. */
  inputs: Assumptions;
  key: string;
  ms: number;
  where: 'worker' | 'main thread';
}

export interface MonteCarloState {
  run: MonteCarloRun | null;
  /** True while the result on screen belongs to other inputs or options than the current ones. */
  pending: boolean;
}

/** Results already computed, by scenario and options: coming back to the view shows them at once. */
const done = new WeakMap<Assumptions, Map<string, MonteCarloRun>>();
let nextRequest = 0;

function remember(run: MonteCarloRun): MonteCarloRun {
  const byKey = done.get(run.inputs) ?? new Map<string, MonteCarloRun>();
  byKey.set(run.key, run);
  done.set(run.inputs, byKey);
  return run;
}

function onMainThread(inputs: Assumptions, key: string): MonteCarloRun {
  const started = performance.now();
  const result = monteCarlo(inputs, JSON.parse(key) as MonteCarloOptions);
  return remember({ result, inputs, key, ms: performance.now() - started, where: 'main thread' });
}

/**
 * The Monte Carlo of a scenario, recomputed in a module Web Worker a moment after the inputs or options
 * stop changing; the last result stays on screen (marked pending) meanwhile. Where a worker cannot
 * start or fails (jsdom, a strict policy) the runs happen on the main thread after the same pause.
 */
export function useMonteCarlo(inputs: Assumptions, options: MonteCarloOptions): MonteCarloState {
  const key = JSON.stringify(options);
  const cached = done.get(inputs)?.get(key) ?? null;
  const [latestRun, setLatestRun] = useState<MonteCarloRun | null>(cached);
  const worker = useRef<Worker | null>(null);
  const awaited = useRef(new Map<number, { inputs: Assumptions; key: string }>());
  const latest = useRef(0);

  useEffect(() => {
    let w: Worker | null = null;
    try {
      w = new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      w = null;
    }
    const requests = awaited.current;
    const settle = (id: number, run: MonteCarloRun) => {
      requests.delete(id);
      if (id === latest.current) setLatestRun(run);
    };
    w?.addEventListener('message', (e: MessageEvent<MonteCarloResponse>) => {
      const asked = requests.get(e.data.id);
      if (!asked) return;
      settle(e.data.id, remember({ ...asked, result: e.data.result, ms: e.data.ms, where: 'worker' }));
    });
    w?.addEventListener('error', () => {
      // The worker could not load or crashed: finish what it owed here, and stop using it.
      w?.terminate();
      if (worker.current === w) worker.current = null;
      for (const [id, asked] of [...requests]) settle(id, onMainThread(asked.inputs, asked.key));
    });
    worker.current = w;
    return () => {
      w?.terminate();
      worker.current = null;
      requests.clear();
    };
  }, []);

  useEffect(() => {
    if (done.get(inputs)?.has(key)) return;
    const timer = setTimeout(() => {
      const id = ++nextRequest;
      latest.current = id;
      if (worker.current) {
        awaited.current.set(id, { inputs, key });
        const request: MonteCarloRequest = { id, inputs, options: JSON.parse(key) as MonteCarloOptions };
        worker.current.postMessage(request);
      } else {
        setLatestRun(onMainThread(inputs, key));
      }
    }, MONTE_CARLO_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [inputs, key]);

  const run = cached ?? latestRun;
  return { run, pending: run === null || run.inputs !== inputs || run.key !== key };
}
