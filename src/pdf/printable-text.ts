import type { PdfViewModel } from '@/domain/pdf-view-model.ts';

/**
 * The view-model's text as it is printed. Printing changes only what cannot be drawn as it is, and
 * nothing else: text is put in composed form (NFC: "e" + combining acute becomes "é", which a font draws
 * in one piece; it looks and reads the same); a tab becomes four spaces and a Unicode line or paragraph
 * separator a line break (react-pdf draws neither); other invisible control characters are dropped; and
 * a character that no bundled font has becomes "�", as react-pdf would otherwise draw a wrong letter.
 * The metadata, the file name and the attached data keep the text exactly as typed.
 */
export const REPLACEMENT = '\uFFFD';

export function printable(vm: PdfViewModel): PdfViewModel {
  return mapPrinted(vm, (text) =>
    text
      .normalize('NFC')
      .replace(/\t/g, '    ')
      .replace(/[\u2028\u2029]/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ''),
  );
}

/** Every printed string, joined: what the fonts must cover. */
export function printedText(vm: PdfViewModel): string {
  const parts: string[] = [];
  mapPrinted(vm, (text) => {
    parts.push(text);
    return text;
  });
  return parts.join('\n');
}

export function withoutUnsupported(vm: PdfViewModel, unsupported: string[]): PdfViewModel {
  if (unsupported.length === 0) return vm;
  const missing = new Set(unsupported);
  return mapPrinted(vm, (text) =>
    Array.from(text, (char) => (missing.has(char) ? REPLACEMENT : char)).join(''),
  );
}

function mapPrinted(vm: PdfViewModel, fn: (text: string) => string): PdfViewModel {
  const { metadata, fileName, ...printed } = vm;
  return { ...(mapStrings(printed, fn) as typeof printed), metadata, fileName };
}

function mapStrings(value: unknown, fn: (text: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, fn));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, fn)]));
  }
  return value;
}
