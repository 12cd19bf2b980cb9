import { type Section } from '@schemas/template-definition.ts';
import { useRef } from 'react';
import { flushSync } from 'react-dom';
import { type LiveAnswers } from './live-answers.ts';
import { useLiveSectionStatus } from './use-live-status.ts';
import { useT } from '@/components/i18n/use-locale.ts';

type SectionCompletionProps = {
  answers: LiveAnswers;
  section: Section;
  completedSections: readonly string[];
  readOnly: boolean;
  onMarkCompleted: () => void;
  onMarkNotCompleted: () => void;
};

/**
 * The foot of a section page: "Mark this section as completed", or, when it is, says so and offers
 * to mark it as not completed. Watches the section's status, so it changes only when the status does.
 */
export function SectionCompletion({
  answers,
  section,
  completedSections,
  readOnly,
  onMarkCompleted,
  onMarkNotCompleted,
}: SectionCompletionProps) {
  const status = useLiveSectionStatus(answers, section, completedSections);
  const markButton = useRef<HTMLButtonElement>(null);
  const marked = completedSections.includes(section.id);
  const t = useT();

  if (readOnly) {
    return status === 'completed' ? <p className="govuk-body">{t('form.markedReadOnly')}</p> : null;
  }

  if (status === 'completed') {
    return (
      <div className="govuk-!-margin-bottom-6">
        <div className="govuk-inset-text">{t('form.youMarked')}</div>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
          onClick={() => {
            flushSync(onMarkNotCompleted);
            markButton.current?.focus();
          }}
        >
          {t('form.markNotCompleted')}
        </button>
      </div>
    );
  }

  return (
    <div className="govuk-!-margin-bottom-6">
      {marked && <div className="govuk-inset-text">{t('form.answerRemoved')}</div>}
      <button
        type="button"
        className="govuk-button"
        data-module="govuk-button"
        ref={markButton}
        onClick={onMarkCompleted}
      >
        {t('form.markCompleted')}
      </button>
    </div>
  );
}
