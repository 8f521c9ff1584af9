import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * CPU-bound loops (recurrence expansion) give the event loop back after each slice of this many milliseconds,
 * so health checks and other requests are answered while a large expansion runs.
 */
export const SLICE_MS = 10;

/** A clock for one loop: `await slice.pause()` yields once the current slice has run SLICE_MS. */
export function cooperative() {
  let started = performance.now();
  return {
    async pause(): Promise<void> {
      if (performance.now() - started < SLICE_MS) return;
      await nextTurn();
      started = performance.now();
    },
  };
}
