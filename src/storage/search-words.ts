/** Lower-case, accent-free words for search: "Siân’s Ŵyn-review" → ["sian", "s", "wyn", "review"]. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** The distinct words of several texts, for a multi-entry index. */
export function indexWords(...texts: string[]): string[] {
  return [...new Set(texts.flatMap(searchWords))];
}
