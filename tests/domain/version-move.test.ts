// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Answers } from '@schemas/answers.ts';
import { assessmentSchemaFor, type Assessment } from '@schemas/assessment.ts';
import { kindOf, QUESTION_KINDS, type AnswerValue, type QuestionKind } from '@schemas/kinds/index.ts';
import { en } from '@schemas/local-text.ts';
import {
  localiseTemplate,
  templateDefinitionSchema,
  type QuestionDefinition,
  type TemplateDefinition,
} from '@schemas/template-definition.ts';
import { compareTemplateVersions, hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { createAssessment } from '@/domain/new-assessment.ts';
import { moveToTemplateVersion, planVersionMove } from '@/domain/version-move.ts';
import { buildExampleAssessment } from '../builders.ts';
import { loadHcpc202601Example } from '../hcpc-2026-01-example.ts';
import { hcpcNextVersion } from '../hcpc-next-version.ts';
import { smallTemplate } from '../template-builders.ts';

const NOW = new Date('2026-02-01T12:00:00Z');

const OPTIONS = [
  { value: 'yes', label: en('Yes') },
  { value: 'no', label: en('No') },
  { value: 'public', label: en('The public') },
];

function questionOf(kind: QuestionKind): QuestionDefinition {
  const base = { id: 'q', label: en(`A ${kind} question`), required: false };
  switch (kind) {
    case 'choice':
    case 'choices':
      return { ...base, kind, options: OPTIONS };
    case 'yes-no':
      return { ...base, kind, followUp: { label: en('If yes, explain'), required: false } };
    case 'table':
      return {
        ...base,
        kind,
        columns: [
          { id: 'action', label: en('Action'), kind: 'text' },
          { id: 'due', label: en('Due date'), kind: 'date' },
        ],
      };
    default:
      return { ...base, kind };
  }
}

/** Answers of each kind that some other kind can take, and some it cannot. */
const SAMPLES: Record<QuestionKind, AnswerValue[]> = {
  text: ['The public', 'Not an option'],
  textarea: ['Yes', 'Line one\nLine two'],
  date: [{ day: '11', month: '9', year: '2019' }],
  'yes-no': [
    { choice: 'yes', followUp: 'The disability network.' },
    { choice: 'no', followUp: '' },
  ],
  choice: ['public', 'yes'],
  choices: [['public'], ['yes', 'no']],
  impact: [
    { ratings: ['negative'], why: 'Fewer sessions in the evening.', mitigation: 'Keep one evening session.' },
    { ratings: [], why: 'Not yet known.', mitigation: '' },
  ],
  table: [
    [{ id: 'row-1', cells: { action: 'Run a survey', due: { day: '1', month: '3', year: '2026' } } }],
    [{ id: 'row-1', cells: { action: 'Line one' } }],
  ],
};

function versionPair(fromKind: QuestionKind, toKind: QuestionKind) {
  const section = (q: QuestionDefinition) => ({
    ...smallTemplate.sections[0]!,
    questions: [...smallTemplate.sections[0]!.questions, q],
  });
  const v1 = templateDefinitionSchema.parse({
    ...smallTemplate,
    sections: [section(questionOf(fromKind))],
  });
  const v2 = templateDefinitionSchema.parse({
    ...smallTemplate,
    version: '2',
    sections: [section(questionOf(toKind))],
  });
  return { v1, v2 };
}

function assessmentOn(template: TemplateDefinition, answers: Answers, extra: Partial<Assessment> = {}) {
  const base = createAssessment({
    id: 'a1',
    now: new Date('2026-01-05T10:00:00Z'),
    template: localiseTemplate(template),
  });
  return { ...base, answers: { ...base.answers, ...answers }, ...extra };
}

const pairs = QUESTION_KINDS.flatMap((fromKind) =>
  QUESTION_KINDS.flatMap((toKind) => SAMPLES[fromKind].map((value) => ({ fromKind, toKind, value }))),
);

describe('moving an assessment to a newer template version', () => {
  it.each(pairs)(
    'keeps a $fromKind answer asked again as $toKind ($value): converted without loss, or kept aside whole',
    ({ fromKind, toKind, value }) => {
      const { v1, v2 } = versionPair(fromKind, toKind);
      const assessment = assessmentOn(v1, { name: 'Parking policy', q: value });
      const result = moveToTemplateVersion(assessment, v1, v2, NOW);
      if (!result.ok) throw new Error(result.message);
      const moved = result.assessment;
      const oldQ = localiseTemplate(v1).sections[0]!.questions.at(-1)!;
      const newQ = localiseTemplate(v2).sections[0]!.questions.at(-1)!;
      const converted = kindOf(newQ).convertFrom({ kind: fromKind, value, question: oldQ }, newQ);

      expect(moved.answers.name).toBe('Parking policy');
      expect(assessmentSchemaFor(localiseTemplate(v2)).safeParse(moved).success).toBe(true);
      if (converted !== undefined) {
        expect(moved.answers.q).toEqual(converted);
        // Nothing lost: the new question reads exactly as the old one did, or holds every string typed.
        const readsTheSame = kindOf(newQ).text(moved.answers.q!, newQ) === kindOf(oldQ).text(value, oldQ);
        const keepsEveryString = typed(value).every((t) => typed(moved.answers.q).includes(t));
        expect(readsTheSame || keepsEveryString).toBe(true);
        expect(moved.noLongerAsked).toEqual([]);
        const list = fromKind === toKind ? result.plan.carried : result.plan.converted;
        expect(list.map((i) => i.questionId)).toContain('q');
      } else {
        expect(kindOf(newQ).isEmpty(moved.answers.q!)).toBe(true);
        expect(moved.noLongerAsked).toEqual([
          expect.objectContaining({
            questionId: 'q',
            kind: fromKind,
            label: en(`A ${fromKind} question`),
            value,
            reason: 'changed',
            templateVersion: '1',
          }),
        ]);
        expect(result.plan.noLongerAsked.map((i) => i.questionId)).toEqual(['q']);
      }
    },
  );

  it('converts where it can: one line of text to the option it names, a chosen option to its words', () => {
    const textToChoice = versionPair('text', 'choice');
    expect(
      moveToTemplateVersion(
        assessmentOn(textToChoice.v1, { q: 'the public' }),
        textToChoice.v1,
        textToChoice.v2,
        NOW,
      ),
    ).toMatchObject({ ok: true, assessment: { answers: { q: 'public' }, noLongerAsked: [] } });
    const choiceToText = versionPair('choice', 'textarea');
    expect(
      moveToTemplateVersion(
        assessmentOn(choiceToText.v1, { q: 'public' }),
        choiceToText.v1,
        choiceToText.v2,
        NOW,
      ),
    ).toMatchObject({ ok: true, assessment: { answers: { q: 'The public' } } });
  });

  it('keeps the answer to a removed question with its label, kind, section and the words it showed', () => {
    const v1 = templateDefinitionSchema.parse(smallTemplate);
    const v2 = templateDefinitionSchema.parse({
      ...smallTemplate,
      version: '2',
      sections: [
        {
          ...smallTemplate.sections[0]!,
          questions: smallTemplate.sections[0]!.questions.filter((q) => q.id !== 'carers'),
        },
      ],
    });
    const result = moveToTemplateVersion(
      assessmentOn(v1, { carers: 'Carers may need flexible hours.' }),
      v1,
      v2,
      NOW,
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.assessment.answers).not.toHaveProperty('carers');
    expect(result.assessment.noLongerAsked).toEqual([
      {
        questionId: 'carers',
        label: en('Carers'),
        sectionTitle: en('About the change'),
        kind: 'textarea',
        templateVersion: '1',
        reason: 'removed',
        value: 'Carers may need flexible hours.',
        text: 'Carers may need flexible hours.',
        movedAt: NOW.toISOString(),
      },
    ]);
  });

  it('lists new questions (empty), reopens completed sections whose questions changed, keeps the others', () => {
    const extra = {
      id: 'later',
      number: 2,
      title: en('Later'),
      guidance: [],
      questions: [{ id: 'when', kind: 'date', label: en('When'), required: false }],
    };
    const v1b = templateDefinitionSchema.parse({
      ...smallTemplate,
      sections: [...smallTemplate.sections, extra],
    });
    const v2 = templateDefinitionSchema.parse({
      ...smallTemplate,
      version: '2',
      sections: [
        {
          ...smallTemplate.sections[0]!,
          questions: [
            ...smallTemplate.sections[0]!.questions,
            { id: 'age', kind: 'textarea', label: en('Age'), required: false },
          ],
        },
        extra,
      ],
    });
    const assessment = assessmentOn(v1b, { name: 'Parking' }, { completedSections: ['about', 'later'] });
    const plan = planVersionMove(assessment, v1b, v2);
    expect(plan.refusal).toBeNull();
    expect(plan.newQuestions).toEqual([
      { questionId: 'age', label: 'Age', sectionTitle: 'About the change' },
    ]);
    expect(plan.carried.map((i) => i.questionId)).toEqual(['name']);
    expect(plan.reopenedSections).toEqual([{ id: 'about', title: 'About the change' }]);
    const result = moveToTemplateVersion(assessment, v1b, v2, NOW);
    expect(result.ok && result.assessment.completedSections).toEqual(['later']);
    expect(result.ok && result.assessment.answers.age).toBe('');
  });

  it('keeps a section completed when only Welsh texts, hints or guidance changed', () => {
    const v1 = templateDefinitionSchema.parse(smallTemplate);
    const v2 = templateDefinitionSchema.parse({
      ...smallTemplate,
      version: '2',
      sections: [
        {
          ...smallTemplate.sections[0]!,
          questions: smallTemplate.sections[0]!.questions.map((q) => ({
            ...q,
            label: { ...q.label, cy: 'Cymraeg' },
            hint: en('A new hint'),
            guidance: [en('New guidance')],
          })),
        },
      ],
    });
    const assessment = assessmentOn(v1, { name: 'Parking' }, { completedSections: ['about'] });
    expect(planVersionMove(assessment, v1, v2).reopenedSections).toEqual([]);
    const relabelled = templateDefinitionSchema.parse({
      ...v2,
      sections: [
        {
          ...v2.sections[0]!,
          questions: v2.sections[0]!.questions.map((q) =>
            q.id === 'name' ? { ...q, label: en('Title') } : q,
          ),
        },
      ],
    });
    expect(planVersionMove(assessment, v1, relabelled).reopenedSections.map((s) => s.id)).toEqual(['about']);
  });

  it('keeps answers kept aside by an earlier move, and answers to keys neither version asks', () => {
    const { v1, v2 } = versionPair('text', 'text');
    const earlier = {
      questionId: 'old',
      label: en('An old question'),
      kind: 'text',
      templateVersion: '0',
      reason: 'removed' as const,
      value: 'Kept before',
      text: 'Kept before',
      movedAt: '2025-01-01T00:00:00.000Z',
    };
    const assessment = assessmentOn(v1, { retired: 'From an old file' }, { noLongerAsked: [earlier] });
    const result = moveToTemplateVersion(assessment, v1, v2, NOW);
    if (!result.ok) throw new Error(result.message);
    expect(result.assessment.noLongerAsked).toEqual([earlier]);
    expect(result.assessment.answers.retired).toBe('From an old file');
  });

  describe('refuses, leaving the assessment as it is', () => {
    const { v1, v2 } = versionPair('text', 'textarea');

    it('an agreed assessment stays on its version', () => {
      const agreed = assessmentOn(v1, { q: 'x' }, { status: 'agreed' });
      const result = moveToTemplateVersion(agreed, v1, v2, NOW);
      expect(result).toMatchObject({ ok: false });
      expect(!result.ok && result.message).toBe(
        'This assessment has been agreed, so it stays on version 1 of the form. To move it to version 2, start a new revision first.',
      );
    });

    it('moving back to an older version', () => {
      const onV2 = assessmentOn(v2, { q: 'x' });
      const result = moveToTemplateVersion(onV2, v2, v1, NOW);
      expect(!result.ok && result.message).toMatch(
        /^Version 1 is older than version 2, which this assessment is on\./,
      );
      expect(planVersionMove(onV2, v2, v1).refusal).toMatch(/restore the copy kept in History/);
    });

    it('the same version, another form, or a version it is not on', () => {
      const onV1 = assessmentOn(v1, {});
      expect(planVersionMove(onV1, v1, v1).refusal).toBe(
        'This assessment is already on version 1 of the form.',
      );
      const other = { ...v2, id: 'other-form' };
      expect(planVersionMove(onV1, v1, other).refusal).toMatch(/belongs to another form/);
      expect(planVersionMove(onV1, v2, v2).refusal).toMatch(/is on version 1 of its form, not version 2/);
    });
  });

  it('orders versions as people write them', () => {
    expect(compareTemplateVersions('2018-10', '2026-01')).toBeLessThan(0);
    expect(compareTemplateVersions('1.10', '1.9')).toBeGreaterThan(0);
    expect(compareTemplateVersions('2', '2')).toBe(0);
  });
});

/** Every non-empty string the person typed, wherever it sits in an answer. */
/** Every string a person typed in an answer (a table row's id is made by the app, not typed). */
function typed(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value];
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .filter(([key, part]) => !(key === 'id' && typeof part === 'string' && 'cells' in value))
      .flatMap(([, part]) => typed(part));
  }
  return [];
}

