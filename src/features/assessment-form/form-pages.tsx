import { type Template } from '@schemas/template-definition.ts';
import { CheckAnswersPage } from './check-answers-page.tsx';
import { type AssessmentEditorProps, type EditorPageProps } from './editor-types.ts';
import { type LiveAnswers } from './live-answers.ts';
import { SectionNotFound } from './section-not-found.tsx';
import { SectionPage } from './section-page.tsx';
import { TaskListPage } from './task-list-page.tsx';
import { useAnswersForm } from './use-answers-form.ts';

export type FormPagesProps = Pick<
  AssessmentEditorProps,
  'assessment' | 'loadKey' | 'view' | 'onAnswersChange'
> & {
  template: Template;
  live: LiveAnswers;
  page: Omit<EditorPageProps, 'form' | 'answers'>;
  onSetCompleted: (sectionId: string, done: boolean) => void;
};

/**
 * The editor's pages with the form (react-hook-form): loaded the first time a section or Check your
 * answers is shown (assessment-editor.tsx), then kept mounted on every page of the assessment, the task list
 * included, so the form (and every unsaved keystroke in it) lives across pages.
 */
export function FormPages({
  assessment,
  loadKey,
  view,
  onAnswersChange,
  template,
  live,
  page,
  onSetCompleted,
}: FormPagesProps) {
  const { form, answers } = useAnswersForm(template, assessment.answers, loadKey, onAnswersChange, live);
  const props: EditorPageProps = { ...page, form, answers };
  switch (view.page) {
    case 'tasks':
      return <TaskListPage key={loadKey} {...props} />;
    case 'check':
      return <CheckAnswersPage key={loadKey} {...props} />;
    case 'section': {
      const section = template.sections.find((s) => s.id === view.sectionId);
      if (!section) return <SectionNotFound assessmentId={assessment.id} sectionId={view.sectionId} />;
      return (
        <SectionPage
          key={`${loadKey}:${section.id}`}
          {...props}
          section={section}
          focusQuestionId={view.focusQuestionId}
          onSetCompleted={onSetCompleted}
        />
      );
    }
  }
}
