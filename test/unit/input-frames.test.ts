import { describe, expect, test, vi } from 'vitest';
import { createCalculatorStore } from '../../src/store/calculator-store.ts';
import { inputFramesOf } from '../../src/store/input-frames.ts';
import { handFrames } from './hand-frames.ts';

const { frame, callbacks } = handFrames();

const CHURN = 'segments.0.monthlyChurn.withCs' as const;

describe('the inputs the figures show', () => {
  test('show an input at once when the screen has caught up, and the newest of a burst next frame', () => {
    const store = createCalculatorStore();
    const frames = inputFramesOf(store);
    const seen: number[] = [];
    frames.subscribeShown(() => seen.push(frames.shown().segments[0]!.monthlyChurn.withCs));
    store.getState().setInput(CHURN, 0.01);
    expect(seen).toEqual([0.01]);
    store.getState().setInput(CHURN, 0.012);
    store.getState().setInput(CHURN, 0.013);
    expect(seen).toEqual([0.01]);
    frame();
    expect(seen).toEqual([0.01, 0.013]);
    frame();
    store.getState().setInput(CHURN, 0.014);
    expect(seen).toEqual([0.01, 0.013, 0.014]);
  });

  test('never draw two steps in one frame: a waiting input is shown after the frame paints the one before', () => {
    const store = createCalculatorStore();
    const frames = inputFramesOf(store);
    const seen: number[] = [];
    frames.subscribeShown(() => seen.push(frames.shown().segments[0]!.monthlyChurn.withCs));
    store.getState().setInput(CHURN, 0.01);
    store.getState().setInput(CHURN, 0.012);
    // The frame's callbacks run, and it paints 0.01: the waiting input is not drawn into that frame.
    callbacks();
    expect(seen).toEqual([0.01]);
    // The task after that paint shows it.
    vi.runOnlyPendingTimers();
    expect(seen).toEqual([0.01, 0.012]);
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

  test('settle once a frame has gone by with no new input, not while inputs keep coming', () => {
    const store = createCalculatorStore();
    const frames = inputFramesOf(store);
    const first = frames.settled();
    store.getState().setInput(CHURN, 0.01);
    store.getState().setInput(CHURN, 0.011);
    frame();
    expect(frames.settled()).toBe(first);
    store.getState().setInput(CHURN, 0.012);
    frame();
    expect(frames.settled()).toBe(first);
    frame();
    expect(frames.settled()).toBe(store.getState().inputs);
  });

  test('is one pacing per store, shared by every reader', () => {
    const store = createCalculatorStore();
    expect(inputFramesOf(store)).toBe(inputFramesOf(store));
    expect(inputFramesOf(createCalculatorStore())).not.toBe(inputFramesOf(store));
  });
});