describe('the seed example moved to a later HCPC version (built from existing kinds)', () => {
  const example = buildExampleAssessment({
    completedSections: ['overview', 'evidence', 'analysis', 'summary'],
  });

  it('is a valid template definition', () => {
    expect(templateDefinitionSchema.parse(hcpcNextVersion)).toEqual(hcpcNextVersion);
  });

  it('keeps every answer: carried, converted or no longer asked, none lost', () => {
    const result = moveToTemplateVersion(example, hcpcEia201810Definition, hcpcNextVersion, NOW);
    if (!result.ok) throw new Error(result.message);
    const moved = result.assessment;
    const after = [...typed(moved.answers), ...moved.noLongerAsked.flatMap((k) => typed(k.value))].sort();
    expect(after).toEqual(typed(example.answers).sort());
    expect(moved.noLongerAsked.map((k) => [k.questionId, k.reason])).toEqual([
      ['stakeholdersEngaged', 'changed'],
      ['welshLanguage', 'removed'],
    ]);
    expect(result.plan.newQuestions.map((q) => q.questionId)).toEqual([
      'carers',
      'welshOpportunities',
      'welshNoLessFavourable',
    ]);
    expect(result.plan.reopenedSections.map((s) => s.id)).toEqual(['evidence', 'analysis']);
    expect(moved.completedSections).toEqual(['overview', 'summary']);
    expect(assessmentSchemaFor(localiseTemplate(hcpcNextVersion)).parse(moved)).toEqual(moved);
  });

  it('moving back is refused, and the moved assessment is unchanged by the attempt', () => {
    const result = moveToTemplateVersion(example, hcpcEia201810Definition, hcpcNextVersion, NOW);
    if (!result.ok) throw new Error(result.message);
    const back = moveToTemplateVersion(result.assessment, hcpcNextVersion, hcpcEia201810Definition, NOW);
    expect(back.ok).toBe(false);
  });
});

