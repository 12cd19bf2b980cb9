import { type AnswerKey, type Answers } from '@schemas/answers.ts';
import { checkQuestion, checkSection, type FieldProblem } from '@schemas/completion.ts';
import { type Question, type Section } from '@schemas/template-definition.ts';
import { Fragment, startTransition, useEffect, useMemo, useState } from 'react';
import { type FieldErrors } from 'react-hook-form';
import { Link, useLocation } from 'wouter';
import { TemplateText, useTemplateLang } from '@/components/template-text.tsx';
import { BackLink } from '@/components/back-link.tsx';
import { ErrorSummary } from '@/components/error-summary.tsx';
import { focusField } from '@/components/focus-field.ts';
import { paths } from '@/components/paths.ts';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { fieldTargetId, toAnswers } from './answers-form.ts';
import { AssessmentCaption } from './assessment-caption.tsx';
import { type EditorPageProps } from './editor-types.ts';
import { fieldKindOf } from './kinds/index.ts';
import { QuestionField } from './question-field.tsx';
import { ReadOnlyFields, ReadOnlyNote } from './read-only-fields.tsx';
import { SectionCompletion } from './section-completion.tsx';
import { usePageHeadingFocus } from './use-page-heading-focus.ts';
import { useLocale, useT } from '@/components/i18n/use-locale.ts';
import { t as translate } from '@/components/i18n/i18n.ts';
import { ProblemMessage } from '@/components/i18n/problem-message.tsx';

type SectionPageProps = EditorPageProps & {
  section: Section;
  /** Focus this question's field when the page opens (Change links, links to a field). */
  focusQuestionId?: string;
  onSetCompleted: (sectionId: string, completed: boolean) => void;
};

/**
 * One section of the template: its guidance, then every question from the template in order.
 * Drafting is never blocked; only "Mark this section as completed" checks the answers.
 */
export function SectionPage({
  form,
  answers: live,
  template,
  assessmentId,
  readOnly,
  readOnlyReason,
  slots,
  completedSections,
  section,
  focusQuestionId,
  onSetCompleted,
}: SectionPageProps) {
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  // Counts the attempts to complete: the error summary takes focus at each one, not while fields are fixed.
  const [attempt, setAttempt] = useState(0);
  const [, navigate] = useLocation();
  const focusQuestion = section.questions.find((q) => q.id === focusQuestionId);
  const headingRef = usePageHeadingFocus(focusQuestion !== undefined);
  const shownCount = useFirstScreenFirst(section, live.get(), focusQuestion !== undefined);
  const allShown = shownCount === section.questions.length;
  const t = useT();
  const locale = useLocale();
  // The problems worded in the interface language (the schemas give codes; the catalogue words them), the
  // template's words in them (a label) marked with the assessment's language when it is not the page's.
  const shown = useMemo(
    () =>
      problems.map((problem) => ({
        ...problem,
        message: <ProblemMessage problem={problem} language={template.language} />,
      })),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the words change with the language
    [problems, locale, template.language],
  );
  const heading = t('form.sectionHeading', { number: section.number, title: section.title });
  const templateLang = useTemplateLang(template.language);
  const pageTitle = t('title.suffix', { page: heading });
  useDocumentTitle(problems.length > 0 ? t('title.error', { page: pageTitle }) : pageTitle);

  useEffect(() => {
    if (focusQuestion) focusField(fieldTargetId(focusQuestion));
  }, [focusQuestion]);

  // After an attempt, each error clears (and the summary loses its line) as soon as its field is fixed;
  // an error's words follow the field (e.g. a date's missing part). Fields with no error get none until
  // the next attempt. Observed with subscribe(), so typing re-renders this page only when an error changes.
  const showing = problems.length > 0;
  useEffect(() => {
    if (!showing) return;
    return live.subscribe(() =>
      setProblems((current) => {
        const answers = live.get();
        const next = current.flatMap((problem) => {
          const question = section.questions.find((q) => q.id === problem.questionId);
          const now = question ? checkQuestion(question, answers) : null;
          return now ? [now] : [];
        });
        return sameProblems(current, next) ? current : next;
      }),
    );
  }, [showing, live, section]);

  const finish = (answers: Answers, extra: FieldProblem[]) => {
    const found = mergeProblems(section, checkSection(section, answers), extra);
    setProblems(found);
    setAttempt((n) => n + 1);
    if (found.length > 0) return;
    onSetCompleted(section.id, true);
    navigate(paths.assessment(assessmentId));
  };
  const markCompleted = form.handleSubmit(
    (answers) => finish(answers, []),
    (errors) => finish(toAnswers(form.getValues(), template), schemaProblems(section, errors)),
  );

  // Kept stable between renders: the summary takes focus whenever it is given a new list.
  const summaryItems = useMemo(
    () =>
      shown.map((problem) => {
        const question = section.questions.find((q) => q.id === problem.questionId)!;
        return {
          message: problem.message,
          targetId: fieldTargetId(question, problem),
          href: paths.field(assessmentId, section.id, question.id),
        };
      }),
    [shown, section, assessmentId],
  );
  const problemFor = (question: Question) => shown.find((p) => p.questionId === question.id);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.assessment(assessmentId)}>{t('form.backToTaskList')}</BackLink>
        {slots.top}
        <ErrorSummary items={summaryItems} focusKey={attempt} />
        <AssessmentCaption answers={live} template={template} />
        <h1 className="govuk-heading-l app-page-heading" tabIndex={-1} ref={headingRef}>
          {t('form.sectionHeading', { number: section.number, title: '' })}
          <TemplateText language={template.language}>{section.title}</TemplateText>
        </h1>
        {slots.section?.(section.id)}
        {slots.sectionTop?.(section.id)}
        {section.guidance.length > 0 && (
          <div className="govuk-inset-text" lang={templateLang}>
            {section.guidance.map((paragraph, i) => (
              <p key={i} className="govuk-body">
                {paragraph.text}
              </p>
            ))}
          </div>
        )}
        {/* Each field's own handler stores its value first; then the answers follow (use-answers-form.ts). */}
        <form
          noValidate
          onSubmit={(event) => event.preventDefault()}
          onChange={(event) => {
            const { name } = event.target as Partial<HTMLInputElement>;
            if (name) live.fieldChanged(name);
          }}
        >
          <ReadOnlyFields reason={readOnly ? (readOnlyReason ?? t('form.readOnlyDefault')) : undefined}>
            {section.questions.slice(0, shownCount).map((question) => (
              <Fragment key={question.id}>
                {question.heading && (
                  <h2 className="govuk-heading-l govuk-!-margin-top-8" lang={templateLang}>
                    {question.heading}
                  </h2>
                )}
                {question.headingGuidance && (
                  <p className="govuk-body" lang={templateLang}>
                    {question.headingGuidance.text}
                  </p>
                )}
                <div data-question-id={question.id} className={`app-question app-question--${question.kind}`}>
                  {/* The template's wording in the assessment's language (label, hint, guidance, its error). */}
                  <div lang={templateLang}>
                    <QuestionField
                      question={question}
                      form={form}
                      answers={live}
                      readOnly={readOnly}
                      problem={problemFor(question)}
                    />
                  </div>
                  {readOnly && <ReadOnlyNote questionId={question.id} />}
                  {slots.field?.(question.id as AnswerKey, { error: problemFor(question) !== undefined })}
                </div>
              </Fragment>
            ))}
          </ReadOnlyFields>
          {allShown && (
            <SectionCompletion
              answers={live}
              section={section}
              completedSections={completedSections}
              readOnly={readOnly}
              onMarkCompleted={() => void markCompleted()}
              onMarkNotCompleted={() => {
                setProblems([]);
                onSetCompleted(section.id, false);
              }}
            />
          )}
        </form>
        <p className="govuk-body">
          <Link href={paths.assessment(assessmentId)} className="govuk-link">
            {t('form.returnToTaskList')}
          </Link>
        </p>
      </div>
    </div>
  );
}

