import {
  monteCarlo,
  type Assumptions,
  type MonteCarloOptions,
  type MonteCarloResult,
} from '../model/index.ts';

export interface MonteCarloRequest {
  id: number;
  inputs: Assumptions;
  options: MonteCarloOptions;
}

export interface MonteCarloResponse {
  id: number;
  result: MonteCarloResult;
  /** Milliseconds the runs took inside the worker. */
  ms: number;
}

/** Runs the Monte Carlo off the main thread: a drag keeps its frames while a thousand scenarios simulate. */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<MonteCarloRequest>) => void) | null;
  postMessage: (message: MonteCarloResponse) => void;
};

scope.onmessage = (e) => {
  const started = performance.now();
  const result = monteCarlo(e.data.inputs, e.data.options);
  scope.postMessage({ id: e.data.id, result, ms: performance.now() - started });
};
