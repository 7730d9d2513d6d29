import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createCalculatorStore } from '../../src/store/calculator-store.ts';
import { inputFramesOf } from '../../src/store/input-frames.ts';

/** Animation frames run by hand: `frame()` runs the callbacks asked for before it, as a browser does. */
let queue: (() => void)[] = [];
const frame = () => {
  const due = queue;
  queue = [];
  due.forEach((run) => run());
};

beforeEach(() => {
  queue = [];
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => queue.push(run));
});
afterEach(() => vi.unstubAllGlobals());

const CHURN = 'segments.0.monthlyChurn.withCs' as const;

describe('the inputs the figures show', () => {
  test('take the newest of several inputs once a frame, and notify once', () => {
    const store = createCalculatorStore();
    const frames = inputFramesOf(store);
    const before = frames.shown();
    const seen: unknown[] = [];
    frames.subscribeShown(() => seen.push(frames.shown()));
    store.getState().setInput(CHURN, 0.01);
    store.getState().setInput(CHURN, 0.012);
    store.getState().setInput(CHURN, 0.013);
    expect(frames.shown()).toBe(before);
    frame();
    expect(seen).toEqual([store.getState().inputs]);
    expect(frames.shown().segments[0]!.monthlyChurn.withCs).toBe(0.013);
  });

  test('are never left behind: an input during a frame is shown in the next one', () => {
    const store = createCalculatorStore();
    const frames = inputFramesOf(store);
    frames.subscribeShown(() => {
      if (frames.shown().segments[0]!.monthlyChurn.withCs === 0.01) store.getState().setInput(CHURN, 0.02);
    });
    store.getState().setInput(CHURN, 0.01);
    frame();
    frame();
    expect(frames.shown().segments[0]!.monthlyChurn.withCs).toBe(0.02);
  });

  test('settle a frame after the last input, not while inputs keep coming', () => {
    const store = createCalculatorStore();
    const frames = inputFramesOf(store);
    const first = frames.settled();
    for (const churn of [0.01, 0.011, 0.012]) {
      store.getState().setInput(CHURN, churn);
      frame();
      expect(frames.settled()).toBe(first);
    }
    frame();
    expect(frames.settled()).toBe(store.getState().inputs);
  });

  test('is one pacing per store, shared by every reader', () => {
    const store = createCalculatorStore();
    expect(inputFramesOf(store)).toBe(inputFramesOf(store));
    expect(inputFramesOf(createCalculatorStore())).not.toBe(inputFramesOf(store));
  });
});
