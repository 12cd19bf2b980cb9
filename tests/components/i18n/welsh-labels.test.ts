// @vitest-environment node
import { readFileSync } from 'node:fs';
import { formatter } from '@lingui/format-po';
import { describe, expect, it } from 'vitest';

/**
 * Issue 12: a Welsh message that puts a question's label (or any template text) into its sentence must let
 * the label stand on its own. After a mutating word ("Rhaid i Teitl…", "ar pobl hŷn", "Dewiswch math…")
 * Welsh needs the label mutated ("i Deitl"), which cannot be done mechanically to a template's words; the
 * messages put it after a colon, in quotes or in brackets instead ("Rhowch ateb i’r cwestiwn: Teitl").
 *
 * The designer's messages (`designer.*`, another branch's) are left to it.
 */

const po = formatter({ explicitIdAsDefault: true });
type Entry = { translation?: string };
const cy = po.parse(readFileSync('src/components/i18n/locales/cy.po', 'utf8'), {
  locale: 'cy',
  sourceLocale: 'en',
  filename: 'cy.po',
}) as Record<string, Entry>;

/** Placeholders that carry words of a template or of a person (labels, groups, row names, titles). */
const TEMPLATE_TEXT = ['label', 'labels', 'group', 'rowName', 'RowName', 'subject', 'section', 'sections'];

/**
 * Words after which the next word mutates: prepositions (soft: am, ar, at, gan, heb, i, o, dan, dros, drwy,
 * wrth, hyd; nasal: yn; aspirate: â, gyda, tua), conjunctions and particles (a, na, neu, mor, rhy, pa),
 * possessives (ei, eu, dy, fy, ein, eich, ’i, ’w), numbers (un, dau, dwy, tri, chwe, ail) and the article
 * (y, yr, ’r, before a feminine noun). An imperative ("Dewiswch", "Rhowch") mutates its object too.
 */
const MUTATING = new Set(
  (
    'am ar at gan heb i o dan tan dros tros drwy trwy wrth hyd yn a ac â ag gyda efo tua na nac neu mor rhy ' +
    'pa ei eu dy fy ein eich un dau dwy tri tair chwe ail y yr'
  ).split(' '),
);

function mutatingWordBefore(message: string): Array<{ word: string; name: string }> {
  const found: Array<{ word: string; name: string }> = [];
  const pattern = /(\S+)\s+\{(\w+)[},]/g;
  for (const match of message.matchAll(pattern)) {
    const [, before = '', name = ''] = match;
    if (!TEMPLATE_TEXT.includes(name)) continue;
    const word = before.toLowerCase().replace(/[.,;!?]+$/, '');
    const bare = word.replace(/^.*[’']/, '');
    const mutates =
      MUTATING.has(word) ||
      /[’'](r|i|w)$/.test(word) || // "i’r", "o’i", "i’w"
      (word.length > 3 && word.endsWith('wch')) || // "Dewiswch", "Rhowch", "Atebwch"
      MUTATING.has(bare);
    if (mutates) found.push({ word: before, name });
  }
  return found;
}

describe('Welsh messages with a template’s words in them', () => {
  const messages = Object.entries(cy).filter(([id]) => !id.startsWith('designer.'));

  it('checks every answer and file problem message', () => {
    const ids = messages.map(([id]) => id);
    expect(ids.filter((id) => id.startsWith('problem.')).length).toBeGreaterThan(20);
  });

  it.each(messages)('%s: no label follows a word that would mutate it', (_id, entry) => {
    expect(mutatingWordBefore(entry.translation ?? '')).toEqual([]);
  });

  it('finds the mistakes it is meant to find', () => {
    expect(mutatingWordBefore('Rhaid i {label} fod yn ddyddiad go iawn')).toHaveLength(1);
    expect(mutatingWordBefore('Dewiswch yr effaith ar {group}: cadarnhaol')).toHaveLength(1);
    expect(mutatingWordBefore('Dewiswch {label}')).toHaveLength(1);
    expect(mutatingWordBefore('Ychwanegwch o leiaf un {rowName} at {label}')).toHaveLength(2);
    expect(mutatingWordBefore('Rhowch ateb i’r cwestiwn: {label}')).toEqual([]);
    expect(mutatingWordBefore('Atebwch “{label}”')).toEqual([]);
  });
});
