import { assessmentLanguage } from '@schemas/plain/assessment.ts';
import type { Assessment } from '@schemas/assessment.ts';
import type { Language } from '@schemas/local-text.ts';
import { appendixLanguages } from '@/domain/appendix-languages.ts';
import { assessmentTitle } from '@/domain/assessment-roles.ts';
import { compareTemplateVersions, newestTemplateVersion, templateOf } from '@schemas/templates/index.ts';
import type { Template } from '@schemas/template-definition.ts';
import { Suspense, useCallback, useMemo, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { DownloadHtmlButton } from '@/components/download-html-button.tsx';
import { DownloadPdfButton } from '@/components/download-pdf-button.tsx';
import { DraftBanners } from '@/components/draft-banners.tsx';
import { paths } from '@/components/paths.ts';
import { SaveStatus } from '@/components/save-status.tsx';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { UNTITLED } from '@/domain/summary-shape.ts';
import type { VersionMovePlan } from '@/domain/version-move.ts';
import { isLocked } from '@/domain/workflow.ts';
import { AssessmentEditor } from '@/features/assessment-form/assessment-editor.tsx';
import { LanguageNotice } from '@/features/publication/language-notice.tsx';
import { PublicationTask } from '@/features/publication/publication-task.tsx';
import { reviewSlots } from '@/features/review/review-slots.tsx';
import { MovedBanner } from '@/features/template-version/moved-banner.tsx';
import { NewerVersionNotice } from '@/features/template-version/newer-version-notice.tsx';
import { useLiveFindings } from '@/features/review/use-live-findings.ts';
import { type AssessmentDraft, useAssessmentDraft } from '@/storage/use-assessment-draft.ts';
import { assessmentPage, type AssessmentPage } from './editor-view.ts';
import { AgreePage, HistoryPage, MoveVersionRoute, PublicationPage, ReviewPage } from './lazy-pages.tsx';
import { NotFound } from './not-found.tsx';
import { rebaseUpdate } from './rebase-update.ts';
import { useLocale, useT } from '@/components/i18n/use-locale.ts';
import { t as translate } from '@/components/i18n/i18n.ts';
import { saveFailureText } from '@/components/i18n/storage-text.ts';
import type { StorageFailure } from '@/storage/storage-errors.ts';

/**
 * One open assessment: joins the storage draft (autosave, tabs, conflicts) to the form and the review
 * tools. The same draft and the same editor stay mounted while the user moves between the task list,
 * sections, Check your answers, review and history, so nothing typed is lost between pages. Saving never
 * re-renders the editor: only SaveStatus, the banners and the live findings subscribe to changes.
 */
export function AssessmentRoute({ id, rest }: { id: string; rest: string | undefined }) {
  const draft = useAssessmentDraft(id);
  const page = assessmentPage(rest);
  const t = useT();

  if (draft.state === 'loading') {
    return (
      <p className="govuk-body" role="status">
        {t('route.opening')}
      </p>
    );
  }
  if (draft.state === 'error') return <CouldNotOpen error={draft.error} />;
  if (draft.state === 'missing' || !draft.assessment) return <AssessmentNotFound />;
  const template = templateOf(draft.assessment);
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
  template: Template;
  page: AssessmentPage;
}) {
  const live = useLiveFindings(assessment, template);
  const t = useT();
  const language = useLocale();
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
  const onExport = useCallback(() => draft.downloadBackup(), [draft]);
  const [, navigate] = useLocation();
  // After a move to a newer template version: the plan it followed, for the success banner.
  const [moved, setMoved] = useState<VersionMovePlan | null>(null);
  const newest = newestTemplateVersion(assessment.templateId);
  const newerVersion =
    newest && compareTemplateVersions(newest.version, assessment.templateVersion) > 0 ? newest.version : null;
  const onAnswersChange = useCallback(
    (answers: Assessment['answers']) => {
      draft.onAnswersChange(answers);
      live.setAnswers(answers);
    },
    [draft, live],
  );

  const templateLanguages = template.languages ?? ['en'];
  // A string, so the slots below are rebuilt only when it changes.
  const printedKey =
    templateLanguages.length > 1 ? appendixLanguages(assessment, templateLanguages).join(' ') : '';
  const slots = useMemo(() => {
    const printedIn = printedKey ? (printedKey.split(' ') as Language[]) : undefined;
    const review = reviewSlots({ assessment, template, live, readOnly, onUpdate, current, onExport });
    return {
      ...review,
      top: (
        <>
          <DraftBanners draft={draft} />
          {/* Nothing can change in an agreed assessment: "Saved at …" would say otherwise. */}
          {!isLocked(assessment) && <SaveStatus status={draft.saveStatus} />}
        </>
      ),
      taskListNotice: (
        <>
          <LanguageNotice
            assessmentId={assessment.id}
            language={assessmentLanguage(assessment)}
            templateLanguages={templateLanguages}
            readOnly={readOnly}
          />
          {moved && moved.toVersion === assessment.templateVersion ? (
            <MovedBanner assessmentId={assessment.id} plan={moved} />
          ) : newerVersion ? (
            <NewerVersionNotice
              assessmentId={assessment.id}
              version={assessment.templateVersion}
              newestVersion={newerVersion}
              agreed={isLocked(assessment)}
            />
          ) : null}
        </>
      ),
      tasks: (
        <>
          <PublicationTask
            assessmentId={assessment.id}
            publication={assessment.publication}
            printedIn={printedIn}
            language={assessmentLanguage(assessment)}
          />
          <h2 className="govuk-heading-m govuk-!-margin-top-6">{t('route.reviewExportHistory')}</h2>
          <DownloadPdfButton assessment={() => draft.current() ?? assessment} />
          <DownloadHtmlButton assessment={() => draft.current() ?? assessment} />
          <ul className="govuk-list">
            <li>
              <Link href={paths.review(assessment.id)} className="govuk-link">
                {t('route.review')}
              </Link>{' '}
              {t('route.reviewWhat')}
            </li>
          </ul>
          <div className="govuk-button-group">
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => draft.downloadBackup()}
            >
              {t('route.export')}
            </button>
            {/* A link (it goes to a page), styled as the buttons beside it. */}
            <Link href={paths.history(assessment.id)} className="govuk-button govuk-button--secondary">
              {t('route.history')}
            </Link>
          </div>
        </>
      ),
    };
    // The slots' words follow the interface language (t reads it), so a switch rebuilds them.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [
    assessment,
    template,
    live,
    readOnly,
    onUpdate,
    current,
    onExport,
    draft,
    moved,
    newerVersion,
    printedKey,
    t,
    language,
  ]);

  if (page.kind === 'history') return <HistoryPage id={assessment.id} />;
  // Pages other than the editor are rendered on arrival (a route change renders this route), so they
  // show what was typed before, read from the draft.
  if (page.kind === 'publication') {
    const shown = current();
    return (
      <>
        <DraftBanners draft={draft} />
        <PublicationPage
          key={draft.loadKey}
          assessmentId={assessment.id}
          title={assessmentTitle(shown) || UNTITLED}
          publication={assessment.publication}
          language={assessmentLanguage(assessment)}
          languages={template.languages ?? ['en']}
          readOnly={draft.readOnly}
          onSave={(publication, language) => draft.update((now) => ({ ...now, publication, language }))}
        />
      </>
    );
  }
  if (page.kind === 'agree') {
    const shown = current();
    return (
      <>
        <DraftBanners draft={draft} />
        <AgreePage assessment={shown} onUpdate={(next) => onUpdate(next, shown)} readOnly={draft.readOnly} />
      </>
    );
  }
  if (page.kind === 'review') {
    const shown = current();
    return (
      <>
        <DraftBanners draft={draft} />
        <ReviewPage
          assessment={shown}
          onUpdate={(next) => onUpdate(next, shown)}
          readOnly={draft.readOnly}
          onExport={onExport}
          template={template}
        />
      </>
    );
  }
  if (page.kind === 'move-version') {
    return (
      <Suspense
        fallback={
          <p className="govuk-body" role="status">
            Loading…
          </p>
        }
      >
        <MoveVersionRoute
          draft={draft}
          assessment={assessment}
          template={template}
          version={page.version}
          onMoved={(plan) => {
            setMoved(plan);
            navigate(paths.assessment(assessment.id));
          }}
        />
      </Suspense>
    );
  }
  if (page.kind !== 'editor') return <NotFound />;
  return (
    <AssessmentEditor
      assessment={assessment}
      // A new revision clears "Date EIA agreed" in the record: the form reloads it, so no page shows the old date.
      // A move to another template version reloads the form on the new version's questions.
      loadKey={`${assessment.id}:${draft.loadKey}:r${assessment.revision}:${assessment.templateVersion}`}
      view={page.view}
      readOnly={readOnly}
      readOnlyReason={readOnlyReason(draft, assessment)}
      onAnswersChange={onAnswersChange}
      onCompletedSectionsChange={draft.onCompletedSectionsChange}
      slots={slots}
    />
  );
}

