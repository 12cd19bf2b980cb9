import { type Answers, type AnswersInput } from '@schemas/answers.ts';
import { templateQuestions } from '@schemas/plain/template-definition.ts';
import { type Template } from '@schemas/template-definition.ts';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import {
  isQuestionField,
  parseAnswers,
  sameAnswers,
  toAnswers,
  withChangedAnswer,
  type AnswersForm,
} from './answers-form.ts';
import { answersResolver } from './answers-resolver.ts';
import { createLiveAnswers, type LiveAnswers } from './live-answers.ts';

/**
 * The one react-hook-form instance for an open assessment, and its answers as typed so far (`answers`,
 * parsed, for the pieces that show something derived from them). It lives as long as the editor, across
 * page changes; `loadKey` changing loads `answers` with reset(). Every change the user makes is reported
 * through `onAnswersChange`, never by re-rendering the form.
 *
 * How changes are seen, without a copy of the whole form per keystroke: react-hook-form deep-copies every
 * value of the form for each change when anything watches all values (subscribe or useWatch without a
 * field name), which for a long form (40 tables of 10 rows) costs more than the rest of the keystroke's
 * script. So nothing here watches every value: the section page's form calls `answers.fieldChanged(name)`
 * from its onChange (after the field's own handler stored the value), which re-reads only that question's
 * answer, and a subscription to the table questions by exact name sees rows added, removed and moved.
 */
export function useAnswersForm(
  template: Template,
  answers: Answers,
  loadKey: string,
  onAnswersChange: (answers: Answers) => void,
): { form: AnswersForm; answers: LiveAnswers } {
  const form = useForm<AnswersInput, unknown, Answers>({
    defaultValues: answers,
    // The template's answers schema, loaded when react-hook-form first validates (answers-resolver.ts).
    resolver: answersResolver(template),
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

  const [live] = useState(() => createLiveAnswers(answers));
  // Set before anything can be typed (a layout effect runs before the browser shows the form).
  useLayoutEffect(
    () =>
      live.readWith((name) => {
        const { template } = latest.current;
        // A field that is no question's (a comment box inside the form) is not an answer.
        if (!isQuestionField(name, template)) return false;
        // The form's values as they are now: a shallow copy whose nested objects react-hook-form goes on
        // changing in place, so whatever is kept from them is read through a schema (a copy) first.
        const values = form.getValues();
        const base = parsed.current?.template === template ? parsed.current.answers : null;
        const step = base && withChangedAnswer(base, values, name, template);
        let next: Answers;
        if (step) {
          if (!step.changed) return false;
          next = step.answers;
          parsed.current = { template, answers: next };
        } else {
          // The first change after a load, or a value that fails its check: read every value (copied, so
          // a value kept as it is, unparsed, is not changed under us by the next keystroke).
          const copy = structuredClone(values);
          const all = parseAnswers(copy, template);
          parsed.current = all ? { template, answers: all } : null;
          next = all ?? toAnswers(copy, template);
          if (sameAnswers(template, next, lastReported.current)) return false;
        }
        lastReported.current = next;
        latest.current.onAnswersChange(next);
        return next;
      }),
    [form, live],
  );

  // Rows added, removed or moved in a table question (react-hook-form reports them under the table's own
  // name, with a copy of the values it makes anyway). Exact names: typing in a cell does not match.
  const tableIds = templateQuestions(template)
    .filter((q) => q.kind === 'table')
    .map((q) => q.id)
    .join(' ');
  useEffect(() => {
    if (tableIds === '') return;
    return form.subscribe({
      name: tableIds.split(' '),
      exact: true,
      formState: { values: true },
      callback: ({ name }) => {
        // A reset (a new assessment loaded) has no field name: that is not a change by the user.
        if (name) live.fieldChanged(name);
      },
    });
  }, [form, live, tableIds]);

  // Layout effect, so the previous assessment's text is never painted under the new one's title.
  useLayoutEffect(() => {
    if (loadedKey.current === loadKey) return;
    loadedKey.current = loadKey;
    lastReported.current = latest.current.answers;
    parsed.current = null;
    form.reset(latest.current.answers);
    live.load(latest.current.answers);
  }, [form, live, loadKey]);

  return { form, answers: live };
}
