import { describe, expect, it } from 'vitest';
import type { Assessment } from '@schemas/assessment.ts';
import type { Answers } from '@schemas/answers.ts';
import { currentTemplate } from '@schemas/templates/index.ts';
import { addComment, reopenComment, replyToComment, resolveComment } from '@/domain/comments.ts';
import {
  answerDifferences,
  answerText,
  mergeAssessments,
  mergeComments,
  type MergeResult,
} from '@/domain/merge.ts';
import { agree, returnToAssessor, sendForReview } from '@/domain/workflow.ts';
import { buildEnvelope, serialiseEnvelope } from '@/storage/files/build-eia-file.ts';
import { parseEiaText } from '@/storage/files/parse-eia-file.ts';
import { buildAssessment } from '../builders.ts';
import { wellMadeAnswers } from './findings/well-made-answers.ts';

const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 2, day, hour));

function ok(result: { ok: true; assessment: Assessment } | { ok: false; reason: string }): Assessment {
  if (!result.ok) throw new Error(result.reason);
  return result.assessment;
}

/** Exported as a .eia.json file and imported again through the app's one parse path. */
function viaFile(a: Assessment): Assessment {
  const parsed = parseEiaText('review.eia.json', serialiseEnvelope(buildEnvelope([a])));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.assessments[0]!;
}

/** An edit as the form and autosave make it: new answers and a new updatedAt. */
function edit(a: Assessment, answers: Answers, when: Date): Assessment {
  return { ...a, answers: { ...a.answers, ...answers }, updatedAt: when.toISOString() };
}

function merged(result: MergeResult): Assessment {
  if (result.kind !== 'merged')
    throw new Error(`Needs decisions: ${result.differences.map((d) => d.questionId).join(', ')}`);
  return result.assessment;
}

/** The assessor's draft, sent for review on day 2; the file they send. */
function sentByAssessor() {
  const draft = edit(
    buildAssessment({ id: 'eia-1', createdAt: at(1).toISOString(), updatedAt: at(1).toISOString() }),
    wellMadeAnswers(),
    at(1, 12),
  );
  return ok(sendForReview(draft, { by: 'Katherine Timms', now: at(2) }));
}

/** The reviewer imports the file, comments and returns it on day 3. */
function returnedByReviewer(file: Assessment) {
  let r = viaFile(file);
  r = ok(
    addComment(r, {
      id: 'c-age',
      sectionId: 'analysis',
      questionId: 'age',
      author: 'Sam Reviewer',
      role: 'reviewer',
      body: 'Older registrants?',
      now: at(3),
    }),
  );
  r = ok(
    addComment(r, {
      id: 'c-evidence',
      sectionId: 'evidence',
      author: 'Sam Reviewer',
      role: 'reviewer',
      body: 'Name the survey.',
      now: at(3, 10),
    }),
  );
  return ok(
    returnToAssessor(r, { reviewer: 'Sam Reviewer', reasons: 'See my two comments.', now: at(3, 11) }),
  );
}

