import { checkSection } from '@schemas/completion.ts';
import { hcpcEia201810 } from '@schemas/templates/index.ts';
import { describe, expect, it } from 'vitest';
import { answerState, sectionStatus, statusFrom, summariseSections } from '@/domain/section-status.ts';
import { buildAssessment, buildCompleteAnswers, buildExampleAssessment } from '../builders.ts';

const overview = hcpcEia201810.sections[0]!;

describe('sectionStatus', () => {
  it('is Not started when nothing is answered', () => {
    expect(sectionStatus(overview, buildAssessment().answers, [])).toBe('not-started');
  });

  it('is In progress once anything is typed, even white space-free text in one field', () => {
    const { answers } = buildAssessment({ answers: { projectTitle: 'Travel policy' } });
    expect(sectionStatus(overview, answers, [])).toBe('in-progress');
  });

  it('treats a partly typed date as In progress', () => {
    const { answers } = buildAssessment({ answers: { dateAgreed: { day: '3', month: '', year: '' } } });
    expect(sectionStatus(overview, answers, [])).toBe('in-progress');
  });

  it('is Completed only when marked and still passing its checks', () => {
    const answers = buildCompleteAnswers();
    expect(sectionStatus(overview, answers, [])).toBe('in-progress');
    expect(sectionStatus(overview, answers, ['overview'])).toBe('completed');
    const cleared = { ...answers, whoAffected: '   ' };
    expect(sectionStatus(overview, cleared, ['overview'])).toBe('in-progress');
  });

  it('is the same worked out from the state of each answer (as the live status keeps them)', () => {
    const complete = buildCompleteAnswers();
    const cases = [
      buildAssessment().answers,
      buildAssessment({ answers: { projectTitle: 'Travel policy' } }).answers,
      buildAssessment({ answers: { dateAgreed: { day: '3', month: '', year: '' } } }).answers,
      complete,
      { ...complete, whoAffected: '   ' },
      buildExampleAssessment().answers,
    ];
    for (const section of hcpcEia201810.sections)
      for (const answers of cases)
        for (const marked of [true, false]) {
          const states = section.questions.map((q) => answerState(q, answers));
          expect(statusFrom(states, marked)).toBe(
            sectionStatus(section, answers, marked ? [section.id] : []),
          );
        }
  });

  it('counts completed sections for the task list', () => {
    const answers = buildCompleteAnswers();
    const summary = summariseSections(hcpcEia201810, answers, ['overview', 'evidence']);
    expect(summary.completedCount).toBe(2);
    expect(summary.total).toBe(6);
  });
});

describe('checkSection', () => {
  it('lists every empty required answer with a message that says what to do', () => {
    const problems = checkSection(overview, buildAssessment().answers);
    expect(problems.map((p) => p.message)).toEqual([
      'Enter the project or policy title',
      'Enter the name of the impact assessor',
      'Enter the intended outcomes of this work',
      'Enter who will be affected',
    ]);
  });

  it('passes the seed example in every section (its date is blank, which is allowed)', () => {
    const { answers } = buildExampleAssessment();
    for (const section of hcpcEia201810.sections) expect(checkSection(section, answers)).toEqual([]);
  });

  it('flags an answer longer than its limit, saying by how much', () => {
    const { answers } = buildAssessment({ answers: { projectTitle: 'x'.repeat(260) } });
    expect(checkSection(overview, answers)[0]?.message).toBe(
      'Project / policy title must be 250 characters or fewer (it is 10 too many)',
    );
  });
});
