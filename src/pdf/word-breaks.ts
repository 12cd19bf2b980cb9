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
