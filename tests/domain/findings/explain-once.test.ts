import { describe, expect, it } from 'vitest';
import { currentTemplate } from '@schemas/templates/index.ts';
import { findingsByQuestion, findingsFor, rulesFor, sharedExplanations } from '@/domain/findings/index.ts';
import { buildExampleAssessment } from '../../builders.ts';

const today = new Date('2026-03-10T12:00:00Z');
const example = findingsFor(buildExampleAssessment(), currentTemplate, { today });

describe('findingsByQuestion', () => {
  it('gives the example’s 29 findings as 16 questions, in the order found', () => {
    expect(example).toHaveLength(29);
    const questions = findingsByQuestion(example);
    expect(questions).toHaveLength(16);
    expect(questions[0]!.questionId).toBe('evidenceConsidered');
    const age = questions.find((q) => q.questionId === 'age')!;
    expect(age.findings.map((f) => f.ruleId)).toEqual(['group-reason', 'group-distinct']);
    expect(questions.flatMap((q) => q.findings)).toHaveLength(29);
  });
});

describe('sharedExplanations', () => {
  const shared = sharedExplanations(example, rulesFor(currentTemplate));

  it('says each explanation given for several questions once, naming the questions', () => {
    const copied = shared.find((s) => s.explanation.includes('tick-box exercise'))!;
    expect(copied.title).toBe('Copied text across groups');
    expect(copied.questions.map((q) => q.questionLabel)).toEqual([
      'Age',
      'Disability',
      'Gender reassignment',
      'Marriage and civil partnerships',
      'Pregnancy and maternity',
      'Race',
      'Religion or belief',
      'Sex',
      'Sexual orientation',
      'Four countries diversity',
    ]);
    expect(shared.filter((s) => s.explanation === copied.explanation)).toHaveLength(1);
    expect(shared.map((s) => s.title)).toEqual([
      'Says there is no impact but not why',
      'Copied text across groups',
      'Says the work will not meet this aim, without saying why',
      'Copied text across the equality duty aims',
    ]);
  });

  it('leaves out an explanation given for one question only', () => {
    const explanations = shared.map((s) => s.explanation);
    const once = example.filter((f) => f.questionId === 'evidenceConsidered')[0]!;
    expect(explanations).not.toContain(once.explanation);
    expect(sharedExplanations(example.slice(0, 1))).toEqual([]);
  });
});