describe('the seed example moved to the frozen HCPC 2026-01 fixture (impact ratings, action plan table, Welsh Language Standards)', () => {
  const fixture = loadHcpc202601Example();
  const example = buildExampleAssessment({
    completedSections: ['overview', 'evidence', 'analysis', 'welsh-language', 'summary', 'action-plan'],
  });

  it('keeps every answer: carried, converted or no longer asked, none lost', () => {
    const result = moveToTemplateVersion(example, hcpcEia201810Definition, fixture, NOW);
    if (!result.ok) throw new Error(result.message);
    const moved = result.assessment;
    const after = [...typed(moved.answers), ...moved.noLongerAsked.flatMap((k) => typed(k.value))];
    for (const text of typed(example.answers)) expect(after).toContain(text);
    expect(assessmentSchemaFor(localiseTemplate(fixture)).parse(moved)).toEqual(moved);

    // The equality groups become impact ratings with the old text as the "why"; the action plan a table.
    expect(result.plan.converted.map((i) => i.questionId)).toEqual(
      expect.arrayContaining(['age', 'disability', 'fourCountries', 'actionPlanSummary']),
    );
    expect(moved.answers.age).toEqual({
      ratings: [],
      why: 'No impacts are expected to arise from this work for this group.',
      mitigation: '',
    });
    // The Welsh Language Scheme answer has no question any more: kept, with its words.
    expect(moved.noLongerAsked.map((k) => k.questionId)).toEqual(['welshLanguage']);
    expect(moved.noLongerAsked[0]!.text).toContain('Welsh Language Scheme (WLS)');
    expect(result.plan.newQuestions.map((q) => q.questionId)).toEqual(
      expect.arrayContaining(['carers', 'welshOpportunities']),
    );
    // Sections whose questions only gained Welsh texts stay completed; those asked in a new way do not.
    expect(moved.completedSections).toEqual(['overview', 'evidence', 'summary']);
    expect(result.plan.reopenedSections.map((s) => s.id)).toEqual([
      'analysis',
      'welsh-language',
      'action-plan',
    ]);
  });

  it('moving back to 2018-10 is refused, and the attempt changes nothing', () => {
    const result = moveToTemplateVersion(example, hcpcEia201810Definition, fixture, NOW);
    if (!result.ok) throw new Error(result.message);
    const back = moveToTemplateVersion(result.assessment, fixture, hcpcEia201810Definition, NOW);
    expect(back.ok).toBe(false);
    expect(!back.ok && back.message).toMatch(/^Version 2018-10 is older than version 2026-01/);
  });
});
