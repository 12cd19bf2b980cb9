import { type LockManagerLike } from '@/storage/tab-lock.ts';

/**
 * An in-memory Web Locks manager (exclusive locks only) with the behaviour the app relies on:
 * ifAvailable, steal (the holder's request rejects with AbortError), waiting in a queue, and signal.
 * One instance stands for one browser profile: give every "tab" the same instance.
 */
export function fakeLockManager(): LockManagerLike {
  type Waiter = { grant: () => void; abort: () => void };
  const held = new Map<string, { abort: () => void }>();
  const queues = new Map<string, Waiter[]>();
  const abortError = () => new DOMException('The lock request was aborted.', 'AbortError');

  const grantNext = (name: string) => {
    const next = queues.get(name)?.shift();
    next?.grant();
  };

  const request = ((name: string, optionsOrCallback: unknown, maybeCallback?: unknown) => {
    const options = (typeof optionsOrCallback === 'function' ? {} : optionsOrCallback) as LockOptions;
    const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as (
      lock: Lock | null,
    ) => unknown;
    return new Promise<unknown>((resolve, reject) => {
      const run = () => {
        let stolen = false;
        held.set(name, {
          abort: () => {
            stolen = true;
            reject(abortError());
          },
        });
        Promise.resolve()
          .then(() => callback({ name, mode: 'exclusive' } as Lock))
          .then(
            (value) => {
              if (stolen) return;
              held.delete(name);
              resolve(value);
              grantNext(name);
            },
            (error) => {
              if (stolen) return;
              held.delete(name);
              reject(error);
              grantNext(name);
            },
          );
      };
      const holder = held.get(name);
      if (options.steal) {
        holder?.abort();
        held.delete(name);
        run();
      } else if (!holder) {
        run();
      } else if (options.ifAvailable) {
        Promise.resolve(callback(null)).then(resolve, reject);
      } else {
        const waiter: Waiter = { grant: run, abort: () => reject(abortError()) };
        queues.set(name, [...(queues.get(name) ?? []), waiter]);
        options.signal?.addEventListener('abort', () => {
          queues.set(
            name,
            (queues.get(name) ?? []).filter((w) => w !== waiter),
          );
          waiter.abort();
        });
      }
    });
  }) as LockManagerLike['request'];

  return { request };
}
