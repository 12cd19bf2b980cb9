import { textIn, type Language } from '@schemas/local-text.ts';
import { findTemplateDefinition } from '@schemas/templates/index.ts';
import type { AnswerDifference } from '@/domain/merge.ts';
import type { ImportConflict } from '@/storage/import-store.ts';

/** Per question id: keep the file's answer ('theirs') or this browser's ('yours'). */
export type Decisions = Readonly<Record<string, 'theirs' | 'yours'>>;

/**
 * What is chosen before the person chooses: the file's answer where only the file changed it since the
 * two copies were last the same (its newer answer); nothing where both changed it or it cannot be told.
 */
export function initialDecisions(differences: readonly AnswerDifference[]): Decisions {
  return Object.fromEntries(
    differences.filter((d) => !d.forced && d.changed === 'theirs').map((d) => [d.questionId, 'theirs']),
  );
}

/** The differences still waiting for a choice. */
export function undecided(
  differences: readonly AnswerDifference[],
  decisions: Decisions,
): AnswerDifference[] {
  return differences.filter((d) => !d.forced && !decisions[d.questionId]);
}

/** A template's wording as shown, and the language it is really in (English when it has no Welsh). */
export type Wording = { text: string; language: Language };

function wording(text: { en: string; cy?: string }, language: Language): Wording {
  const shown = textIn(text, language);
  return { text: shown, language: language === 'cy' && (text.cy ?? '').trim() !== '' ? 'cy' : 'en' };
}

/** The question's label as the template prints it in `language` (its id when the template is not known). */
export function questionLabel(
  conflict: Pick<ImportConflict, 'templateId' | 'templateVersion'>,
  questionId: string,
  language: Language = 'en',
): Wording {
  const template = findTemplateDefinition(conflict.templateId, conflict.templateVersion);
  for (const section of template?.sections ?? [])
    for (const q of section.questions) if (q.id === questionId) return wording(q.label, language);
  return { text: questionId, language: 'en' };
}

/** The question's section: its number and title in `language` (null when not known). */
export function sectionOf(
  conflict: Pick<ImportConflict, 'templateId' | 'templateVersion'>,
  questionId: string,
  language: Language = 'en',
): { number: number; title: Wording } | null {
  const template = findTemplateDefinition(conflict.templateId, conflict.templateVersion);
  const section = template?.sections.find((s) => s.questions.some((q) => q.id === questionId));
  return section ? { number: section.number, title: wording(section.title, language) } : null;
}
