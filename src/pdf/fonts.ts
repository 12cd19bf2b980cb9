import { Font } from '@react-pdf/renderer';
import { shapeByWord, startShapingMemo } from './shape-by-word.ts';
import { breakOpportunities } from './word-breaks.ts';

/**
 * The fonts of the PDF appendix, bundled with the app and embedded in every PDF (the built-in PDF fonts
 * cannot write Welsh letters: ŵ and ŷ come out as other letters). @fontsource splits each font into
 * Unicode ranges, so each range is registered as its own family and the page's `fontFamily` lists them
 * as a fallback stack: react-pdf picks, letter by letter, the first family that has the glyph.
 *
 * - Noto Sans in five ranges (Latin, Latin Extended with Welsh, Greek, Cyrillic, Vietnamese) is always
 *   used, in regular, bold and italic.
 * - DejaVu Sans (arrows and maths such as ≤ ≥ →, ℃, ticks, crosses, stars and much more) is loaded only
 *   when the text has a character that Noto Sans lacks.
 * - A character that no font has would come out as a wrong letter (react-pdf falls back to Helvetica),
 *   so it is reported and shown as "�" instead; the data attached to the PDF keeps it.
 *
 * Where the files come from differs between the browser (URLs bundled by Vite) and Node (files in
 * node_modules): the caller passes a `FontSource` (font-source.browser.ts / font-source.node.ts).
 */

/** A font file named by its path in node_modules, e.g. "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff". */
export type FontFile = string;

/** Where to load a font file from: a URL in the browser, a file path in Node. */
export type FontSource = (file: FontFile) => string;

type Face = { fontWeight: 400 | 700; fontStyle: 'normal' | 'italic' };
type Family = { family: string; faces: Array<Face & { file: FontFile }> };

const FACES: Face[] = [
  { fontWeight: 400, fontStyle: 'normal' },
  { fontWeight: 700, fontStyle: 'normal' },
  { fontWeight: 400, fontStyle: 'italic' },
];

const notoSans = (subset: string): Family => ({
  family: `Noto Sans ${subset}`,
  faces: FACES.map((face) => ({
    ...face,
    file: `@fontsource/noto-sans/files/noto-sans-${subset}-${face.fontWeight}-${face.fontStyle}.woff`,
  })),
});

/** One file for every face: a symbol has no bold or italic form worth another 350 KB download. */
const dejaVuSans: Family = {
  family: 'DejaVu Sans',
  faces: FACES.map((face) => ({
    ...face,
    file: '@fontsource/dejavu-sans/files/dejavu-sans-latin-400-normal.woff',
  })),
};

const CORE: Family[] = ['latin', 'latin-ext', 'greek', 'cyrillic', 'vietnamese'].map(notoSans);
/** Tried in this order, only for characters the core families lack. */
const FALLBACKS: Family[] = [dejaVuSans];

/** Every font file the PDF may use (the browser bundles exactly these). */
export const FONT_FILES: FontFile[] = [
  ...new Set([...CORE, ...FALLBACKS].flatMap((f) => f.faces.map((x) => x.file))),
];

let registered = false;

/** Registers the fonts once per process (react-pdf's font store is global). */
export function registerFonts(source: FontSource): void {
  if (registered) return;
  for (const { family, faces } of [...CORE, ...FALLBACKS]) {
    Font.register({ family, fonts: faces.map(({ file, ...face }) => ({ src: source(file), ...face })) });
  }
  Font.registerHyphenationCallback(breakOpportunities);
  registered = true;
}

type LoadedFont = {
  postscriptName?: string;
  unitsPerEm?: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  /** fontkit's (internal) reader of one table: for a WOFF font, it inflates the table at every call. */
  _getTableStream?: (tag: string) => unknown;
  stream?: unknown;
};

/**
 * Loads the families `text` needs and returns the fallback stack to use, plus the characters no font has.
 * Every face is loaded here, before react-pdf lays out, to give each range its own PostScript name: all
 * @fontsource ranges of a font share one ("NotoSans-Regular"), and pdfkit, meeting a second font under a
 * name it already holds, embeds a fresh copy at every switch between ranges (a Welsh answer of 50,000
 * characters took 45 s and 2.5 MB instead of about 2 s and 60 KB).
 */