describe('mergeAssessments: the file round trip', () => {
  it('brings the reviewer’s comments and return back to the assessor, losing nothing', () => {
    const assessor = sentByAssessor();
    const reviewer = returnedByReviewer(assessor);
    const result = mergeAssessments(assessor, viaFile(reviewer));
    const a = merged(result);
    expect(a.status).toBe('returned');
    expect(a.comments.map((c) => c.id)).toEqual(['c-age', 'c-evidence']);
    expect(a.statusHistory.map((c) => c.status)).toEqual(['draft', 'ready-for-review', 'returned']);
    expect(a.statusHistory.at(-1)).toMatchObject({ by: 'Sam Reviewer', note: 'See my two comments.' });
    expect(a.answers).toEqual(assessor.answers);
    expect(result.kind === 'merged' && result.changes).toEqual([
      'Status is now Returned (by Sam Reviewer).',
      '2 new comments.',
    ]);
  });

  it('brings the assessor’s replies, resolutions and new answers back to the reviewer, and the agreement back again', () => {
    const assessorV1 = sentByAssessor();
    const reviewerV1 = returnedByReviewer(assessorV1);
    let assessor = merged(mergeAssessments(assessorV1, viaFile(reviewerV1)));
    assessor = ok(
      replyToComment(assessor, 'c-age', {
        id: 'r1',
        author: 'Katherine Timms',
        role: 'assessor',
        body: 'Added.',
        now: at(4),
      }),
    );
    assessor = ok(resolveComment(assessor, 'c-age', { by: 'Katherine Timms', now: at(4, 10) }));
    assessor = edit(
      assessor,
      { age: `${assessor.answers.age} Older registrants were asked in the survey.` },
      at(4, 11),
    );
    assessor = ok(sendForReview(assessor, { by: 'Katherine Timms', now: at(4, 12) }));

    // The file brings a changed answer: the reviewer is asked, theirs (the file's) chosen beforehand.
    const asked = mergeAssessments(reviewerV1, viaFile(assessor));
    expect(asked).toMatchObject({
      kind: 'needs-decisions',
      differences: [{ questionId: 'age', changed: 'theirs' }],
    });
    let reviewer = merged(mergeAssessments(reviewerV1, viaFile(assessor), { decisions: { age: 'theirs' } }));
    expect(reviewer.answers.age).toMatch(/asked in the survey/);
    expect(reviewer.answerChanges).toMatchObject([
      { questionId: 'age', by: 'Katherine Timms', role: 'assessor' },
    ]);
    expect(reviewer.comments.find((c) => c.id === 'c-age')).toMatchObject({
      resolvedBy: 'Katherine Timms',
      replies: [{ id: 'r1' }],
    });
    expect(reviewer.comments.find((c) => c.id === 'c-evidence')?.resolvedAt).toBeUndefined();
    expect(reviewer.status).toBe('ready-for-review');

    reviewer = ok(agree(reviewer, currentTemplate, { reviewer: 'Sam Reviewer', now: at(5) }));
    const back = merged(mergeAssessments(assessor, viaFile(reviewer)));
    expect(back.status).toBe('agreed');
    expect(back.answers.dateAgreed).toEqual(reviewer.answers.dateAgreed);
    expect(back.statusHistory.map((c) => c.status)).toEqual([
      'draft',
      'ready-for-review',
      'returned',
      'ready-for-review',
      'agreed',
    ]);
    expect(back.comments).toEqual(reviewer.comments);
  });

  it('keeps the assessor’s newer answers when the reviewer only commented', () => {
    const assessor = edit(
      sentByAssessor(),
      { race: 'Rewritten after sending, because of new data.' },
      at(3, 15),
    );
    const reviewer = returnedByReviewer(sentByAssessor());
    const result = mergeAssessments(assessor, viaFile(reviewer));
    const a = merged(result);
    expect(a.answers.race).toBe('Rewritten after sending, because of new data.');
    expect(a.answerChanges).toEqual([]);
    expect(a.comments).toHaveLength(2);
    expect(a.status).toBe('returned');
  });

  it('asks, answer by answer, when both sides changed answers, and keeps one record with the file’s status', () => {
    const assessor = edit(sentByAssessor(), { race: 'Assessor’s new text.' }, at(3, 15));
    const reviewer = edit(returnedByReviewer(sentByAssessor()), { sex: 'Reviewer typed here.' }, at(3, 16));
    const asked = mergeAssessments(assessor, viaFile(reviewer));
    expect(asked.kind).toBe('needs-decisions');
    if (asked.kind !== 'needs-decisions') return;
    expect(asked.differences.map((d) => [d.questionId, d.changed])).toEqual([
      ['race', 'unknown'],
      ['sex', 'unknown'],
    ]);
    const result = mergeAssessments(assessor, viaFile(reviewer), {
      decisions: { race: 'yours', sex: 'theirs' },
      now: at(4),
    });
    const a = merged(result);
    expect(a.id).toBe('eia-1');
    expect(a.status).toBe('returned');
    expect(a.statusHistory.at(-1)).toMatchObject({ by: 'Sam Reviewer', note: 'See my two comments.' });
    expect(a.answers.race).toBe('Assessor’s new text.');
    expect(a.answers.sex).toBe('Reviewer typed here.');
    expect(a.comments.map((c) => c.id)).toEqual(['c-age', 'c-evidence']);
    expect(a.answerChanges).toEqual([
      {
        id: `sex@${at(3, 16).toISOString()}`,
        questionId: 'sex',
        by: 'Sam Reviewer',
        role: 'reviewer',
        at: at(3, 16).toISOString(),
        takenAt: at(4).toISOString(),
        previous: sentByAssessor().answers.sex,
        revision: 1,
      },
    ]);
    expect(result).toMatchObject({ fileAnswersLeft: true, taken: ['sex'] });
    expect(result.kind === 'merged' && result.changes).toEqual([
      'Status is now Returned (by Sam Reviewer).',
      '1 answer kept as it is here; the file’s version is kept in History.',
      '1 answer taken from the file (changed by Sam Reviewer).',
      '2 new comments.',
    ]);
  });

  it('tells who changed what exactly when given the copy as it was at the common point', () => {
    // Storage moves updatedAt on every save, comments and status changes included.
    const atSending = sentByAssessor();
    const assessor = edit(atSending, { race: 'Rewritten after sending.' }, at(3, 15));
    const reviewer = { ...returnedByReviewer(atSending), updatedAt: at(3, 11).toISOString() };
    expect(answerDifferences(assessor, viaFile(reviewer))).toMatchObject([
      { questionId: 'race', changed: 'unknown' },
    ]);
    expect(answerDifferences(assessor, viaFile(reviewer), { base: atSending })).toEqual([]);
    const result = mergeAssessments(assessor, viaFile(reviewer), { base: atSending });
    expect(merged(result).answers.race).toBe('Rewritten after sending.');
    expect(merged(result).status).toBe('returned');
  });

  it('ignores a base that is not at the common point', () => {
    const atSending = sentByAssessor();
    const assessor = edit(atSending, { race: 'Mine.' }, at(3, 15));
    const reviewer = edit(returnedByReviewer(atSending), { sex: 'Theirs.' }, at(3, 16));
    const unrelated = buildAssessment({ id: 'eia-1' });
    expect(answerDifferences(assessor, viaFile(reviewer), { base: unrelated })).toHaveLength(2);
    expect(answerDifferences(assessor, viaFile(reviewer), { base: atSending })).toMatchObject([
      { questionId: 'sex', changed: 'theirs', theirs: 'Theirs.' },
    ]);
  });

  it('takes the agreed copy’s answers whole, without asking, when the file was agreed', () => {
    const assessor = edit(sentByAssessor(), { race: 'Changed after sending.' }, at(3, 15));
    const reviewer = ok(
      agree(viaFile(sentByAssessor()), currentTemplate, { reviewer: 'Sam Reviewer', now: at(3, 16) }),
    );
    const result = mergeAssessments(assessor, viaFile(reviewer));
    const a = merged(result);
    expect(a.status).toBe('agreed');
    expect(a.answers).toEqual(reviewer.answers);
    expect(result.kind === 'merged' && result.changes[1]).toMatch(/agreed, so its answers were taken/);
  });

  it('keeps the agreed answers here when this copy was agreed and the file changed answers', () => {
    const reviewer = ok(
      agree(viaFile(sentByAssessor()), currentTemplate, { reviewer: 'Sam Reviewer', now: at(3, 16) }),
    );
    const assessor = edit(sentByAssessor(), { race: 'Changed after sending.' }, at(3, 15));
    const result = mergeAssessments(reviewer, viaFile(assessor));
    const a = merged(result);
    expect(a.status).toBe('agreed');
    expect(a.answers).toEqual(reviewer.answers);
    expect(result).toMatchObject({ fileAnswersLeft: true });
  });

  it('asks about every different answer when the two copies share no history', () => {
    const a = edit(buildAssessment({ id: 'x' }), { race: 'One.' }, at(2));
    const b = { ...edit(buildAssessment({ id: 'x' }), { race: 'Two.' }, at(2)), statusHistory: [] };
    expect(mergeAssessments(a, b)).toMatchObject({
      kind: 'needs-decisions',
      differences: [{ questionId: 'race', changed: 'unknown' }],
    });
  });

  it('changes nothing when the file holds nothing new', () => {
    const a = sentByAssessor();
    const result = mergeAssessments(a, viaFile(a));
    expect(result).toMatchObject({ kind: 'merged', changes: [], taken: [] });
    expect(merged(result)).toEqual(a);
  });
});