/** A section with more form controls than this shows its first screen first (useFirstScreenFirst). */
const FIRST_SCREEN_CONTROLS = 60;

/**
 * How many of the section's questions to render: all of them, unless the section is long (more than
 * FIRST_SCREEN_CONTROLS form controls, e.g. four action-plan tables of ten rows), when its first questions
 * (about a screen of controls) are rendered and painted first and the rest are added just after, in a
 * transition that the browser can interrupt for a keystroke. A 218-control section of the designer's preview
 * showed nothing for 75-130 ms, and an assessor's large section the same. Not when the page opens on a
 * question (a Change link): that question must be there to take the focus. Sections of the HCPC form are
 * shown at once, as before.
 */
function useFirstScreenFirst(section: Section, answers: Answers, openOnQuestion: boolean): number {
  const total = section.questions.length;
  const [shown, setShown] = useState<{ section: Section; count: number } | null>(null);
  const count =
    shown?.section === section ? shown.count : openOnQuestion ? total : firstScreenCount(section, answers);
  useEffect(() => {
    if (count >= total) return;
    startTransition(() => setShown({ section, count: total }));
  }, [count, total, section]);
  return count;
}

function firstScreenCount(section: Section, answers: Answers): number {
  let controls = 0;
  let total = 0;
  const sizes = section.questions.map((question) => {
    const size = fieldKindOf(question).controls?.(question, answers[question.id as AnswerKey]) ?? 1;
    total += size;
    return size;
  });
  if (total <= FIRST_SCREEN_CONTROLS) return section.questions.length;
  for (let i = 0; i < sizes.length; i += 1) {
    controls += sizes[i]!;
    if (controls >= FIRST_SCREEN_CONTROLS / 2) return i + 1;
  }
  return section.questions.length;
}

/** Problems in template order, one per question (a completion problem wins over a schema one). */
function mergeProblems(section: Section, found: FieldProblem[], extra: FieldProblem[]): FieldProblem[] {
  return section.questions.flatMap((q) => {
    const problem = found.find((p) => p.questionId === q.id) ?? extra.find((p) => p.questionId === q.id);
    return problem ? [problem] : [];
  });
}

/**
 * Answers the schema rejects (only possible past the draft limit, which the fields' maxlength
 * prevents): said in plain words rather than the schema's.
 */
function schemaProblems(section: Section, errors: FieldErrors): FieldProblem[] {
  return section.questions
    .filter((q) => errors[q.id] !== undefined)
    .map((q) => ({
      questionId: q.id as AnswerKey,
      message:
        q.kind === 'date'
          ? translate('form.mustBeRealDate', { label: q.label })
          : translate('form.tooLong', { label: q.label }),
    }));
}

function sameProblems(a: readonly FieldProblem[], b: readonly FieldProblem[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (p, i) =>
        p.questionId === b[i]!.questionId &&
        p.message === b[i]!.message &&
        (p.dateParts ?? []).join() === (b[i]!.dateParts ?? []).join(),
    )
  );
}
