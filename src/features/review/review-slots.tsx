import type { ReactNode } from 'react';
import type { AnswerKey } from '@schemas/answers.ts';
import type { Assessment } from '@schemas/assessment.ts';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import type { CommentRole } from '@/domain/comments.ts';
import { countFindings, findingsByField, findingsBySection, type Finding } from '@/domain/findings/index.ts';
import { CheckFindings } from './check-findings.tsx';
import { FieldReview } from './field-review.tsx';
import { SectionComments } from './section-comments.tsx';
import { SectionFindingsCount } from './section-findings-count.tsx';
import { WorkflowActions } from './workflow-actions.tsx';

export type ReviewSlots = {
  top: ReactNode;
  field: (questionId: AnswerKey) => ReactNode;
  section: (sectionId: string) => ReactNode;
  check: ReactNode;
};

/**
 * Everything the review feature shows inside the assessment editor, shaped as the editor's slots:
 *
 *   const findings = useFindings(assessment, template);
 *   <AssessmentEditor … readOnly={isLocked(assessment) || …}
 *     slots={{ ...reviewSlots({ assessment, template, findings, onUpdate: update }), tasks: … }} />
 *
 * top: status, returned reasons, Send for review / Start a new revision. field: the question's findings
 * and comments. section: "2 missing, 3 to look at" (and open comments) — text only, so it can sit in a
 * task-list row. check: all findings by section, and the comments on whole sections.
 */
export function reviewSlots({
  assessment,
  template,
  findings,
  onUpdate,
  readOnly = false,
  fallbackRole = 'assessor',
}: {
  assessment: Assessment;
  template: TemplateDefinition;
  findings: readonly Finding[];
  onUpdate: (next: Assessment) => void;
  readOnly?: boolean;
  fallbackRole?: CommentRole;
}): ReviewSlots {
  const byField = findingsByField(findings);
  const bySection = findingsBySection(findings);
  const sectionOf = new Map<string, { sectionId: string; label: string }>();
  for (const s of template.sections)
    for (const q of s.questions) sectionOf.set(q.id, { sectionId: s.id, label: q.label });
  const open = (sectionId: string) =>
    assessment.comments.filter((c) => c.sectionId === sectionId && c.resolvedAt === undefined).length;

  return {
    top: <WorkflowActions assessment={assessment} findings={findings} onUpdate={onUpdate} />,
    field: (questionId) => {
      const where = sectionOf.get(questionId);
      if (!where) return null;
      return (
        <FieldReview
          assessment={assessment}
          sectionId={where.sectionId}
          questionId={questionId}
          questionLabel={where.label}
          findings={byField.get(questionId) ?? []}
          onUpdate={onUpdate}
          readOnly={readOnly}
          fallbackRole={fallbackRole}
        />
      );
    },
    section: (sectionId) => (
      <SectionFindingsCount
        counts={countFindings(bySection.get(sectionId) ?? [])}
        openComments={open(sectionId)}
      />
    ),
    check: (
      <>
        <CheckFindings assessment={assessment} template={template} findings={findings} />
        <SectionComments
          assessment={assessment}
          template={template}
          onUpdate={onUpdate}
          readOnly={readOnly}
          fallbackRole={fallbackRole}
          onlyWithComments
        />
      </>
    ),
  };
}