describe('answerText', () => {
  it('reads any kind of answer as text', () => {
    expect(answerText('Plain.')).toBe('Plain.');
    expect(answerText({ day: '11', month: '9', year: '2019' })).toBe('11/9/2019');
    expect(answerText({ day: '', month: '', year: '' })).toBe('');
    expect(answerText(['a', 'b'])).toBe('a\nb');
    expect(answerText(undefined)).toBe('');
  });
});

describe('mergeComments', () => {
  const base = ok(
    addComment(buildAssessment(), {
      id: 'c1',
      sectionId: 'analysis',
      author: 'S',
      role: 'reviewer',
      body: 'Why?',
      now: at(3),
    }),
  );

  it('keeps a resolution made on one side', () => {
    const resolved = ok(resolveComment(base, 'c1', { by: 'K', now: at(4) }));
    expect(mergeComments(base.comments, resolved.comments)[0]).toMatchObject({ resolvedBy: 'K' });
    expect(mergeComments(resolved.comments, base.comments)[0]).toMatchObject({ resolvedBy: 'K' });
  });

  it('keeps a reopening made after the resolution, and a resolution made after the reopening', () => {
    const resolved = ok(resolveComment(base, 'c1', { by: 'K', now: at(4) }));
    const reopened = ok(
      reopenComment(resolved, 'c1', { id: 'z', author: 'S', role: 'reviewer', now: at(5) }),
    );
    expect(mergeComments(resolved.comments, reopened.comments)[0]!.resolvedAt).toBeUndefined();
    const resolvedAgain = ok(resolveComment(reopened, 'c1', { by: 'K', now: at(6) }));
    expect(mergeComments(reopened.comments, resolvedAgain.comments)[0]).toMatchObject({
      resolvedAt: at(6).toISOString(),
    });
  });

  it('unites replies from both sides in time order', () => {
    const a = ok(
      replyToComment(base, 'c1', { id: 'ra', author: 'K', role: 'assessor', body: 'A', now: at(5) }),
    );
    const b = ok(
      replyToComment(base, 'c1', { id: 'rb', author: 'S', role: 'reviewer', body: 'B', now: at(4) }),
    );
    expect(mergeComments(a.comments, b.comments)[0]!.replies.map((r) => r.id)).toEqual(['rb', 'ra']);
  });
});
