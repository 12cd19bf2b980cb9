/**
 * Long work on the main thread, a slice at a time: a generator does the work and yields between steps;
 * `runInSlices` runs it for about `sliceMs` at a time, then gives the browser its turn (input, painting)
 * before the next slice, so a page stays usable while 10,000 assessments are read. `runAll` runs the
 * same generator without a break (the command line, tests).
 */

export type Steps<P, R> = Generator<P, R, void>;

export function runAll<P, R>(steps: Steps<P, R>): R {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Resolves after the browser has had a turn (a macrotask: input and rendering can run before it). */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function runInSlices<P, R>(
  steps: Steps<P, R>,
  onProgress?: (progress: P) => void,
  sliceMs = 25,
): Promise<R> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart >= sliceMs) {
      onProgress?.(next.value);
      await yieldToBrowser();
      sliceStart = performance.now();
    }
  }
}

/** `work` on each item, a slice at a time, with the count done so far. */
export async function mapInSlices<T, U>(
  items: readonly T[],
  work: (item: T, index: number) => U,
  onProgress?: (done: number) => void,
  sliceMs = 25,
): Promise<U[]> {
  const out: U[] = [];
  function* steps(): Steps<number, U[]> {
    for (let i = 0; i < items.length; i++) {
      out.push(work(items[i]!, i));
      yield i + 1;
    }
    return out;
  }
  const result = await runInSlices(steps(), onProgress, sliceMs);
  onProgress?.(items.length);
  return result;
}
