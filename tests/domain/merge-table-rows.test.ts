import type { Assessment } from '@schemas/assessment.ts';
import type { Answers } from '@schemas/answers.ts';
import { describe, expect, it } from 'vitest';
import { mergeAssessments, type MergeResult } from '@/domain/merge.ts';
import { mergeTableRows } from '@/domain/merge-table-rows.ts';
import { returnToAssessor, sendForReview } from '@/domain/workflow.ts';
import { buildAssessment } from '../builders.ts';

const row = (id: string, action: string) => ({ id, cells: { action } });
const at = (day: number, hour = 9) => new Date(Date.UTC(2026, 2, day, hour)).toISOString();

describe('merging table rows by row id', () => {
  const base = [row('a', 'Survey'), row('b', 'Audio in lifts')];

  it('keeps rows added on either side, each after the row it followed', () => {
    const mine = [...base, row('m', 'Mine')];
    const theirs = [base[0]!, row('t', 'Theirs'), base[1]!];
    expect(mergeTableRows(mine, theirs, base)).toEqual({
      clean: true,
      rows: [base[0], row('t', 'Theirs'), base[1], row('m', 'Mine')],
    });
  });

  it('takes a row changed on one side only, and keeps a deletion of an untouched row', () => {
    const mine = [row('a', 'Survey 200 riders'), base[1]!];
    const theirs = [base[0]!];
    expect(mergeTableRows(mine, theirs, base)).toEqual({
      clean: true,
      rows: [row('a', 'Survey 200 riders')],
    });
  });

  it('without the common point, never deletes: every row of either side is kept', () => {
    expect(mergeTableRows([base[0]!], [base[1]!])).toEqual({ clean: true, rows: [base[1], base[0]] });
  });

  it('asks about a row changed on both sides (or changed here and deleted there), and only that row', () => {
    const mine = [row('a', 'Survey 200'), row('b', 'Audio in lifts'), row('m', 'Mine')];
    const theirs = [row('a', 'Survey 300'), row('t', 'Theirs')];
    expect(mergeTableRows(mine, theirs, base)).toEqual({
      clean: false,
      yours: [row('a', 'Survey 200'), row('t', 'Theirs'), row('m', 'Mine')],
      theirs: [row('a', 'Survey 300'), row('t', 'Theirs'), row('m', 'Mine')],
    });
    const changedHere = mergeTableRows([base[0]!, row('b', 'Audio and braille')], [base[0]!], base);
    expect(changedHere).toEqual({
      clean: false,
      yours: [base[0], row('b', 'Audio and braille')],
      theirs: [base[0]],
    });
  });
});

describe('mergeAssessments with a table answer', () => {
  function sent(): Assessment {
    const draft = buildAssessment({ id: 'eia-t', createdAt: at(1), updatedAt: at(1, 12) });
    const withRows = { ...draft, answers: { ...draft.answers, actions: [row('a', 'Survey')] } as Answers };
    const result = sendForReview(withRows, { by: 'Assessor', now: new Date(at(2)) });
    if (!result.ok) throw new Error(result.reason);
    return result.assessment;
  }
  const edit = (a: Assessment, actions: unknown, when: string): Assessment => ({
    ...a,
    answers: { ...a.answers, actions } as Answers,
    updatedAt: when,
  });
  const merged = (r: MergeResult) => {
    if (r.kind !== 'merged') throw new Error('needs decisions');
    return r;
  };

  it('combines rows added in both copies without asking, and says so', () => {
    const file = sent();
    const returned = returnToAssessor(edit(file, [row('a', 'Survey'), row('r', 'Reviewer row')], at(3)), {
      reviewer: 'Reviewer',
      reasons: 'Added an action.',
      now: new Date(at(3, 10)),
    });
    if (!returned.ok) throw new Error(returned.reason);
    const mine = edit(file, [row('a', 'Survey'), row('m', 'My row')], at(3, 11));
    const result = merged(mergeAssessments(mine, returned.assessment, { now: new Date(at(4)) }));
    expect(result.assessment.answers.actions).toEqual([
      row('a', 'Survey'),
      row('r', 'Reviewer row'),
      row('m', 'My row'),
    ]);
    expect(result.changes).toContain('The rows of 1 table were combined from both copies.');
  });

  it('asks only when one row was changed in both copies; keeping yours still keeps their new rows', () => {
    const file = sent();
    const theirs = edit(file, [row('a', 'Survey 300'), row('r', 'Reviewer row')], at(3));
    const mine = edit(file, [row('a', 'Survey 200')], at(3, 11));
    const first = mergeAssessments(mine, theirs);
    expect(first.kind).toBe('needs-decisions');
    if (first.kind !== 'needs-decisions') return;
    expect(first.differences).toEqual([
      expect.objectContaining({
        questionId: 'actions',
        yours: [row('a', 'Survey 200'), row('r', 'Reviewer row')],
        theirs: [row('a', 'Survey 300'), row('r', 'Reviewer row')],
      }),
    ]);
    const kept = merged(mergeAssessments(mine, theirs, { decisions: { actions: 'yours' } }));
    expect(kept.assessment.answers.actions).toEqual([row('a', 'Survey 200'), row('r', 'Reviewer row')]);
  });
});
