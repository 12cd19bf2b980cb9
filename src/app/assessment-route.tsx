import { type Assessment } from '@schemas/assessment.ts';
import { findTemplate } from '@schemas/templates/index.ts';
import { type TemplateDefinition } from '@schemas/template-definition.ts';
import { useCallback, useMemo } from 'react';
import { Link } from 'wouter';
import { DownloadPdfButton } from '@/components/download-pdf-button.tsx';
import { DraftBanners } from '@/components/draft-banners.tsx';
import { paths } from '@/components/paths.ts';
import { SaveStatus } from '@/components/save-status.tsx';
import { isLocked } from '@/domain/workflow.ts';
import { AssessmentEditor } from '@/features/assessment-form/assessment-editor.tsx';
import { HistoryPage } from '@/features/history/history-page.tsx';
import { AgreePage } from '@/features/review/agree-page.tsx';
import { ReviewPage } from '@/features/review/review-page.tsx';
import { reviewSlots } from '@/features/review/review-slots.tsx';
import { useLiveFindings } from '@/features/review/use-live-findings.ts';
import { type AssessmentDraft, useAssessmentDraft } from '@/storage/use-assessment-draft.ts';
import { assessmentPage, type AssessmentPage } from './editor-view.ts';
import { NotFound } from './not-found.tsx';
import { rebaseUpdate } from './rebase-update.ts';

/**
 * One open assessment: joins the storage draft (autosave, tabs, conflicts) to the form and the review
 * tools. The same draft and the same editor stay mounted while the user moves between the task list,
 * sections, Check your answers, review and history, so nothing typed is lost between pages. Saving never
 * re-renders the editor: only SaveStatus, the banners and the live findings subscribe to changes.
 */
export function AssessmentRoute({ id, rest }: { id: string; rest: string | undefined }) {
  const draft = useAssessmentDraft(id);
  const page = assessmentPage(rest);

  if (draft.state === 'loading') {
    return (
      <p className="govuk-body" role="status">
        Opening the assessment…
      </p>
    );
  }
  if (draft.state === 'error') {
    return (
      <>
        <h1 className="govuk-heading-l">Sorry, this assessment could not be opened</h1>
        <p className="govuk-body">{draft.error}</p>
        <p className="govuk-body">Nothing has been changed. Reload the page to try again.</p>
      </>
    );
  }
  if (draft.state === 'missing' || !draft.assessment) {
    return (
      <>
        <h1 className="govuk-heading-l">Assessment not found</h1>
        <p className="govuk-body">
          There is no assessment with this address in this browser. It may have been deleted (look in the{' '}
          <Link href={paths.bin()} className="govuk-link">
            bin
          </Link>
          ) or it may be stored in another browser.
        </p>
        <p className="govuk-body">
          <Link href={paths.home()} className="govuk-link">
            Go to your assessments
          </Link>
        </p>
      </>
    );
  }
  const template = findTemplate(draft.assessment.templateId, draft.assessment.templateVersion);
  if (!template) return <NotFound />;
  return <OpenAssessment draft={draft} assessment={draft.assessment} template={template} page={page} />;
}

function OpenAssessment({
  draft,
  assessment,
  template,
  page,
}: {
  draft: AssessmentDraft;
  assessment: Assessment;
  template: TemplateDefinition;
  page: AssessmentPage;
}) {
  const live = useLiveFindings(assessment, template);
  // Agreed assessments are locked: changing one means starting a new revision (from the review actions).
  const readOnly = draft.readOnly || isLocked(assessment);
  // Typing does not re-render this route: `assessment` holds the answers as loaded (or as of the last
  // deliberate change), the draft holds what is on the screen. Every action reads the draft's.
  const current = useCallback(() => draft.current() ?? assessment, [draft, assessment]);
  // The tools' change is applied to the draft's current answers, so nothing typed since is undone.
  const onUpdate = useCallback(
    (next: Assessment, base: Assessment = assessment) =>
      void draft.update((now) => rebaseUpdate(base, next, now)),
    [draft, assessment],
  );
  const onExport = useCallback(() => void draft.downloadBackup(), [draft]);
  const onAnswersChange = useCallback(
    (answers: Assessment['answers']) => {
      draft.onAnswersChange(answers);
      live.setAnswers(answers);
    },
    [draft, live],
  );

  const slots = useMemo(() => {
    const review = reviewSlots({ assessment, template, live, readOnly, onUpdate, current, onExport });
    return {
      ...review,
      top: (
        <>
          <DraftBanners draft={draft} />
          <SaveStatus status={draft.saveStatus} />
          {review.top}
        </>
      ),
      tasks: (
        <>
          <h2 className="govuk-heading-m">Review, export and history</h2>
          <DownloadPdfButton assessment={() => draft.current() ?? assessment} />
          <ul className="govuk-list">
            <li>
              <Link href={paths.review(assessment.id)} className="govuk-link">
                Review this assessment
              </Link>{' '}
              (findings, comments, return or agree)
            </li>
            <li>
              <Link href={paths.history(assessment.id)} className="govuk-link">
                History of this assessment
              </Link>
            </li>
          </ul>
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => draft.downloadBackup()}
          >
            Export this assessment (.eia.json)
          </button>
        </>
      ),
    };
  }, [assessment, template, live, readOnly, onUpdate, current, onExport, draft]);

  if (page.kind === 'history') return <HistoryPage id={assessment.id} />;
  if (page.kind === 'review' || page.kind === 'agree') {
    // Rendered on arrival (a route change renders this), so these pages show what was typed before.
    const shown = current();
    const Page = page.kind === 'review' ? ReviewPage : AgreePage;
    return (
      <>
        <DraftBanners draft={draft} />
        <Page assessment={shown} onUpdate={(next) => onUpdate(next, shown)} readOnly={draft.readOnly} />
      </>
    );
  }
  if (page.kind !== 'editor') return <NotFound />;
  return (
    <AssessmentEditor
      assessment={assessment}
      loadKey={`${assessment.id}:${draft.loadKey}`}
      view={page.view}
      readOnly={readOnly}
      onAnswersChange={onAnswersChange}
      onCompletedSectionsChange={draft.onCompletedSectionsChange}
      slots={slots}
    />
  );
}
