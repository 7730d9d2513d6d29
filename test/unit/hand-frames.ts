import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Animation frames run by hand. `frame()` runs the callbacks asked for before it, as a browser does, and
 * then the tasks they posted, which a browser runs once that frame has been painted. Each test ends with
 * its frames and tasks run out, so that nothing it asked for is left to the next.
 */
export function handFrames() {
  let queue: (() => void)[] = [];
  /** The frame's callbacks alone: the frame is being made, not yet painted. */
  const callbacks = () => {
    const due = queue;
    queue = [];
    due.forEach((run) => run());
  };
  const frame = () => {
    callbacks();
    vi.runOnlyPendingTimers();
  };
  beforeEach(() => {
    queue = [];
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => queue.push(run));
  });
  afterEach(() => {
    // A test may end between a frame's callbacks and the tasks they posted: those run too. A page that
    // asks for frames forever is a failure here, not a hang.
    vi.runOnlyPendingTimers();
    for (let frames = 0; queue.length > 0; frames++) {
      if (frames === 100) throw new Error('still asking for frames after 100');
      frame();
    }
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  return { frame, callbacks };
}
