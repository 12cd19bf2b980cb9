import { readFileSync } from 'node:fs';

/**
 * CPU time of the calling thread (Node's main thread, where react-pdf lays out and writes) in ms, from
 * Linux's /proc/thread-self/schedstat (nanoseconds); undefined where that file does not exist.
 * `process.cpuUsage()` counts every thread of the process, V8's garbage-collector helpers among them, and
 * on a machine shared with other work their share swings from run to run; the main thread's time is
 * steadier, and is what a comparison of two documents' layout needs.
 */
export function threadCpuMs(): number | undefined {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}
