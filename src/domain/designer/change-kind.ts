import { questionDefinitionSchema, type QuestionKind } from '@schemas/kinds/index.ts';
import type { QuestionDefinition } from '@schemas/template-definition.ts';

/**
 * Changing the kind of a question in the designer (a long text into a table, yes / no into a choice), and
 * what that does to answers already given under the old kind when an assessment moves to the new version.
 *
 * The question keeps its answer key, wording, guidance, role and every setting the new kind has too (a
 * choice's options stay when it becomes "several options"); settings only the old kind had are left out
 * (the schemas refuse them), and the new kind's own start with `blank` (the designer's, as when a
 * question of that kind is added). Undo brings the old question back whole.
 */
export function withQuestionKind(
  question: QuestionDefinition,
  kind: QuestionKind,
  blank: Record<string, unknown> = {},
): QuestionDefinition {
  if (question.kind === kind) return question;
  const allowed = new Set(Object.keys(kindShape(kind)));
  const kept = Object.fromEntries(
    Object.entries(question).filter(
      ([key, value]) => key !== 'kind' && allowed.has(key) && value !== undefined,
    ),
  );
  return { ...blank, ...kept, kind } as QuestionDefinition;
}

/** The fields a question of `kind` may have. */
function kindShape(kind: QuestionKind): Record<string, unknown> {
  const option = questionDefinitionSchema.options.find((o) => o.shape.kind.value === kind);
  return option ? option.shape : {};
}

/**
 * What moving an assessment to the new version does with an answer given under the old kind (the
 * migration engine's rule, src/domain/version-move.ts with each kind's `convertFrom` in schemas/kinds):
 * - `all`: every answer is converted to the new kind, nothing lost (a long text becomes the "why" of an
 *   impact rating; one option becomes a ticked box of several);
 * - `some`: an answer is converted when the new kind can hold it whole (a text that fits a table's first
 *   text column; a text that matches one of the options); any other is kept aside;
 * - `none`: every answer is kept aside.
 * Kept aside means kept with the assessment under "Answers to questions no longer asked", never lost,
 * and the question starts empty.
 */
export type KindChangeOutcome = 'all' | 'some' | 'none';

/** For each new kind, the old kinds whose every answer it converts. */
const ALL: Partial<Record<QuestionKind, readonly string[]>> = {
  textarea: ['text', 'choice'],
  choices: ['choice'],
  impact: ['text', 'textarea'],
};

/** For each new kind, the old kinds whose answers it converts when they fit. */
const SOME: Partial<Record<QuestionKind, readonly string[]>> = {
  text: ['textarea', 'choice', 'impact', 'table'],
  textarea: ['impact', 'table'],
  choice: ['text', 'textarea'],
  'yes-no': ['choice'],
  table: ['text', 'textarea'],
};

export function kindChangeOutcome(from: string, to: QuestionKind): KindChangeOutcome {
  if (from === to) return 'all';
  if (ALL[to]?.includes(from)) return 'all';
  if (SOME[to]?.includes(from)) return 'some';
  return 'none';
}

/** True when asking `question` as `kind` leaves out settings it has now (its options, columns, follow-up…). */
export function kindChangeLosesSettings(question: QuestionDefinition, kind: QuestionKind): boolean {
  if (question.kind === kind) return false;
  const allowed = kindShape(kind);
  return Object.entries(question).some(([key, value]) => value !== undefined && !(key in allowed));
}
