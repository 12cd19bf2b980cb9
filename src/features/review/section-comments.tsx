import type { Assessment } from '@schemas/assessment.ts';
import type { Template } from '@schemas/template-definition.ts';
import { commentsOn, type CommentRole } from '@/domain/comments.ts';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { TemplateText } from '@/components/template-text.tsx';
import { useId } from 'react';
import { CommentThread } from './comment-thread.tsx';
import { useT } from '@/components/i18n/use-locale.ts';

type Props = {
  assessment: Assessment;
  template: Template;
  onUpdate: (next: Assessment) => void;
  readOnly?: boolean;
  fallbackRole?: CommentRole;
  /** Show only sections that already have comments (Check your answers); otherwise every section. */
  onlyWithComments?: boolean;
};

/**
 * The comments on one whole section, on that section's page under its heading, with Reply and Mark as
 * resolved as on the review page. Nothing when the section has no comments.
 */
export function ThisSectionComments({
  assessment,
  template,
  sectionId,
  onUpdate,
  readOnly,
  fallbackRole,
}: Omit<Props, 'onlyWithComments'> & { sectionId: string }) {
  const headingId = useId();
  const t = useT();
  const section = template.sections.find((s) => s.id === sectionId);
  if (!section || commentsOn(assessment, sectionId).length === 0) return null;
  return (
    <section className="app-section-comments govuk-!-margin-top-6" aria-labelledby={headingId}>
      <h2 className="govuk-heading-m" id={headingId}>
        {t('review.thisSectionComments')}
      </h2>
      <CommentThread
        assessment={assessment}
        sectionId={sectionId}
        subject={
          <RichMessage
            id="form.sectionHeading"
            values={{
              number: section.number,
              title: <TemplateText language={template.language}>{section.title}</TemplateText>,
            }}
          />
        }
        onUpdate={onUpdate}
        readOnly={readOnly}
        fallbackRole={fallbackRole}
      />
    </section>
  );
}

/** The comments on whole sections (not on one question), section by section. */
export function SectionComments({
  assessment,
  template,
  onUpdate,
  readOnly,
  fallbackRole,
  onlyWithComments,
}: Props) {
  const sections = template.sections.filter(
    (s) => !onlyWithComments || commentsOn(assessment, s.id).length > 0,
  );
  const t = useT();
  if (sections.length === 0) return null;
  return (
    <section className="app-section-comments">
      <h2 className="govuk-heading-m">{t('review.sectionComments')}</h2>
      {sections.map((section) => {
        const subject = (
          <RichMessage
            id="form.sectionHeading"
            values={{
              number: section.number,
              title: <TemplateText language={template.language}>{section.title}</TemplateText>,
            }}
          />
        );
        return (
          <div key={section.id}>
            <h3 className="govuk-heading-s">{subject}</h3>
            <CommentThread
              assessment={assessment}
              sectionId={section.id}
              subject={subject}
              onUpdate={onUpdate}
              readOnly={readOnly}
              fallbackRole={fallbackRole}
            />
          </div>
        );
      })}
    </section>
  );
}
