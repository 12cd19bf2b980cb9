import { hasText, localTextsIn, type LocalText } from '@schemas/local-text.ts';
import { templateLanguages, type TemplateDefinition } from '@schemas/template-definition.ts';

/**
 * The Welsh side of the designer's texts: editing the Welsh of a text (its English kept), marking a
 * machine-made or unchecked Welsh text (`cyNeedsReview`) as reviewed, and finding the texts that have
 * no Welsh version or whose Welsh needs review, each with where the designer edits it.
 */

/** The Welsh of `text` replaced (removed when empty); its English and review mark kept. */
export function withWelsh(text: LocalText | undefined, welsh: string): LocalText {
  const { cy: _cy, cyNeedsReview, ...rest } = text ?? { en: '' };
  void _cy;
  if (welsh === '') return rest;
  return { ...rest, cy: welsh, ...(cyNeedsReview ? { cyNeedsReview } : {}) };
}

/** Like withWelsh, but an optional text left with no English and no Welsh is removed (undefined). */
export function withOptionalWelsh(text: LocalText | undefined, welsh: string): LocalText | undefined {
  const next = withWelsh(text, welsh);
  return next.en === '' && next.cy === undefined ? undefined : next;
}

/** The text with its Welsh marked as checked by a person (no longer needing review). */
export function reviewed<T extends LocalText | undefined>(text: T): T {
  if (!text?.cyNeedsReview) return text;
  const { cyNeedsReview: _flag, ...rest } = text;
  void _flag;
  return rest as T;
}

/** Texts (in order) given their Welsh from lines typed in the same order; extra lines are ignored. */
export function withWelshList<T extends LocalText>(texts: readonly T[], lines: readonly string[]): T[] {
  return texts.map((t, i) => withWelsh(t, lines[i] ?? '') as T);
}

/** One text of the template, where it is and where the designer edits it. */
export type TextPlace = {
  /** The English (or, for a Welsh-only text, the Welsh), shortened. */
  words: string;
  /** Where it is, in English words: "“Carers”: wording". */
  where: string;
  /** Where it is as a code and its values, for the interface's catalogue (`designer.welsh.place.<code>`). */
  place: TextPlaceWords;
  /** The section page that edits it (none: the template's first page). */
  sectionId?: string;
  questionId?: string;
  /** The id of the Welsh field that edits it; none when the designer does not edit this text. */
  targetId?: string;
  path: Array<string | number>;
};

/**
 * Where a text is, with no interface words: `formTitle`; `notEdited { path }`; `sectionTitle`,
 * `sectionGuidance`, `section { section }` (its number); and in a question named `name` (its label, or its
 * answer key): `field { field }` (a key of QUESTION_FIELDS), `fieldNotEdited { field }` (the template's own
 * field name), `columnHeading`, `columnOptions`, `column` with `{ heading, column }` (heading '' when none;
 * column: its number).
 */
export type TextPlaceWords = {
  code:
    | 'formTitle'
    | 'notEdited'
    | 'sectionTitle'
    | 'sectionGuidance'
    | 'section'
    | 'field'
    | 'fieldNotEdited'
    | 'columnHeading'
    | 'columnOptions'
    | 'column';
  values: Record<string, string | number>;
};

/** The question fields the designer edits the Welsh of: the id of the field, and its name in English. */
export const QUESTION_FIELDS: Record<string, { id: string; name: string }> = {
  label: { id: 'label', name: 'wording' },
  descriptor: { id: 'descriptor', name: 'descriptor' },
  hint: { id: 'hint', name: 'hint' },
  requiredMessage: { id: 'required-message', name: 'message when not answered' },
  guidance: { id: 'guidance', name: 'guidance' },
  options: { id: 'options', name: 'options' },
  whyLabel: { id: 'why-label', name: 'why question' },
  whyHint: { id: 'why-hint', name: 'hint of the why question' },
  mitigationLabel: { id: 'mitigation-label', name: 'mitigation question' },
  mitigationHint: { id: 'mitigation-hint', name: 'hint of the mitigation question' },
  rowName: { id: 'row-name', name: 'name of a row' },
  followUp: { id: 'follow-up-label', name: 'follow-up question' },
};

