// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { useCreationTurn } from '../../src/charts/creation-turns.ts';

const loaded = () => Promise.resolve();

/** A figure that shows whether it has its turn, and a button that says its chart now exists. */
function Figure({ name, code = loaded }: { name: string; code?: () => Promise<unknown> }) {
  const { turn, created } = useCreationTurn(code);
  return (
    <button type="button" onClick={created}>
      {name} {turn ? 'creating' : 'waiting'}
    </button>
  );
}

const state = (name: string) => screen.getByRole('button', { name: new RegExp(`^${name} `) }).textContent;
const create = (name: string) =>
  act(() => screen.getByRole('button', { name: new RegExp(`^${name} `) }).click());
// A zero-delay timer set while fake timers run one is due a millisecond later (@sinonjs/fake-timers).
const nextTask = () => act(() => vi.advanceTimersByTime(1));
/** The next animation frame, then the task it sets (promises settled first: the chart code is in). */
const nextFrame = async () => {
  await act(async () => {});
  await act(() => vi.advanceTimersToNextFrame());
  await nextTask();
};

afterEach(() => {
  // The figures leave and pass the turn on; with no figure left waiting, the next test starts afresh.
  cleanup();
  vi.runAllTimers();
  vi.useRealTimers();
});

describe('charts are created one per task, a frame apart', () => {
  test('in the order their figures mount, each after a frame once the one before it was created', async () => {
    vi.useFakeTimers();
    render(
      <>
        <Figure name="a" />
        <Figure name="b" />
        <Figure name="c" />
      </>,
    );
    expect([state('a'), state('b'), state('c')]).toEqual(['a waiting', 'b waiting', 'c waiting']);
    // Not before the frame that lays the figures out.
    await nextTask();
    expect(state('a')).toBe('a waiting');
    await nextFrame();
    expect([state('a'), state('b'), state('c')]).toEqual(['a creating', 'b waiting', 'c waiting']);
    await nextFrame();
    expect(state('b')).toBe('b waiting');
    await create('a');
    await nextTask();
    expect(state('b')).toBe('b waiting');
    await nextFrame();
    expect([state('b'), state('c')]).toEqual(['b creating', 'c waiting']);
  });

  test('a figure that leaves while it has the turn, or whose chart never comes, passes it on', async () => {
    vi.useFakeTimers();
    const { rerender } = render(
      <>
        <Figure key="a" name="a" />
        <Figure key="b" name="b" />
        <Figure key="c" name="c" />
      </>,
    );
    await nextFrame();
    expect(state('a')).toBe('a creating');
    rerender(
      <>
        <Figure key="b" name="b" />
        <Figure key="c" name="c" />
      </>,
    );
    await nextFrame();
    expect(state('b')).toBe('b creating');
    await act(() => vi.advanceTimersByTime(980));
    expect(state('c')).toBe('c waiting');
    await act(() => vi.advanceTimersByTime(20));
    await nextFrame();
    expect(state('c')).toBe('c creating');
  });

  test('a figure queues once its chart code is in; code that never comes holds up no other', async () => {
    vi.useFakeTimers();
    let arrive = () => {};
    const slow = new Promise<void>((done) => (arrive = done));
    render(
      <>
        <Figure name="a" code={() => slow} />
        <Figure name="b" code={() => Promise.reject(new Error('offline'))} />
        <Figure name="c" />
      </>,
    );
    await nextFrame();
    expect([state('a'), state('b'), state('c')]).toEqual(['a waiting', 'b waiting', 'c creating']);
    await create('c');
    await act(async () => arrive());
    await nextFrame();
    expect(state('a')).toBe('a creating');
    await create('a');
    await act(() => vi.advanceTimersByTime(5000));
    expect(state('b')).toBe('b waiting');
  });
});
