/**
 * Defences applied to every imported file before any of it is trusted: a size limit, strict UTF-8,
 * a nesting-depth limit checked BEFORE JSON.parse (so a hostile file cannot exhaust the stack), and a
 * ban on keys that could reach an object's prototype. Pure functions, no I/O.
 */

/** Larger than any real export (10,000 long assessments is about 60 MB); anything bigger is refused unread. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Our deepest real path is about 7 levels (file → assessments → comment → replies → reply → body). */
export const MAX_JSON_DEPTH = 24;

export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Strict UTF-8 decoding (a leading byte-order mark is dropped). Returns null when the bytes are not UTF-8 text. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch {
    return null;
  }
}

/**
 * The deepest nesting of arrays and objects in JSON `text`, scanning at most up to `limit + 1`
 * (it stops as soon as the limit is passed). Brackets inside strings are ignored.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (depth > limit) return true;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return false;
}

/** The first forbidden key anywhere in a parsed JSON value, with where it was found, or null. */
export function findForbiddenKey(value: unknown): { key: string; path: Array<string | number> } | null {
  // Each entry points to its parent; the path is built only for a key that is found (copying a path for
  // every value of a 10,000-assessment file took most of a second).
  type Entry = { value: unknown; parent: Entry | null; step: string | number };
  const stack: Entry[] = [{ value, parent: null, step: '' }];
  const pathOf = (entry: Entry) => {
    const path: Array<string | number> = [];
    for (let e: Entry | null = entry; e?.parent; e = e.parent) path.unshift(e.step);
    return path;
  };
  while (stack.length > 0) {
    const entry = stack.pop()!;
    const current = entry.value;
    if (Array.isArray(current)) {
      for (let index = 0; index < current.length; index++) {
        const item: unknown = current[index];
        if (item !== null && typeof item === 'object')
          stack.push({ value: item, parent: entry, step: index });
      }
    } else if (current !== null && typeof current === 'object') {
      for (const key of Object.keys(current)) {
        if (FORBIDDEN_KEYS.has(key)) return { key, path: pathOf(entry) };
        const item = (current as Record<string, unknown>)[key];
        if (item !== null && typeof item === 'object') stack.push({ value: item, parent: entry, step: key });
      }
    }
  }
  return null;
}

/** Line and column (from 1) of a character offset into `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}

/**
 * True when the text is a web page (such as the accessible HTML version the app saves beside the PDF), not
 * JSON that went wrong: the import says so rather than "not valid JSON".
 */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html)[\s>]/i.test(text);
}

/**
 * Where JSON.parse gave up, from the engine's own message when it says: a line and column, 'ends' when the
 * text stops part of the way through, or null.
 */
export function jsonSyntaxPosition(
  text: string,
  error: unknown,
): { line: number; column: number } | 'ends' | null {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (position?.[1]) return lineAndColumn(text, Number(position[1]));
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return { line: Number(lineCol[1]), column: Number(lineCol[2]) };
  if (/end of (JSON )?input|Unterminated/i.test(message)) return 'ends';
  return null;
}
