import type { LocalText } from '@schemas/local-text.ts';
import { withEnglish } from './edit-template.ts';

type Option = { value: string; label: LocalText; hint?: LocalText };

/**
 * The options of a choice question from a list of labels (one per line: paste a list to make many at
 * once). An option whose label is still there keeps its stored value (so answers keep pointing at it)
 * and its Welsh; an option at the same place with a new label keeps its value too (a reworded option);
 * a new label gets a new value made from it.
 */
export function optionsFromLabels(old: readonly Option[], labels: readonly string[]): Option[] {
  const byLabel = new Map(old.map((o) => [o.label.en.trim().toLowerCase(), o]));
  const kept = new Set<Option>();
  const next: Array<Option | string> = labels.map((label) => {
    const same = byLabel.get(label.trim().toLowerCase());
    if (same && !kept.has(same)) {
      kept.add(same);
      return same;
    }
    return label;
  });
  // A reworded option (same place, new words) keeps its value and Welsh.
  const reworded = next.map((item, i) => {
    if (typeof item !== 'string') return item;
    const atPlace = old[i];
    if (
      atPlace &&
      !kept.has(atPlace) &&
      !labels.some((l) => l.trim().toLowerCase() === atPlace.label.en.trim().toLowerCase())
    ) {
      kept.add(atPlace);
      return { ...atPlace, label: withEnglish(atPlace.label, item) };
    }
    return item;
  });
  const used = new Set(reworded.filter((o): o is Option => typeof o !== 'string').map((o) => o.value));
  return reworded.map((item) => {
    if (typeof item !== 'string') return item;
    const value = uniqueValue(item, used);
    used.add(value);
    return { value, label: { en: item } };
  });
}

function uniqueValue(label: string, used: ReadonlySet<string>): string {
  let base = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  if (!/^[a-z0-9]/.test(base)) base = 'option';
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
