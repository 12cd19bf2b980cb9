import { currentTemplate, templateOf } from '@schemas/templates/index.ts';
import { useState } from 'react';
import { CheckAnswersPage } from './check-answers-page.tsx';
import { type AssessmentEditorProps, type EditorPageProps, type EditorSlots } from './editor-types.ts';
import { SectionNotFound } from './section-not-found.tsx';
import { SectionPage } from './section-page.tsx';
import { TaskListPage } from './task-list-page.tsx';
import { useAnswersForm } from './use-answers-form.ts';
import { useT } from '@/components/i18n/use-locale.ts';

export type { AssessmentEditorProps, EditorSlots, EditorView } from './editor-types.ts';

const NO_SLOTS: EditorSlots = {};

/**
 * The assessment form, driven by the template the assessment was written against. One editor is
 * mounted per open assessment; only `view` changes as the route does, so the form (and every
 * unsaved keystroke in it) lives across pages. Storage-agnostic: it reports changes through
 * `onAnswersChange` and `onCompletedSectionsChange` and never saves anything itself.
 */
export function AssessmentEditor({
  assessment,
  loadKey,
  view,
  readOnly = false,
  readOnlyReason,
  onAnswersChange,
  onCompletedSectionsChange,
  slots = NO_SLOTS,
  template: given,
}: AssessmentEditorProps) {
  const t = useT();
  const template = given ?? templateOf(assessment);
  // Hooks run whatever the template; an unknown template shows the message below, never the form.
  const { form, answers } = useAnswersForm(
    template ?? currentTemplate,
    assessment.answers,
    loadKey,
    onAnswersChange,
  );
  const [completed, setCompleted] = useState(() => ({ loadKey, sections: assessment.completedSections }));
  if (completed.loadKey !== loadKey) {
    setCompleted({ loadKey, sections: assessment.completedSections });
  }
  const completedSections = completed.loadKey === loadKey ? completed.sections : assessment.completedSections;

  if (!template) {
    return (
      <>
        <h1 className="govuk-heading-l">{t('form.cannotOpen')}</h1>
        <p className="govuk-body">
          {t('form.unknownTemplate', {
            template: assessment.templateId,
            version: assessment.templateVersion,
          })}
        </p>
      </>
    );
  }

  const setSectionCompleted = (sectionId: string, done: boolean) => {
    const has = completedSections.includes(sectionId);
    if (has === done) return;
    const next = done
      ? [...completedSections, sectionId]
      : completedSections.filter((id) => id !== sectionId);
    setCompleted({ loadKey, sections: next });
    onCompletedSectionsChange(next);
  };

  const page: EditorPageProps = {
    form,
    answers,
    template,
    assessmentId: assessment.id,
    readOnly,
    ...(readOnlyReason ? { readOnlyReason } : {}),
    slots,
    completedSections,
    noLongerAsked: assessment.noLongerAsked,
  };

  switch (view.page) {
    case 'tasks':
      return <TaskListPage key={loadKey} {...page} />;
    case 'check':
      return <CheckAnswersPage key={loadKey} {...page} />;
    case 'section': {
      const section = template.sections.find((s) => s.id === view.sectionId);
      if (!section) return <SectionNotFound assessmentId={assessment.id} sectionId={view.sectionId} />;
      return (
        <SectionPage
          key={`${loadKey}:${section.id}`}
          {...page}
          section={section}
          focusQuestionId={view.focusQuestionId}
          onSetCompleted={setSectionCompleted}
        />
      );
    }
  }
}
