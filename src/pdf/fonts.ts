import { Font } from '@react-pdf/renderer';

/**
 * The fonts of the PDF appendix: Noto Sans, bundled with the app and embedded in every PDF (the
 * built-in PDF fonts cannot write Welsh letters such as ŵ and ŷ). @fontsource splits the font into
 * Unicode ranges, so each range is its own family and text uses them as a fallback stack: react-pdf
 * picks, letter by letter, the first family that has the glyph.
 *
 * Where the files come from differs between the browser (URLs bundled by Vite) and Node (files in
 * node_modules): the caller passes a `FontSource` (see font-source.browser.ts / font-source.node.ts).
 */

const SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'] as const;
const FACES = [
  { fontWeight: 400, fontStyle: 'normal' },
  { fontWeight: 700, fontStyle: 'normal' },
  { fontWeight: 400, fontStyle: 'italic' },
] as const;

type Subset = (typeof SUBSETS)[number];

/** One family per range, in fallback order. Use as `fontFamily` in every text style. */
export const FONT_FAMILY: string[] = SUBSETS.map(familyName);

/** Every font file the document may use, e.g. "noto-sans-latin-ext-700-normal.woff". */
export const FONT_FILES: string[] = SUBSETS.flatMap((subset) => FACES.map((face) => fileName(subset, face)));

/** Where to load a font file from: a URL in the browser, a file path in Node. */
export type FontSource = (file: string) => string;

let registered = false;

/** Registers the fonts once per process (react-pdf's font store is global). */
export function registerFonts(source: FontSource): void {
  if (registered) return;
  for (const subset of SUBSETS) {
    Font.register({
      family: familyName(subset),
      fonts: FACES.map((face) => ({ src: source(fileName(subset, face)), ...face })),
    });
  }
  Font.registerHyphenationCallback(breakOpportunities);
  registered = true;
}

/** A "word" longer than this may break after "/", ".", "_", "?", "&", "=" or "#" (a web address). */
const LONG_ADDRESS = 30;
/** A word longer than this may not fit on a line at all: it may also break every 20 characters. */
const LONGER_THAN_A_LINE = 60;
const SLICE = 20;

/**
 * Where react-pdf may break a word. Ordinary words are never split: English hyphenation patterns
 * would break Welsh words and names in the wrong places, and a hyphenated break adds a "-" that is not
 * in the text as typed (Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch, 58 letters, fits on
 * a line and stays whole). A web address may break after its punctuation, and a run of characters too
 * long for any line every 20 characters, so that nothing runs off the page. The empty parts returned
 * between pieces make react-pdf break there as at a space, without adding a hyphen.
 */
export function breakOpportunities(word: string): string[] {
  if (word.length <= LONG_ADDRESS) return [word];
  const separators =
    word.length > LONGER_THAN_A_LINE ? /[^/._?&=#-]*(?:[/._?&=#-]+|$)/g : /[^/._?&=#]*(?:[/._?&=#]+|$)/g;
  const pieces = word.match(separators)?.filter(Boolean) ?? [word];
  if (pieces.length === 1 && word.length <= LONGER_THAN_A_LINE) return [word];
  const parts: string[] = [];
  for (const piece of pieces) {
    const slice = word.length > LONGER_THAN_A_LINE ? SLICE : piece.length;
    for (let i = 0; i < piece.length; i += slice) parts.push(piece.slice(i, i + slice), '');
  }
  parts.pop();
  return parts;
}

/**
 * Loads every registered face and gives each range its own PostScript name. All the @fontsource ranges
 * are called "NotoSans-Regular" (and so on), and pdfkit, seeing a second font under a name it already
 * holds, embeds a fresh copy of it at every switch between ranges: a Welsh answer of 50,000 characters
 * then took 45 s and 2.5 MB instead of about 1 s and 60 KB.
 */
export async function loadFonts(): Promise<void> {
  await Promise.all(
    SUBSETS.flatMap((subset) =>
      FACES.map(async (face) => {
        const source = Font.getFont({ fontFamily: familyName(subset), ...face });
        await source.load();
        const font = source.data as { postscriptName?: string } | null;
        const name = font?.postscriptName;
        if (font && name && !name.endsWith(`-${subset}`)) {
          Object.defineProperty(font, 'postscriptName', { value: `${name}-${subset}` });
        }
      }),
    ),
  );
}

function familyName(subset: Subset): string {
  return `Noto Sans ${subset}`;
}

function fileName(subset: Subset, face: (typeof FACES)[number]): string {
  return `noto-sans-${subset}-${face.fontWeight}-${face.fontStyle}.woff`;
}
