/**
 * Shaping (fontkit turning a run of text into positioned glyphs: ligatures, kerning) is about a third
 * of the time react-pdf spends laying out text, and a document says the same words again and again
 * ("the", "Owner", "In progress", "31 March 2026"). So each loaded face shapes a run word by word and keeps
 * the glyphs of each word it has shaped: a run is split after each space, every piece shaped once (or
 * taken from the memo), and the pieces joined. The bundled fonts have no kerning or ligature across a
 * space, so the glyphs and positions are exactly those of the whole run (tests/pdf/shape-by-word.test.ts
 * compares them, and the finished PDFs are byte for byte the same).
 *
 * The memo lives for one PDF (`startShapingMemo` at each render clears it): a second export of the same
 * assessment is not made faster by the first, and memory holds one document's words at most.
 */

type GlyphRun = { glyphs: unknown[]; positions: unknown[]; script?: unknown };
type Layout = (
  text: string,
  features?: unknown,
  script?: unknown,
  language?: unknown,
  direction?: unknown,
) => GlyphRun;
type ShapableFont = { layout?: Layout; [SHAPED]?: true };

const SHAPED = Symbol('shaped by word');
/** A word with the spaces after it, or a run of spaces at the start. */
const PIECES = /[^ ]+ *| +/g;

let generation = 0;

/** A new document: forget the words of the last one. */
export function startShapingMemo(): void {
  generation += 1;
}

export function shapeByWord(font: ShapableFont): void {
  const layout = font.layout;
  if (typeof layout !== 'function' || font[SHAPED]) return;
  let memo = new Map<string, GlyphRun>();
  let memoGeneration = generation;
  /** fontkit's script for text with no letters ("2026, "): a run takes the script of its first letter. */
  const noScript = layout.call(font, '', [], undefined, undefined, 'ltr').script;

  const shape = (piece: string, features: string[] | undefined, script: unknown): GlyphRun => {
    const key = `${String(script)}\u0000${features?.join(',') ?? ''}\u0000${piece}`;
    let run = memo.get(key);
    if (!run) {
      run = layout.call(font, piece, features, script, undefined, 'ltr');
      memo.set(key, run);
    }
    return run;
  };

  font.layout = function layoutByWord(text, features, script, language, direction) {
    // Only the calls react-pdf makes are memoised: features named in a list (or none), left to right.
    const plain =
      typeof text === 'string' &&
      (features === undefined || (Array.isArray(features) && features.every((f) => typeof f === 'string'))) &&
      script === undefined &&
      language === undefined &&
      direction === 'ltr';
    if (!plain) return layout.call(font, text, features, script, language, direction);
    if (memoGeneration !== generation) {
      memo = new Map();
      memoGeneration = generation;
    }
    const list = features as string[] | undefined;
    const pieces = text.match(PIECES) ?? [text];
    let runs = pieces.map((piece) => shape(piece, list, undefined));
    // Shaped whole, the run would use the script of its first letter throughout: so do the pieces.
    const runScript = runs.find((run) => run.script !== noScript)?.script ?? noScript;
    runs = runs.map((run, i) => (run.script === runScript ? run : shape(pieces[i]!, list, runScript)));
    const first = runs[0]!;
    // A fresh run each time: react-pdf may change the arrays it is given.
    return Object.assign(Object.create(Object.getPrototypeOf(first) as object) as GlyphRun, first, {
      glyphs: runs.flatMap((run) => run.glyphs),
      positions: runs.flatMap((run) => run.positions),
      script: runScript,
    });
  };
  font[SHAPED] = true;
}
