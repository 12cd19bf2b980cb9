import type { QuestionKind } from '@schemas/kinds/index.ts';
import type { LocalText } from '@schemas/local-text.ts';
import type {
  QuestionDefinition,
  SectionDefinition,
  TemplateDefinition,
} from '@schemas/template-definition.ts';
import { withQuestionKind } from './change-kind.ts';

/**
 * The editing commands of the template designer: each one a plain object, applied to a draft template
 * definition by `applyEdit` (pure; never mutates). A draft may be unfinished (a question with no label,
 * an empty section): `draftProblems` says what must be fixed before it is published.
 *
 * Texts keep their Welsh: changing the English of a text that has a Welsh version keeps the Welsh and
 * marks it `cyNeedsReview`, so nothing typed in Welsh is ever dropped by an edit in English.
 */
export type EditCommand =
  | {
      type: 'set-template';
      patch: Partial<Pick<TemplateDefinition, 'title' | 'shortTitle' | 'version' | 'languages'>>;
    }
  | { type: 'add-section'; section: SectionDefinition }
  | { type: 'edit-section'; sectionId: string; patch: Partial<Pick<SectionDefinition, 'title' | 'guidance'>> }
  | { type: 'remove-section'; sectionId: string }
  | { type: 'move-section'; sectionId: string; by: -1 | 1 }
  | { type: 'add-question'; sectionId: string; question: QuestionDefinition }
  | { type: 'edit-question'; sectionId: string; questionId: string; patch: Record<string, unknown> }
  /** Asks the question as another kind (change-kind.ts); `blank`: the new kind's own settings to start with. */
  | {
      type: 'change-question-kind';
      sectionId: string;
      questionId: string;
      kind: QuestionKind;
      blank?: Record<string, unknown>;
    }
  | { type: 'remove-question'; sectionId: string; questionId: string }
  | { type: 'move-question'; sectionId: string; questionId: string; by: -1 | 1 }
  | { type: 'move-question-to-section'; sectionId: string; questionId: string; toSectionId: string };

export function applyEdit(definition: TemplateDefinition, command: EditCommand): TemplateDefinition {
  switch (command.type) {
    case 'set-template':
      return { ...definition, ...command.patch };
    case 'add-section':
      return renumber({ ...definition, sections: [...definition.sections, command.section] });
    case 'edit-section':
      return mapSection(definition, command.sectionId, (s) => ({ ...s, ...command.patch }));
    case 'remove-section':
      return renumber({
        ...definition,
        sections: definition.sections.filter((s) => s.id !== command.sectionId),
        footnotes: definition.footnotes.filter((f) =>
          questionIdsOf(definition.sections.filter((s) => s.id !== command.sectionId)).has(f.questionId),
        ),
      });
    case 'move-section':
      return renumber({
        ...definition,
        sections: moveBy(definition.sections, (s) => s.id === command.sectionId, command.by),
      });
    case 'add-question':
      return mapSection(definition, command.sectionId, (s) => ({
        ...s,
        questions: [...s.questions, command.question],
      }));
    case 'edit-question':
      return mapSection(definition, command.sectionId, (s) => ({
        ...s,
        questions: s.questions.map((q) =>
          q.id === command.questionId
            ? withoutUndefined({ ...q, ...command.patch } as QuestionDefinition)
            : q,
        ),
      }));
    case 'change-question-kind': {
      const question = findQuestion(definition, command.sectionId, command.questionId);
      if (!question || question.kind === command.kind) return definition;
      const next = withQuestionKind(question, command.kind, command.blank);
      return mapSection(definition, command.sectionId, (s) => ({
        ...s,
        questions: s.questions.map((q) => (q.id === command.questionId ? next : q)),
      }));
    }
    case 'remove-question': {
      const next = mapSection(definition, command.sectionId, (s) => ({
        ...s,
        questions: s.questions.filter((q) => q.id !== command.questionId),
      }));
      return { ...next, footnotes: next.footnotes.filter((f) => f.questionId !== command.questionId) };
    }
    case 'move-question':
      return mapSection(definition, command.sectionId, (s) => ({
        ...s,
        questions: moveBy(s.questions, (q) => q.id === command.questionId, command.by),
      }));
    case 'move-question-to-section': {
      const question = findQuestion(definition, command.sectionId, command.questionId);
      if (!question || !definition.sections.some((s) => s.id === command.toSectionId)) return definition;
      if (command.toSectionId === command.sectionId) return definition;
      return {
        ...definition,
        sections: definition.sections.map((s) =>
          s.id === command.sectionId
            ? { ...s, questions: s.questions.filter((q) => q.id !== command.questionId) }
            : s.id === command.toSectionId
              ? { ...s, questions: [...s.questions, question] }
              : s,
        ),
      };
    }
  }
}