export async function prepareFonts(text: string): Promise<{ fontFamily: string[]; unsupported: string[] }> {
  startShapingMemo();
  const stack: string[] = [];
  const used: LoadedFont[] = [];
  const add = async (families: Family[]) => {
    const loaded = await Promise.all(
      families.map((family) => Promise.all(family.faces.map((face) => loadFace(family.family, face)))),
    );
    stack.push(...families.map((f) => f.family));
    used.push(...loaded.map((faces) => faces[0]!));
  };
  await add(CORE);

  let missing = missingCodePoints(text, used);
  for (const family of FALLBACKS) {
    if (missing.length === 0) break;
    await add([family]);
    missing = missing.filter((cp) => !used.some((font) => font.hasGlyphForCodePoint(cp)));
  }
  return { fontFamily: stack, unsupported: missing.map((cp) => String.fromCodePoint(cp)) };
}

async function loadFace(family: string, face: Face): Promise<LoadedFont> {
  const source = Font.getFont({ fontFamily: family, ...face });
  await source.load();
  const font = source.data as unknown as LoadedFont;
  const suffix = `-${family.replace(/\W+/g, '')}`;
  if (font.postscriptName && !font.postscriptName.endsWith(suffix)) {
    Object.defineProperty(font, 'postscriptName', { value: `${font.postscriptName}${suffix}` });
  }
  inflateTablesOnce(font);
  shapeByWord(font as Parameters<typeof shapeByWord>[0]);
  // react-pdf reads the size of the font's grid twice for every character it sets, through a getter
  // that looks the font’s header table up each time (about 3% of the time of a PDF): it never changes.
  const { unitsPerEm } = font;
  if (typeof unitsPerEm === 'number') Object.defineProperty(font, 'unitsPerEm', { value: unitsPerEm });
  return font;
}

/**
 * fontkit reads a WOFF font's compressed tables by inflating the whole table at every call, and it reads
 * the glyph table once per glyph when it lays out and when it embeds the font's subset: about a fifth of
 * the time of a PDF went to inflating the same Noto Sans tables again and again. Keep each table
 * inflated once per loaded face, and hand out a fresh reader over it at each call, as fontkit does.
 */
function inflateTablesOnce(font: LoadedFont): void {
  const read = font._getTableStream;
  if (typeof read !== 'function') return;
  const inflated = new Map<string, { buffer: Uint8Array; Reader: new (buffer: Uint8Array) => unknown }>();
  font._getTableStream = (tag: string) => {
    const known = inflated.get(tag);
    if (known) return new known.Reader(known.buffer);
    const stream = read.call(font, tag) as { buffer?: unknown; constructor: unknown } | null;
    // The font's own stream (an uncompressed table) is positioned at the table: nothing to keep.
    if (stream && stream !== font.stream && stream.buffer instanceof Uint8Array) {
      const Reader = stream.constructor as new (buffer: Uint8Array) => unknown;
      inflated.set(tag, { buffer: stream.buffer, Reader });
    }
    return stream;
  };
}

/** Characters that are never drawn: line breaks, tabs and other controls, the soft hyphen. */
function isDrawn(codePoint: number): boolean {
  return codePoint >= 0x20 && !(codePoint >= 0x7f && codePoint < 0xa0) && codePoint !== 0xad;
}

/**
 * Every character that is not printable ASCII. Printable ASCII (space to "~") is in the first core
 * family (Noto Sans latin) and the others are never drawn, so only these are looked up in the fonts:
 * most of a document's text is skipped without a look at each of its characters.
 */
const BEYOND_ASCII = /[^\x20-\x7e]/gu;

function missingCodePoints(text: string, fonts: LoadedFont[]): number[] {
  const missing = new Set<number>();
  const seen = new Set<number>();
  for (const [char] of text.matchAll(BEYOND_ASCII)) {
    const cp = char.codePointAt(0)!;
    if (seen.has(cp)) continue;
    seen.add(cp);
    if (isDrawn(cp) && !fonts.some((font) => font.hasGlyphForCodePoint(cp))) missing.add(cp);
  }
  return [...missing];
}
