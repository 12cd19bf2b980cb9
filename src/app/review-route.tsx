import type { Template } from '@schemas/template-definition.ts';
import { AnswerValue } from '@/features/assessment-form/answer-value.tsx';
import { ReviewPage, type ReviewPageProps } from '@/features/review/review-page.tsx';

/**
 * The review page with each answer shown as the form shows it (the form's display of every kind): one chunk,
 * loaded when the review page is first visited, so the task list's first screen loads none of it.
 */
export function ReviewRoute({
  template,
  ...props
}: Omit<ReviewPageProps, 'renderAnswer'> & { template: Template }) {
  return (
    <ReviewPage
      {...props}
      renderAnswer={(questionId) => {
        const question = template.sections.flatMap((s) => s.questions).find((q) => q.id === questionId);
        return question ? (
          <AnswerValue question={question} answers={props.assessment.answers} language={template.language} />
        ) : null;
      }}
    />
  );
}
