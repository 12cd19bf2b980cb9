import type { Assessment, AssessmentStatus, StatusChange } from '@schemas/assessment.ts';
import { assessmentAssessor } from './assessment-roles.ts';
import type { Template } from '@schemas/template-definition.ts';
import { findingsFor, missingOnly, type Finding } from './findings/index.ts';

/**
 * The review workflow: Draft → Ready for review → Returned (with the reviewer's reasons) → … → Agreed.
 * An agreed assessment is read-only; changing it starts a new revision as a draft.
 *
 * Every step is pure: it returns a new Assessment with one more status change recorded (who, when, why,
 * which revision), or a refusal with a plain-English reason. There are no accounts: people give their
 * names. A step moves `updatedAt` only when it changes an answer (agreeing fills "Date EIA agreed"; a new
 * revision clears it); storage may move it again when it saves, which only makes merge.ts more cautious.
 */

export type WorkflowResult =
  { ok: true; assessment: Assessment } | { ok: false; reason: string; missing?: Finding[] };

export type WorkflowAction = 'send-for-review' | 'return' | 'agree' | 'start-new-revision';

const ALLOWED: Record<WorkflowAction, readonly AssessmentStatus[]> = {
  'send-for-review': ['draft', 'returned'],
  return: ['ready-for-review'],
  agree: ['ready-for-review'],
  'start-new-revision': ['agreed'],
};

/** What can be done next from the assessment's status. */
export function availableActions(assessment: Assessment): WorkflowAction[] {
  return (Object.keys(ALLOWED) as WorkflowAction[]).filter((action) =>
    ALLOWED[action].includes(assessment.status),
  );
}

/** Agreed assessments are locked: answers, sections and comments cannot change until a new revision. */
export function isLocked(assessment: Assessment): boolean {
  return assessment.status === 'agreed';
}

export const LOCKED_REASON =
  'This assessment has been agreed, so it cannot be changed. To change it, start a new revision.';

type Step = { now: Date };

export function sendForReview(
  assessment: Assessment,
  options: Step & { by: string; note?: string },
): WorkflowResult {
  const refused = refuse(assessment, 'send-for-review');
  if (refused) return refused;
  const by = options.by.trim() || assessmentAssessor(assessment);
  if (!by) return { ok: false, reason: 'Enter your name, so the reviewer knows who sent the assessment' };
  return {
    ok: true,
    assessment: withStatus(assessment, 'ready-for-review', by, options.note ?? '', options.now),
  };
}

export function returnToAssessor(
  assessment: Assessment,
  options: Step & { reviewer: string; reasons: string },
): WorkflowResult {
  const refused = refuse(assessment, 'return');
  if (refused) return refused;
  const reviewer = options.reviewer.trim();
  if (!reviewer) return { ok: false, reason: 'Enter your name, so the assessor knows who returned it' };
  if (!options.reasons.trim()) {
    return {
      ok: false,
      reason: 'Enter your reasons for returning the assessment, so the assessor knows what to change',
    };
  }
  return {
    ok: true,
    assessment: withStatus(assessment, 'returned', reviewer, options.reasons.trim(), options.now),
  };
}

/**
 * Agrees the assessment: refused while anything is missing (weak answers are the reviewer's judgement
 * and do not block). Fills "Date EIA agreed" with today's date and records the reviewer's name.
 */
export function agree(
  assessment: Assessment,
  template: Template,
  options: Step & { reviewer: string; note?: string },
): WorkflowResult {
  const refused = refuse(assessment, 'agree');
  if (refused) return refused;
  const reviewer = options.reviewer.trim();
  if (!reviewer) return { ok: false, reason: 'Enter your name, so the assessment records who agreed it' };
  const missing = missingOnly(findingsFor(assessment, template, { today: options.now }));
  if (missing.length > 0) {
    const count = missing.length === 1 ? '1 answer is' : `${missing.length} answers are`;
    return {
      ok: false,
      reason: `You cannot agree this assessment yet: ${count} missing. Return it to the assessor to complete.`,
      missing,
    };
  }
  const dateAgreed = {
    day: String(options.now.getDate()),
    month: String(options.now.getMonth() + 1),
    year: String(options.now.getFullYear()),
  };
  const next = withStatus(assessment, 'agreed', reviewer, options.note?.trim() ?? '', options.now);
  return {
    ok: true,
    assessment: { ...next, answers: { ...next.answers, dateAgreed }, updatedAt: options.now.toISOString() },
  };
}

/**
 * Starts revision n + 1 as a draft from an agreed assessment. The agreed revision is not changed here:
 * storage keeps it as the snapshot taken when it was agreed, so it can still be opened and exported.
 * "Date EIA agreed" is cleared, because the new revision has not been agreed.
 */
export function startNewRevision(assessment: Assessment, options: Step & { by: string }): WorkflowResult {
  const refused = refuse(assessment, 'start-new-revision');
  if (refused) return refused;
  const revision = assessment.revision + 1;
  const change: StatusChange = {
    status: 'draft',
    at: options.now.toISOString(),
    by: options.by.trim(),
    note: `Revision ${revision} started from agreed revision ${assessment.revision}.`,
    revision,
  };
  return {
    ok: true,
    assessment: {
      ...assessment,
      status: 'draft',
      revision,
      answers: { ...assessment.answers, dateAgreed: { day: '', month: '', year: '' } },
      statusHistory: [...assessment.statusHistory, change],
      updatedAt: options.now.toISOString(),
    },
  };
}

const REFUSALS: Record<WorkflowAction, string> = {
  'send-for-review': 'Only a draft or a returned assessment can be sent for review.',
  return: 'Only an assessment that is ready for review can be returned.',
  agree: 'Only an assessment that is ready for review can be agreed. Ask the assessor to send it for review.',
  'start-new-revision': 'A new revision can only be started from an agreed assessment.',
};

function refuse(assessment: Assessment, action: WorkflowAction): WorkflowResult | null {
  if (ALLOWED[action].includes(assessment.status)) return null;
  return { ok: false, reason: REFUSALS[action] };
}

function withStatus(
  assessment: Assessment,
  status: AssessmentStatus,
  by: string,
  note: string,
  now: Date,
): Assessment {
  const change: StatusChange = { status, at: now.toISOString(), by, note, revision: assessment.revision };
  return { ...assessment, status, statusHistory: [...assessment.statusHistory, change] };
}
