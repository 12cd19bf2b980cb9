import { zodResolver } from '@hookform/resolvers/zod';
import { answersSchemaFor, type Answers, type AnswersInput } from '@schemas/answers.ts';
import { type Template } from '@schemas/template-definition.ts';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { parseAnswers, sameAnswers, toAnswers, withChangedAnswer, type AnswersForm } from './answers-form.ts';

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
  /**
   * Every value of the form as `Answers`, as of the last change, when they all passed their checks (null
   * before the first change after a load): a keystroke then re-reads only the answer it changed.
   * Always holds the same answers as `lastReported` (sameAnswers), possibly as other objects.
   */
  const parsed = useRef<{ template: Template; answers: Answers } | null>(null);
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
          const base = parsed.current?.template === template ? parsed.current.answers : null;
          const step = base && withChangedAnswer(base, values, name, template);
          let next: Answers;
          if (step) {
            if (!step.changed) return;
            next = step.answers;
            parsed.current = { template, answers: next };
          } else {
            // The first change after a load, or a value that fails its check: read every value.
            const all = parseAnswers(values, template);
            parsed.current = all ? { template, answers: all } : null;
            next = all ?? toAnswers(values, template);
            if (sameAnswers(template, next, lastReported.current)) return;
          }
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
    parsed.current = null;
    form.reset(latest.current.answers);
  }, [form, loadKey]);

  return form;
}
