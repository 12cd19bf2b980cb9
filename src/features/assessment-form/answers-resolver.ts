import { type Answers, type AnswersInput } from '@schemas/answers.ts';
import { type Template } from '@schemas/template-definition.ts';
import { type Resolver } from 'react-hook-form';

/**
 * The form's resolver: the template's answers schema (Zod, through @hookform/resolvers), loaded the first
 * time react-hook-form validates (a submit or `trigger`), not with the form. Typing never validates (mode
 * onSubmit, and the editor reads answers with schemas/answers.ts readAnswers), so opening an assessment
 * loads no validation library (`npm run bench -- bundle`).
 */
export function answersResolver(template: Template): Resolver<AnswersInput, unknown, Answers> {
  return async (values, context, options) => {
    const { zodAnswersResolver } = await import('./zod-answers-resolver.ts');
    return zodAnswersResolver(template)(values, context, options);
  };
}
