import type { AnswerKey, Answers } from '@schemas/answers.ts';
import type { Assessment, NoLongerAsked } from '@schemas/assessment.ts';
import type { Template } from '@schemas/template-definition.ts';
import type { ReactNode } from 'react';
import type { AnswersForm } from './answers-form.ts';
import type { LiveAnswers } from './live-answers.ts';

export type EditorView =
  { page: 'tasks' } | { page: 'section'; sectionId: string; focusQuestionId?: string } | { page: 'check' };

export type EditorSlots = {
  /**
   * Loads ahead what the slots need on the form's pages (a section page, Check your answers): the editor
   * calls it when it loads the form's own chunk, so both arrive together.
   */
  preload?: () => void;
  /** Save status and banners: at the top of every page (after the back link on section pages). */
  top?: ReactNode;
  /**
   * Where the assessment is in its review (status, what is missing, Send for review): under the task list's
   * heading and at the foot of Check your answers; never on a section page, where it would sit between the
   * back link and the question.
   */
  status?: ReactNode;
  /**
   * Under each field: findings, reviewer comments. `shown.error`: the field shows its own error (after "Mark
   * this section as completed"), so a finding would say the same problem a second time.
   */
  field?: (questionId: AnswerKey, shown?: { error: boolean }) => ReactNode;
  /** Beside each task-list row and under the section heading. */
  section?: (sectionId: string) => ReactNode;
  /** On a section page only, under its heading: why it cannot be changed, the comments on the whole section. */
  sectionTop?: (sectionId: string) => ReactNode;
  /** Extra content on the task list page (e.g. Download PDF). */
  tasks?: ReactNode;
  /** Extra content on Check your answers. */
  check?: ReactNode;
  /** At the top of the task list, under the banners (e.g. "a newer version of this form is published"). */
  taskListNotice?: ReactNode;
};

export type AssessmentEditorProps = {
  /** The stored record (schemas/assessment.ts). */
  assessment: Assessment;
  /** Whenever this changes the form loads `assessment` with reset() (new id, restore from history, take-over). */
  loadKey: string;
  view: EditorView;
  /** Agreed, or opened read-only in a second tab: nothing editable, no completion buttons. */
  readOnly?: boolean;
  /** Why it is read-only, in a sentence that says what to do (shown beside the field in focus). */
  readOnlyReason?: string;
  /** Every change, observed with react-hook-form's subscribe() (7.55+), never by re-rendering the form. */
  onAnswersChange: (answers: Answers) => void;
  onCompletedSectionsChange: (completedSections: string[]) => void;
  slots?: EditorSlots;
  /**
   * The template to render, when it is not one the app has learnt (the designer's preview of a draft).
   * Without it the editor uses the assessment's own template version.
   */
  template?: Template;
};

/** What every page of the editor is given. */
export type EditorPageProps = {
  form: AnswersForm;
  /** The answers as typed so far, for what is shown worked out from them (status, title, counts). */
  answers: LiveAnswers;
  template: Template;
  assessmentId: string;
  readOnly: boolean;
  readOnlyReason?: string;
  slots: EditorSlots;
  completedSections: readonly string[];
  /** Answers kept when the assessment moved to a newer version of its form (shown on Check your answers). */
  noLongerAsked: readonly NoLongerAsked[];
};