/** Where a text at `path` is, and the id of the designer's Welsh field for it (when it has one). */
export function placeOf(
  definition: TemplateDefinition,
  path: Array<string | number>,
  words: string,
): TextPlace {
  const base = { words, path };
  const [top, s, second, q, field, i, sub, j] = path;
  if (top === 'title' || top === 'shortTitle') {
    return {
      ...base,
      where: 'Title of the form',
      place: { code: 'formTitle', values: {} },
      targetId: 'template-title-cy',
    };
  }
  if (top !== 'sections' || typeof s !== 'number') {
    const at = path.join(' › ');
    return {
      ...base,
      where: `Text of the form not edited here (${at})`,
      place: { code: 'notEdited', values: { path: at } },
    };
  }
  const section = definition.sections[s]!;
  const inSection = { ...base, sectionId: section.id };
  const sectionName = `Section ${s + 1}`;
  const numbered = { section: s + 1 };
  if (second === 'title')
    return {
      ...inSection,
      where: `${sectionName} title`,
      place: { code: 'sectionTitle', values: numbered },
      targetId: 'section-title-cy',
    };
  if (second === 'guidance') {
    return {
      ...inSection,
      where: `${sectionName} guidance`,
      place: { code: 'sectionGuidance', values: numbered },
      targetId: 'section-guidance-cy',
    };
  }
  if (second !== 'questions' || typeof q !== 'number')
    return { ...inSection, where: sectionName, place: { code: 'section', values: numbered } };
  const question = section.questions[q]!;
  const prefix = `q-${question.id}`;
  const at = { ...inSection, questionId: question.id };
  const label = question.label.en.trim() || question.id;
  const name = `“${label}”`;
  if (field === 'columns' && typeof i === 'number') {
    const column = (question as { columns?: Array<{ id: string; label: LocalText }> }).columns?.[i];
    const heading = column?.label.en.trim() ?? '';
    const columnName = `column “${heading || i + 1}”`;
    const values = { name: label, heading, column: i + 1 };
    if (sub === 'label') {
      return {
        ...at,
        where: `${name}: heading of ${columnName}`,
        place: { code: 'columnHeading', values },
        targetId: `${prefix}-col-${column?.id}-label-cy`,
      };
    }
    if (sub === 'options' && typeof j === 'number') {
      return {
        ...at,
        where: `${name}: options of ${columnName}`,
        place: { code: 'columnOptions', values },
        targetId: `${prefix}-col-${column?.id}-options-cy`,
      };
    }
    return { ...at, where: `${name}: ${columnName}`, place: { code: 'column', values } };
  }
  const known = typeof field === 'string' ? QUESTION_FIELDS[field] : undefined;
  const editable =
    field === 'options'
      ? path.at(-1) === 'label'
      : field === 'followUp'
        ? i === 'label' && sub === undefined
        : true;
  if (!known || !editable) {
    const what = typeof field === 'string' ? field : 'text';
    return {
      ...at,
      where: `${name}: ${what} (not edited here)`,
      place: { code: 'fieldNotEdited', values: { name: label, field: what } },
    };
  }
  return {
    ...at,
    where: `${name}: ${known.name}`,
    place: { code: 'field', values: { name: label, field: field as string } },
    targetId: `${prefix}-${known.id}-cy`,
  };
}

/** The text on one line, cut after a whole word near 60 characters (a word is never cut in two). */
function shorten(text: string): string {
  const words = text.trim().replace(/\s+/g, ' ');
  if (words.length <= 60) return words;
  const space = words.lastIndexOf(' ', 60);
  return `${(space > 20 ? words.slice(0, space) : words.slice(0, 60)).trimEnd()}…`;
}

/**
 * The texts with English and no Welsh version (`missing`), and those whose Welsh needs review
 * (`review`), in document order. Empty when the template is not published in Welsh.
 */
export function welshGaps(definition: TemplateDefinition): { missing: TextPlace[]; review: TextPlace[] } {
  if (!templateLanguages(definition).includes('cy')) return { missing: [], review: [] };
  const missing: TextPlace[] = [];
  const review: TextPlace[] = [];
  for (const { text, path } of localTextsIn(definition)) {
    // The short title follows the title in the designer: it is not listed on its own.
    if (path[0] === 'shortTitle') continue;
    if (hasText(text, 'en') && !hasText(text, 'cy'))
      missing.push(placeOf(definition, path, shorten(text.en)));
    else if (hasText(text, 'cy') && text.cyNeedsReview)
      review.push(placeOf(definition, path, shorten(text.cy ?? '')));
  }
  return { missing, review };
}

/** "12 texts have no Welsh version", in English (the interface words it from designer.welsh.* instead). */
export function countTexts(n: number, what: 'missing' | 'review'): string {
  const texts = n === 1 ? '1 text' : `${n} texts`;
  if (what === 'missing') return `${texts} ${n === 1 ? 'has' : 'have'} no Welsh version`;
  return `${n === 1 ? '1 Welsh text needs' : `${n} Welsh texts need`} review`;
}