/** The English of `text` replaced, its Welsh kept (and marked for review when the English changed). */
export function withEnglish(text: LocalText | undefined, english: string): LocalText {
  if (!text) return { en: english };
  if (text.en === english) return text;
  if (text.cy === undefined) return { ...text, en: english };
  return { ...text, en: english, cyNeedsReview: true };
}

/** Like withEnglish, but an optional text with no English and no Welsh is removed (undefined). */
export function withOptionalEnglish(text: LocalText | undefined, english: string): LocalText | undefined {
  if (english === '' && (text?.cy === undefined || text.cy === '')) return undefined;
  return withEnglish(text, english);
}

/**
 * A list of texts (guidance paragraphs) from lines typed in English: each text keeps the Welsh of the
 * text at the same place. A Welsh text whose English line was removed is kept too (with empty English),
 * so it is never lost; the designer shows it.
 */
export function withEnglishList(
  texts: readonly LocalText[] | undefined,
  lines: readonly string[],
): LocalText[] {
  const old = texts ?? [];
  // Lines stand for the texts that have English; Welsh-only texts (kept from earlier edits) stay at the end.
  const written = old.filter((t) => t.en.trim() !== '');
  const welshOnly = old.filter((t) => t.en.trim() === '' && t.cy !== undefined && t.cy !== '');
  const next = lines.map((line, i) => withEnglish(written[i], line));
  for (const kept of written.slice(lines.length)) {
    if (kept.cy !== undefined && kept.cy !== '') next.push(withEnglish(kept, ''));
  }
  return [...next, ...welshOnly];
}

export function findQuestion(
  definition: TemplateDefinition,
  sectionId: string,
  questionId: string,
): QuestionDefinition | undefined {
  return definition.sections.find((s) => s.id === sectionId)?.questions.find((q) => q.id === questionId);
}

/** Every answer key in the definition. */
export function questionIdsOf(sections: readonly SectionDefinition[]): Set<string> {
  return new Set(sections.flatMap((s) => s.questions.map((q) => q.id)));
}

/** An answer key made from a label ("Carers" → "carers"), not already used. */
export function newQuestionId(definition: TemplateDefinition, label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9 ]/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 5);
  let base = words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
  if (!/^[a-z]/.test(base)) base = `question${base}`;
  const used = questionIdsOf(definition.sections);
  if (!used.has(base)) return base;
  for (let n = 2; ; n += 1) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

/** A section id not already used ("section-7"). */
export function newSectionId(definition: TemplateDefinition): string {
  const used = new Set(definition.sections.map((s) => s.id));
  for (let n = definition.sections.length + 1; ; n += 1) if (!used.has(`section-${n}`)) return `section-${n}`;
}

function mapSection(
  definition: TemplateDefinition,
  sectionId: string,
  change: (s: SectionDefinition) => SectionDefinition,
): TemplateDefinition {
  return { ...definition, sections: definition.sections.map((s) => (s.id === sectionId ? change(s) : s)) };
}

function renumber(definition: TemplateDefinition): TemplateDefinition {
  return {
    ...definition,
    sections: definition.sections.map((s, i) => (s.number === i + 1 ? s : { ...s, number: i + 1 })),
  };
}

function moveBy<T>(list: readonly T[], is: (item: T) => boolean, by: -1 | 1): T[] {
  const from = list.findIndex(is);
  const to = from + by;
  if (from < 0 || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
