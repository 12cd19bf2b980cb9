import { kindChangeOutcome, type KindChangeOutcome } from './change-kind.ts';
import type { QuestionDefinition, TemplateDefinition } from '@schemas/template-definition.ts';

/**
 * What changed between two versions of a template, question by question (questions are matched by
 * their answer key, which is what carries an answer from one version to the next): shown before a
 * version is published, so the EDI manager sees what assessors will meet.
 */
export type TemplateChange =
  | { type: 'added'; questionId: string; label: string; section: string }
  | { type: 'removed'; questionId: string; label: string; section: string }
  | { type: 'reworded'; questionId: string; label: string; before: string; what: string[] }
  | {
      type: 'kind-changed';
      questionId: string;
      label: string;
      from: string;
      to: string;
      /** What moving an assessment does with answers given under the old kind (change-kind.ts). */
      answers: KindChangeOutcome;
    }
  | { type: 'moved'; questionId: string; label: string; from: string; to: string };

export function templateChanges(before: TemplateDefinition, after: TemplateDefinition): TemplateChange[] {
  const old = indexQuestions(before);
  const now = indexQuestions(after);
  const changes: TemplateChange[] = [];
  for (const [id, { question, section }] of now) {
    const was = old.get(id);
    const label = question.label.en;
    if (!was) {
      changes.push({ type: 'added', questionId: id, label, section });
      continue;
    }
    if (was.question.kind !== question.kind) {
      changes.push({
        type: 'kind-changed',
        questionId: id,
        label,
        from: was.question.kind,
        to: question.kind,
        answers: kindChangeOutcome(was.question.kind, question.kind),
      });
    }
    const what = rewordedParts(was.question, question);
    if (what.length > 0) {
      changes.push({ type: 'reworded', questionId: id, label, before: was.question.label.en, what });
    }
    if (was.section !== section)
      changes.push({ type: 'moved', questionId: id, label, from: was.section, to: section });
  }
  for (const [id, { question, section }] of old) {
    if (!now.has(id)) changes.push({ type: 'removed', questionId: id, label: question.label.en, section });
  }
  return changes;
}

/** One line per change, for the publish page and the version's note. */
export function describeChange(change: TemplateChange): string {
  switch (change.type) {
    case 'added':
      return `Added “${change.label}” (${change.section})`;
    case 'removed':
      return `Removed “${change.label}” (${change.section})`;
    case 'reworded':
      return change.what.includes('label') && change.before !== change.label
        ? `Reworded “${change.before}” as “${change.label}”`
        : `Changed the ${change.what.join(', ')} of “${change.label}”`;
    case 'kind-changed':
      return `“${change.label}” changed from ${change.from} to ${change.to}: ${KIND_ANSWERS[change.answers]}`;
    case 'moved':
      return `Moved “${change.label}” from ${change.from} to ${change.to}`;
  }
}

const KIND_ANSWERS: Record<KindChangeOutcome, string> = {
  all: 'every answer already given is converted, with nothing lost',
  some: 'an answer already given is converted only when it fits as it is; any other is kept under “Answers to questions no longer asked”',
  none: 'answers already given are kept under “Answers to questions no longer asked”, and the question starts empty',
};

const WORDED: Array<[keyof QuestionDefinition, string]> = [
  ['label', 'label'],
  ['descriptor', 'descriptor'],
  ['hint', 'hint'],
  ['guidance', 'guidance'],
  ['requiredMessage', 'required message'],
];

function rewordedParts(a: QuestionDefinition, b: QuestionDefinition): string[] {
  const parts = WORDED.filter(
    ([key]) => JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null),
  ).map(([, name]) => name);
  const optionsA = (a as { options?: unknown }).options;
  const optionsB = (b as { options?: unknown }).options;
  if (a.kind === b.kind && JSON.stringify(optionsA ?? null) !== JSON.stringify(optionsB ?? null))
    parts.push('options');
  if (a.required !== b.required) parts.push(b.required ? 'now required' : 'no longer required');
  return parts;
}

function indexQuestions(definition: TemplateDefinition) {
  const map = new Map<string, { question: QuestionDefinition; section: string }>();
  for (const section of definition.sections) {
    for (const question of section.questions) {
      map.set(question.id, { question, section: `section ${section.number}, ${section.title.en}` });
    }
  }
  return map;
}
