import { zodResolver } from '@hookform/resolvers/zod';
import { answersSchemaFor, type Answers, type AnswersInput } from '@schemas/answers.ts';
import { type Template } from '@schemas/template-definition.ts';
import { type Resolver } from 'react-hook-form';

const resolvers = new WeakMap<Template, Resolver<AnswersInput, unknown, Answers>>();

/** zodResolver over the template's answers schema (loaded on demand by answers-resolver.ts). */
export function zodAnswersResolver(template: Template): Resolver<AnswersInput, unknown, Answers> {
  let resolver = resolvers.get(template);
  if (!resolver) {
    resolver = zodResolver(answersSchemaFor(template));
    resolvers.set(template, resolver);
  }
  return resolver;
}
