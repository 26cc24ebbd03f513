// Long CPU work (reading a text of a million characters) written as a generator that yields between slices of a
// few milliseconds: run whole where nothing waits (a CLI, a test), or with a turn of the event loop at each yield
// where other requests must go on meanwhile.

/** Runs the steps to their end at once. */
export function drain(steps: Iterable<unknown>): void {
  for (const _step of steps);
}

/** Runs the steps to their end, letting the event loop serve others between two of them. */
export async function drainAsync(steps: Iterable<unknown>): Promise<void> {
  for (const _step of steps) await new Promise<void>((resolve) => setImmediate(resolve));
}
