import { useEffect, useState, type ReactNode } from 'react';
import type * as FormReviewPartsModule from './form-review-parts.tsx';
import type { AnswerKey } from '@schemas/answers.ts';
import type { Assessment } from '@schemas/assessment.ts';
import type { Template } from '@schemas/template-definition.ts';
import type { CommentRole } from '@/domain/comments.ts';
import { countFindings, type Finding } from '@/domain/findings/index.ts';
import type { LiveFindings } from './live-findings.ts';
import { ReadOnlyBanner } from '@/components/read-only-banner.tsx';
import { paths } from '@/components/paths.ts';
import { isLocked } from '@/domain/workflow.ts';
import { SectionFindingsCount } from './section-findings-count.tsx';
import { useFindingsOf, useFindingsWhere } from './use-live-findings.ts';
import { WorkflowActions } from './workflow-actions.tsx';

type FormReviewParts = typeof FormReviewPartsModule;
let loadedParts: FormReviewParts | null = null;
let pendingParts: Promise<FormReviewParts> | null = null;

/**
 * Loads the review's pieces for the form's pages (form-review-parts.tsx), once. The editor calls it (through
 * the `preload` slot) when it loads the form's own chunk, so both arrive together; a piece rendered before
 * then loads it itself and shows once it is there.
 */
export function preloadReviewParts(): Promise<FormReviewParts> {
  pendingParts ??= import('./form-review-parts.tsx').then((parts) => (loadedParts = parts));
  pendingParts.catch(() => (pendingParts = null)); // a failed load (offline, new version) is tried again
  return pendingParts;
}

