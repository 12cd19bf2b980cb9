import type { Answers } from '@schemas/answers.ts';
import { kindOf, type AnswerValue } from '@schemas/kinds/index.ts';
import { templateQuestions, type Template } from '@schemas/template-definition.ts';

/**
 * A sample answer for every question of a template, for the designer's preview: each kind is asked to
 * convert a few plain answers of other kinds (a date, a sentence, its first option, "yes") into an answer of its
 * own, and the first it accepts is used, so a new kind needs nothing here. A kind that accepts none
 * gets its empty answer.
 */
export function sampleAnswers(template: Template): Answers {
  const answers: Record<string, AnswerValue> = {};
  for (const question of templateQuestions(template)) {
    const kind = kindOf(question);
    const firstOption = (question as { options?: Array<{ value: string }> }).options?.[0]?.value;
    const candidates: Array<{ kind: string; value: unknown }> = [
      { kind: 'date', value: { day: '5', month: '1', year: '2026' } },
      { kind: 'text', value: `Sample answer: ${question.label}`.slice(0, question.maxLength ?? 500) },
      ...(firstOption ? [{ kind: 'choice', value: firstOption }] : []),
      { kind: 'choice', value: 'yes' },
    ];
    let value: AnswerValue | undefined;
    for (const candidate of candidates) {
      const converted = kind.convertFrom(candidate, question);
      if (converted !== undefined && !kind.isEmpty(converted)) {
        value = converted;
        break;
      }
    }
    answers[question.id] = value ?? kind.empty(question);
  }
  return answers as Answers;
}
