import { type Assessment } from '@schemas/assessment.ts';
import { type Template } from '@schemas/template-definition.ts';
import { findTemplateDefinition } from '@schemas/templates/index.ts';
import { DraftBanners } from '@/components/draft-banners.tsx';
import { t } from '@/components/i18n/i18n.ts';
import { useLocale } from '@/components/i18n/use-locale.ts';
import { assessmentTitle } from '@/domain/assessment-roles.ts';
import { UNTITLED } from '@/domain/assessment-summary.ts';
import { moveToTemplateVersion, planVersionMove, type VersionMovePlan } from '@/domain/version-move.ts';
import { MoveVersionPage } from '@/features/template-version/move-version-page.tsx';
import { type AssessmentDraft } from '@/storage/use-assessment-draft.ts';
import { useAppStorage } from '@/storage/storage-context.tsx';
import { NotFound } from './not-found.tsx';

/**
 * "Move to version X" for an open assessment: the plan of what will change, computed from what is on the
 * screen; on confirm, a copy goes to History first (so restoring it undoes the move), then the move is
 * applied to the draft's latest text and saved at once.
 */
export function MoveVersionRoute({
  draft,
  assessment,
  template,
  version,
  onMoved,
}: {
  draft: AssessmentDraft;
  assessment: Assessment;
  template: Template;
  version: string;
  onMoved: (plan: VersionMovePlan) => void;
}) {
  const { repository } = useAppStorage();
  useLocale();
  const from = findTemplateDefinition(assessment.templateId, assessment.templateVersion);
  const to = findTemplateDefinition(assessment.templateId, version);
  if (!from || !to) return <NotFound />;
  const shown = draft.current() ?? assessment;

  const onConfirm = async (): Promise<string | null> => {
    const now = draft.current() ?? assessment;
    const trial = moveToTemplateVersion(now, from, to, new Date());
    if (!trial.ok) {
      const problem = trial.plan.refusalProblem;
      return problem ? t(`moveRefusal.${problem.code}`, problem.values) : trial.message;
    }
    try {
      await repository.keepBeforeVersionMove(now, to.version);
    } catch {
      return t('move.failed.noCopy');
    }
    let plan: VersionMovePlan | null = null;
    const saved = await draft.update((latest) => {
      const result = moveToTemplateVersion(latest, from, to, new Date());
      if (!result.ok) return latest;
      plan = result.plan;
      return result.assessment;
    });
    if (!plan) return t('move.failed.cannotChange');
    if (!saved) return t('move.failed.notSaved');
    onMoved(plan);
    return null;
  };

  return (
    <>
      <DraftBanners draft={draft} />
      <MoveVersionPage
        assessmentId={assessment.id}
        title={assessmentTitle(shown) || UNTITLED}
        formTitle={template.shortTitle}
        plan={planVersionMove(shown, from, to, shown.language ?? 'en')}
        language={shown.language ?? 'en'}
        readOnly={draft.readOnly}
        onConfirm={onConfirm}
      />
    </>
  );
}
