import { localiseTemplate } from '@schemas/template-definition.ts';
import { describe, expect, it } from 'vitest';
import { findingsFor, groupStates } from '@/domain/findings/index.ts';
import { createAssessment } from '@/domain/new-assessment.ts';
import { impactTableTemplate } from '../../impact-table-template.ts';

const template = localiseTemplate(impactTableTemplate);
const REASON =
  'Older riders use the evening buses most, the survey of 2025 showed, so fewer buses reach them.';

function findingsOf(olderPeople: unknown, youngPeople?: unknown) {
  const assessment = createAssessment({
    id: 'f',
    template,
    answers: { olderPeople, ...(youngPeople ? { youngPeople } : {}) } as never,
  });
  const findings = findingsFor(assessment, template, { today: new Date('2026-01-05') });
  return { findings, groups: groupStates(template, findings) };
}

const titles = (olderPeople: unknown) =>
  findingsOf(olderPeople)
    .findings.filter((f) => f.questionId === 'olderPeople')
    .map((f) => f.title);

describe('review findings on impact questions of the equality groups', () => {
  it('a complete rating with a reason is answered, with no finding', () => {
    const { findings, groups } = findingsOf({ ratings: ['neutral'], why: REASON, mitigation: '' });
    expect(findings.filter((f) => f.questionId === 'olderPeople')).toEqual([]);
    expect(groups.olderPeople).toBe('answered');
  });

  it('an empty required impact is missing in the grid', () => {
    expect(findingsOf({ ratings: [], why: '', mitigation: '' }).groups.olderPeople).toBe('missing');
  });

  it('"not known", a rating without why, negative without a plan, or why without a rating are to look at', () => {
    expect(titles({ ratings: ['not-known'], why: REASON, mitigation: '' })).toEqual(['Impact not known yet']);
    expect(titles({ ratings: ['positive'], why: ' ', mitigation: '' })).toEqual([
      'Gives a rating but not why',
    ]);
    expect(titles({ ratings: ['negative'], why: REASON, mitigation: '' })).toEqual([
      'Negative impact with nothing planned about it',
    ]);
    expect(titles({ ratings: [], why: REASON, mitigation: '' })).toEqual(['No impact rating chosen']);
    expect(findingsOf({ ratings: ['not-known'], why: REASON, mitigation: '' }).groups.olderPeople).toBe(
      'weak',
    );
  });

  it('reads only "why" for the reason and copy checks (not the rating words)', () => {
    expect(titles({ ratings: ['neutral'], why: 'Buses stay the same.', mitigation: '' })).toEqual([
      'Too short to show this was considered',
    ]);
    const same = { ratings: ['neutral'], why: REASON, mitigation: '' };
    const copied = findingsOf(same, { ...same, ratings: ['positive'] }).findings.filter(
      (f) => f.ruleId === 'group-distinct',
    );
    expect(copied.map((f) => f.questionId)).toEqual(['olderPeople', 'youngPeople']);
  });

  it('does not read a positive, negative or not-known rating as a claim of no impact', () => {
    // "not only … concern" in the why once read as "no impact" although the rating says there is one.
    const why =
      'Disabled riders get step-free boarding at every stop, not only a few, which answers a concern they raised.';
    expect(titles({ ratings: ['positive'], why, mitigation: '' })).toEqual([]);
    expect(titles({ ratings: ['negative'], why, mitigation: 'A shuttle to the nearest stop.' })).toEqual([]);
    // A neutral rating is not exempt: a bare "no impact" in its why is still asked for a reason.
    const bare = 'We do not expect this work to have any impact on people in this group.';
    expect(titles({ ratings: ['neutral'], why: bare, mitigation: '' })).toEqual([
      'Says there is no impact but not why',
    ]);
  });

  it('accepts a neutral rating whose why gives the reason in plain words', () => {
    const why = 'No impact on this group: the new rules apply to everyone who registers with us.';
    expect(titles({ ratings: ['neutral'], why, mitigation: '' })).toEqual([]);
  });
});

describe('findings while one answer changes at a time (answers kept between evaluations)', () => {
  it('follow the changed answer, the copy across groups included, and stay the same for the same answers', () => {
    const today = new Date('2026-01-05');
    const copied = { ratings: ['neutral'], why: REASON, mitigation: '' };
    const first = createAssessment({
      id: 'f',
      template,
      answers: { olderPeople: copied, youngPeople: { ...copied } } as never,
    });
    const copies = (assessment: typeof first) =>
      findingsFor(assessment, template, { today })
        .filter((f) => f.ruleId === 'group-distinct')
        .map((f) => f.questionId);
    expect(copies(first)).toEqual(['olderPeople', 'youngPeople']);
    expect(copies(first)).toEqual(['olderPeople', 'youngPeople']);

    // The person rewrites one group's reason: a new object for that answer only, as the form reports it.
    const rewritten = {
      ...first,
      answers: {
        ...first.answers,
        youngPeople: { ...copied, why: 'Young people rarely ride after 8 pm, the 2025 count found.' },
      },
    };
    expect(copies(rewritten)).toEqual([]);
    // And back to the copy: found again.
    expect(copies({ ...rewritten, answers: { ...rewritten.answers, youngPeople: { ...copied } } })).toEqual([
      'olderPeople',
      'youngPeople',
    ]);
  });
});
