import type { Assessment } from '@schemas/assessment.ts';
import type { CommentRole } from '@/domain/comments.ts';
import type { Finding } from '@/domain/findings/index.ts';
import type { Template } from '@schemas/template-definition.ts';
import { TemplateText } from '@/components/template-text.tsx';
import { AnswerChanges } from './answer-changes.tsx';
import { CommentThread } from './comment-thread.tsx';
import { FindingList } from './finding-list.tsx';

type Props = {
  assessment: Assessment;
  template: Template;
  sectionId: string;
  questionId: string;
  questionLabel: string;
  /** The findings for this question only. */
  findings: readonly Finding[];
  onUpdate: (next: Assessment) => void;
  readOnly?: boolean;
  fallbackRole?: CommentRole;
};

/**
 * Under one field of the form: who changed its answer in a returned file (if anyone did), its findings,
 * then its comments (with reply, resolve, add).
 */
export function FieldReview({
  assessment,
  template,
  sectionId,
  questionId,
  questionLabel,
  findings,
  onUpdate,
  readOnly,
  fallbackRole,
}: Props) {
  return (
    <div className="app-field-review govuk-!-margin-top-2">
      <AnswerChanges assessment={assessment} template={template} questionId={questionId} />
      <FindingList findings={findings} language={template.language} />
      <CommentThread
        assessment={assessment}
        sectionId={sectionId}
        questionId={questionId}
        subject={<TemplateText language={template.language}>{questionLabel}</TemplateText>}
        onUpdate={onUpdate}
        readOnly={readOnly}
        fallbackRole={fallbackRole}
      />
    </div>
  );
}
