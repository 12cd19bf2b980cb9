import { zodResolver } from '@hookform/resolvers/zod';
import { answersSchemaFor, type Answers, type AnswersInput } from '@schemas/answers.ts';
import { type Template } from '@schemas/template-definition.ts';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { sameAnswers, toAnswers, type AnswersForm } from './answers-form.ts';

/**
 * The one react-hook-form instance for an open assessment. It lives as long as the editor, across
 * page changes; `loadKey` changing loads `answers` with reset(). Every change the user makes is
 * reported through subscribe(), which observes the form without re-rendering it.
 */
export function useAnswersForm(
  template: Template,
  answers: Answers,
  loadKey: string,
  onAnswersChange: (answers: Answers) => void,
): AnswersForm {
  const form = useForm<AnswersInput, unknown, Answers>({
    defaultValues: answers,
    resolver: zodResolver(answersSchemaFor(template)),
    // Drafting is never blocked: nothing is validated while typing, and the editor shows its own
    // completion errors, so react-hook-form must not move focus either.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });

  const latest = useRef({ template, answers, onAnswersChange });
  const lastReported = useRef(answers);
  const loadedKey = useRef(loadKey);

  useLayoutEffect(() => {
    latest.current = { template, answers, onAnswersChange };
  });

  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values, name }) => {
          // A reset (a new assessment loaded) has no field name: that is not a change by the user.
          if (!name) return;
          const { template } = latest.current;
          const next = toAnswers(values, template);
          if (sameAnswers(template, next, lastReported.current)) return;
          lastReported.current = next;
          latest.current.onAnswersChange(next);
        },
      }),
    [form],
  );

  // Layout effect, so the previous assessment's text is never painted under the new one's title.
  useLayoutEffect(() => {
    if (loadedKey.current === loadKey) return;
    loadedKey.current = loadKey;
    lastReported.current = latest.current.answers;
    form.reset(latest.current.answers);
  }, [form, loadKey]);

  return form;
}
