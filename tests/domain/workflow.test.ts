import { describe, expect, it } from 'vitest';
import { currentTemplate } from '@schemas/templates/index.ts';
import {
  agree,
  availableActions,
  isLocked,
  returnToAssessor,
  sendForReview,
  startNewRevision,
  type WorkflowResult,
} from '@/domain/workflow.ts';
import { buildAssessment, buildExampleAssessment } from '../builders.ts';
import { wellMadeAnswers } from './findings/well-made-answers.ts';

const t1 = new Date('2026-03-02T09:00:00Z');
const t2 = new Date('2026-03-03T10:30:00Z');
const t3 = new Date('2026-03-04T15:00:00Z');

function ok(result: WorkflowResult) {
  if (!result.ok) throw new Error(`Refused: ${result.reason}`);
  return result.assessment;
}

const ready = () =>
  ok(sendForReview(buildAssessment({ answers: wellMadeAnswers() }), { by: 'Katherine Timms', now: t1 }));

describe('workflow', () => {
  it('sends a draft for review, recording who and when, without touching the answers', () => {
    const draft = buildAssessment({ answers: wellMadeAnswers() });
    const sent = ok(sendForReview(draft, { by: ' Katherine Timms ', now: t1 }));
    expect(sent.status).toBe('ready-for-review');
    expect(sent.statusHistory.at(-1)).toEqual({
      status: 'ready-for-review',
      at: t1.toISOString(),
      by: 'Katherine Timms',
      note: '',
      revision: 1,
    });
    expect(sent.answers).toEqual(draft.answers);
    expect(sent.updatedAt).toBe(draft.updatedAt);
    expect(draft.status).toBe('draft');
  });

  it('returns an assessment with the reviewer’s reasons, and refuses without them', () => {
    expect(returnToAssessor(ready(), { reviewer: 'Sam Reviewer', reasons: '  ', now: t2 })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Enter your reasons/),
    });
    expect(returnToAssessor(ready(), { reviewer: '', reasons: 'Say more', now: t2 })).toMatchObject({
      ok: false,
    });
    const returned = ok(
      returnToAssessor(ready(), { reviewer: 'Sam Reviewer', reasons: 'Say more about age.', now: t2 }),
    );
    expect(returned.status).toBe('returned');
    expect(returned.statusHistory.at(-1)).toMatchObject({
      status: 'returned',
      by: 'Sam Reviewer',
      note: 'Say more about age.',
    });
    expect(availableActions(returned)).toEqual(['send-for-review']);
  });

  it('refuses to agree while anything is missing, listing what', () => {
    const sent = ok(
      sendForReview(buildAssessment({ answers: { ...wellMadeAnswers(), race: '', sex: '' } }), {
        by: 'K',
        now: t1,
      }),
    );
    const result = agree(sent, currentTemplate, { reviewer: 'Sam Reviewer', now: t2 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(
      'You cannot agree this assessment yet: 2 answers are missing. Return it to the assessor to complete.',
    );
    expect(result.missing?.map((f) => f.questionLabel)).toEqual(['Race', 'Sex']);
  });

  it('agrees with weak answers (the reviewer’s judgement), filling “Date EIA agreed” and the reviewer’s name', () => {
    const sent = ok(sendForReview(buildExampleAssessment(), { by: 'Katherine Timms', now: t1 }));
    const agreed = ok(
      agree(sent, currentTemplate, { reviewer: 'Sam Reviewer', now: new Date(2026, 2, 4, 15, 0) }),
    );
    expect(agreed.status).toBe('agreed');
    expect(agreed.answers.dateAgreed).toEqual({ day: '4', month: '3', year: '2026' });
    expect(agreed.statusHistory.at(-1)).toMatchObject({ status: 'agreed', by: 'Sam Reviewer', revision: 1 });
    expect(isLocked(agreed)).toBe(true);
    expect(availableActions(agreed)).toEqual(['start-new-revision']);
  });

  it('agrees only what was sent for review', () => {
    expect(
      agree(buildAssessment({ answers: wellMadeAnswers() }), currentTemplate, { reviewer: 'S', now: t2 }),
    ).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/ready for review/),
    });
  });

  it('locks an agreed assessment: no sending, returning or agreeing again', () => {
    const agreed = ok(agree(ready(), currentTemplate, { reviewer: 'Sam Reviewer', now: t2 }));
    expect(sendForReview(agreed, { by: 'K', now: t3 }).ok).toBe(false);
    expect(returnToAssessor(agreed, { reviewer: 'S', reasons: 'x', now: t3 }).ok).toBe(false);
    expect(agree(agreed, currentTemplate, { reviewer: 'S', now: t3 }).ok).toBe(false);
  });

  it('starts a new revision as a draft, keeping the whole history and the agreed answers', () => {
    const agreed = ok(agree(ready(), currentTemplate, { reviewer: 'Sam Reviewer', now: t2 }));
    const next = ok(startNewRevision(agreed, { by: 'Katherine Timms', now: t3 }));
    expect(next).toMatchObject({ status: 'draft', revision: 2 });
    expect(isLocked(next)).toBe(false);
    expect(next.answers.dateAgreed).toEqual({ day: '', month: '', year: '' });
    expect(next.answers.age).toBe(agreed.answers.age);
    expect(next.statusHistory.map((c) => `${c.status}@${c.revision}`)).toEqual([
      'draft@1',
      'ready-for-review@1',
      'agreed@1',
      'draft@2',
    ]);
    expect(next.statusHistory.at(-1)!.note).toBe('Revision 2 started from agreed revision 1.');
    expect(agreed.status).toBe('agreed');
    expect(startNewRevision(next, { by: 'K', now: t3 }).ok).toBe(false);
  });
});
