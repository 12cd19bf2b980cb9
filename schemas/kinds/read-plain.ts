/**
 * Zod-free reading of stored and typed answers: the few shapes answers take (strings with a length cap,
 * objects with fixed keys, arrays, records), read exactly as the kinds' Zod answer schemas read them (same
 * inputs accepted, same output: a copy with only the declared keys, in their order, defaults filled in),
 * so that the screens an assessment opens on, and every keystroke, need no validation library
 * (`npm run bench -- bundle`). Each kind's helpers.ts builds its readers from these; its Zod schema stays
 * the reference for files and migrations, and tests/schemas/kinds/plain-readers.test.ts checks that both
 * accept and give the same for every case.
 *
 * A reader returns the value read, or `undefined` when the schema would refuse it.
 */
export type Read<T> = (value: unknown) => T | undefined;

/** Zod's object check: any non-null object that is not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Zod's plain-object check (records): an object whose constructor, if any, is an ordinary one. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prototype = (ctor as { prototype?: unknown }).prototype;
  return isObject(prototype) && Object.prototype.hasOwnProperty.call(prototype, 'isPrototypeOf');
}

/** `z.string().max(max)`. */
export function readString(max: number): Read<string> {
  return (value) => (typeof value === 'string' && value.length <= max ? value : undefined);
}

/** `schema.default(fallback)`: `undefined` reads as the fallback (a fresh copy each time). */
export function withDefault<T>(read: Read<T>, fallback: () => T): Read<T> {
  return (value) => (value === undefined ? fallback() : read(value));
}

/** `z.object(shape)`: the declared keys only, in the shape's order; unknown keys are left out. */
export function readObject<T extends Record<string, unknown>>(shape: {
  [K in keyof T]: Read<T[K]>;
}): Read<T> {
  const keys = Object.keys(shape) as Array<keyof T & string>;
  return (value) => {
    if (!isObject(value)) return undefined;
    const out = {} as T;
    for (const key of keys) {
      const read = shape[key](value[key]);
      if (read === undefined) return undefined;
      out[key] = read;
    }
    return out;
  };
}

/** `z.array(item).max(max)`: a new array of the items read. */
export function readArray<T>(item: Read<T>, max: number): Read<T[]> {
  return (value) => {
    if (!Array.isArray(value) || value.length > max) return undefined;
    const out: T[] = [];
    for (const element of value as unknown[]) {
      const read = item(element);
      if (read === undefined) return undefined;
      out.push(read);
    }
    return out;
  };
}

/**
 * `z.record(z.string().min(1).max(maxKey), item)`: every own enumerable key (a symbol key is refused; a
 * `__proto__` key is skipped), into a new object; also refused with more than `maxEntries` keys.
 */
export function readRecord<T>(
  item: Read<T>,
  maxKey: number,
  maxEntries = Number.POSITIVE_INFINITY,
): Read<Record<string, T>> {
  return (value) => {
    if (!isPlainObject(value)) return undefined;
    for (const symbol of Object.getOwnPropertySymbols(value))
      if (Object.prototype.propertyIsEnumerable.call(value, symbol)) return undefined;
    const out: Record<string, T> = {};
    let entries = 0;
    // for…in lists the own enumerable string keys in the order Reflect.ownKeys does (and no inherited
    // ones: a plain object's prototype has none that enumerate), without making a list of them.
    for (const key in value) {
      if (key === '__proto__' || !Object.hasOwn(value, key)) continue;
      if (key.length < 1 || key.length > maxKey || ++entries > maxEntries) return undefined;
      const read = item(value[key]);
      if (read === undefined) return undefined;
      out[key] = read;
    }
    return out;
  };
}

/** `z.union([...])`: the first reader that accepts the value. */
export function readFirst<T>(...readers: Array<Read<T>>): Read<T> {
  return (value) => {
    for (const read of readers) {
      const out = read(value);
      if (out !== undefined) return out;
    }
    return undefined;
  };
}