/** Why the editor is read-only, said beside the field in focus (the banners say it at the top). */
function readOnlyReason(draft: AssessmentDraft, assessment: Assessment): string | undefined {
  if (draft.readOnlyReason === 'taken-over') return translate('route.readOnly.takenOver');
  if (draft.readOnly) return translate('route.readOnly.otherTab');
  if (isLocked(assessment)) return translate('route.readOnly.agreed');
  return undefined;
}

function CouldNotOpen({ error }: { error: StorageFailure | null | undefined }) {
  const t = useT();
  useDocumentTitle(t('title.suffix', { page: t('route.couldNotOpen') }));
  return (
    <>
      <h1 className="govuk-heading-l">{t('route.couldNotOpen')}</h1>
      {error && <p className="govuk-body">{saveFailureText(error)}</p>}
      <p className="govuk-body">{t('route.nothingChanged')}</p>
    </>
  );
}

function AssessmentNotFound() {
  const t = useT();
  useDocumentTitle(t('title.suffix', { page: t('route.notFound') }));
  return (
    <>
      <h1 className="govuk-heading-l">{t('route.notFound')}</h1>
      <p className="govuk-body">
        {t('route.noSuch')}{' '}
        <Link href={paths.bin()} className="govuk-link">
          {t('history.bin')}
        </Link>
        {t('route.otherBrowser')}
      </p>
      <p className="govuk-body">
        <Link href={paths.home()} className="govuk-link">
          {t('notFound.goHome')}
        </Link>
      </p>
    </>
  );
}
