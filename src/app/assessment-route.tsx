import { useMemo } from 'react';
import { DownloadPdfButton } from '@/components/download-pdf-button.tsx';
import { Link } from 'wouter';
import { DraftBanners } from '@/components/draft-banners.tsx';
import { paths } from '@/components/paths.ts';
import { SaveStatus } from '@/components/save-status.tsx';
import { AssessmentEditor } from '@/features/assessment-form/assessment-editor.tsx';
import { HistoryPage } from '@/features/history/history-page.tsx';
import { useAssessmentDraft } from '@/storage/use-assessment-draft.ts';
import { assessmentPage } from './editor-view.ts';
import { NotFound } from './not-found.tsx';

/**
 * One open assessment: joins the storage draft (autosave, tabs, conflicts) to the form. The same draft and
 * the same editor stay mounted while the user moves between the task list, sections and Check your answers,
 * so nothing typed is lost between pages. Saving never re-renders the editor: only SaveStatus and the
 * banners subscribe to the save status.
 */
export function AssessmentRoute({ id, rest }: { id: string; rest: string | undefined }) {
  const draft = useAssessmentDraft(id);
  const page = assessmentPage(rest);

  const top = useMemo(
    () => (
      <>
        <DraftBanners draft={draft} />
        <SaveStatus status={draft.saveStatus} />
      </>
    ),
    [draft],
  );
  const tasks = useMemo(
    () => (
      <>
        <h2 className="govuk-heading-m">More</h2>
        <DownloadPdfButton assessment={() => draft.current() ?? draft.assessment!} />
        <ul className="govuk-list">
          <li>
            <Link href={paths.history(id)} className="govuk-link">
              History of this assessment
            </Link>
          </li>
          <li>
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => draft.downloadBackup()}
            >
              Export this assessment (.eia.json)
            </button>
          </li>
        </ul>
      </>
    ),
    [draft, id],
  );
  const slots = useMemo(() => ({ top, tasks }), [top, tasks]);

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
  if (page.kind === 'history') return <HistoryPage id={id} />;
  if (page.kind !== 'editor') return <NotFound />;

  return (
    <AssessmentEditor
      assessment={draft.assessment}
      loadKey={`${draft.assessment.id}:${draft.loadKey}`}
      view={page.view}
      readOnly={draft.readOnly}
      onAnswersChange={draft.onAnswersChange}
      onCompletedSectionsChange={draft.onCompletedSectionsChange}
      slots={slots}
    />
  );
}