/** Renders `children` with the review's form-page pieces: at once when loaded, else once they are. */
function WithParts({ children }: { children: (parts: FormReviewParts) => ReactNode }) {
  const [parts, setParts] = useState(loadedParts);
  useEffect(() => {
    if (parts) return;
    let live = true;
    preloadReviewParts().then(
      (loaded) => live && setParts(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [parts]);
  return parts ? <>{children(parts)}</> : null;
}

export type ReviewSlots = {
  preload: () => void;
  status: ReactNode;
  field: (questionId: AnswerKey, shown?: { error: boolean }) => ReactNode;
  section: (sectionId: string) => ReactNode;
  sectionTop: (sectionId: string) => ReactNode;
  check: ReactNode;
};

/**
 * Everything the review feature shows inside the assessment editor, shaped as the editor's slots:
 *
 *   const live = useLiveFindings(draft.assessment, template);
 *   const readOnly = draft.readOnly || isLocked(draft.assessment);
 *   const review = useMemo(() => reviewSlots({ assessment: draft.assessment, template, live, readOnly,
 *     onUpdate: (next) => void draft.update(() => next) }), [draft.assessment, live, readOnly]);
 *   <AssessmentEditor … readOnly={readOnly}
 *     onAnswersChange={(answers) => { draft.onAnswersChange(answers); live.setAnswers(answers); }}
 *     slots={{ ...review, top: banners }} />
 *
 * status: status, returned reasons, Send for review / Start a new revision. field: the question's findings
 * of the "to look at" kind and its comments (a "missing" answer is said on the task list, on the review page
 * and, after "Mark this section as completed", as the field's error: never beside an untouched field). section: "2 missing, 3 to look at" (and open comments), text only, so it can sit in a
 * task-list row. sectionTop: on a section page, why an agreed assessment's fields cannot change (and how to
 * change it), and the comments on the whole section, with Reply. check: all findings by section, and the comments on whole sections. Findings follow the
 * typing through `live`; only these small pieces re-render, never the form.
 */
export function reviewSlots({
  assessment,
  template,
  live,
  onUpdate,
  current,
  onExport,
  readOnly = false,
  fallbackRole = 'assessor',
}: {
  assessment: Assessment;
  template: Template;
  live: LiveFindings;
  /** Saves a tool's change; `base` is what it was computed from (the rendered assessment if not given). */
  onUpdate: (next: Assessment, base?: Assessment) => void;
  /** The assessment with everything typed so far: workflow actions read their answers from it. */
  current?: () => Assessment;
  /** Downloads the assessment as it is on screen (.eia.json); returns the file's name. */
  onExport?: () => string | null | void;
  readOnly?: boolean;
  fallbackRole?: CommentRole;
}): ReviewSlots {
  const sectionOf = new Map<string, { sectionId: string; label: string }>();
  for (const s of template.sections)
    for (const q of s.questions) sectionOf.set(q.id, { sectionId: s.id, label: q.label });
  const open = (sectionId: string) =>
    assessment.comments.filter((c) => c.sectionId === sectionId && c.resolvedAt === undefined).length;

  // What every comment piece is given.
  const comments = { assessment, template, onUpdate, readOnly, fallbackRole };

  return {
    preload: () => void preloadReviewParts().catch(() => undefined),
    status: (
      <Live live={live}>
        {(findings) => (
          <WorkflowActions
            assessment={assessment}
            findings={findings}
            onUpdate={onUpdate}
            {...(current ? { current } : {})}
            {...(onExport ? { onExport } : {})}
          />
        )}
      </Live>
    ),
    field: (questionId, shown) => {
      const where = sectionOf.get(questionId);
      if (!where) return null;
      return (
        <LiveWhere live={live} which={questionId} pick={toLookAtOn}>
          {(findings) => (
            <WithParts>
              {({ FieldReview }) => (
                <FieldReview
                  assessment={assessment}
                  template={template}
                  sectionId={where.sectionId}
                  questionId={questionId}
                  questionLabel={where.label}
                  // The field's own error says its problem: its findings wait until that is put right.
                  findings={shown?.error ? [] : findings}
                  onUpdate={onUpdate}
                  readOnly={readOnly}
                  fallbackRole={fallbackRole}
                />
              )}
            </WithParts>
          )}
        </LiveWhere>
      );
    },
    section: (sectionId) => (
      <LiveWhere live={live} which={sectionId} pick={inSection}>
        {(findings) => (
          <SectionFindingsCount counts={countFindings(findings)} openComments={open(sectionId)} />
        )}
      </LiveWhere>
    ),
    sectionTop: (sectionId) => (
      <>
        {isLocked(assessment) && (
          <ReadOnlyBanner reason="agreed" taskListHref={paths.assessment(assessment.id)} />
        )}
        <WithParts>
          {({ ThisSectionComments }) => <ThisSectionComments {...comments} sectionId={sectionId} />}
        </WithParts>
      </>
    ),
    check: (
      <WithParts>
        {({ CheckFindings, SectionComments }) => (
          <>
            <Live live={live}>
              {(findings) => (
                <CheckFindings assessment={assessment} template={template} findings={findings} />
              )}
            </Live>
            <SectionComments {...comments} onlyWithComments />
          </>
        )}
      </WithParts>
    ),
  };
}

/** A question's findings "to look at" (a missing answer is said elsewhere, see above). */
const toLookAtOn = (finding: Finding, questionId: string) =>
  finding.questionId === questionId && finding.severity !== 'missing';

const inSection = (finding: Finding, sectionId: string) => finding.sectionId === sectionId;

/** Subscribes one small piece to the live findings. */
function Live({ live, children }: { live: LiveFindings; children: (findings: Finding[]) => ReactNode }) {
  return <>{children(useFindingsOf(live))}</>;
}

/**
 * Subscribes one small piece to the findings it shows (`which`: its question or section): it re-renders
 * only when those change, so a change to one answer's findings re-renders that answer's review alone.
 */
function LiveWhere({
  live,
  which,
  pick,
  children,
}: {
  live: LiveFindings;
  which: string;
  pick: (finding: Finding, which: string) => boolean;
  children: (findings: Finding[]) => ReactNode;
}) {
  return <>{children(useFindingsWhere(live, which, pick))}</>;
}
