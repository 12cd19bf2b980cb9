import { describe, expect, it } from 'vitest';
import { localiseTemplate, type TemplateDefinition } from '@schemas/template-definition.ts';
import { summariseMoves } from '@/domain/designer/move-summary.ts';
import { createAssessment } from '@/domain/new-assessment.ts';
import { smallTemplate } from '../../template-builders.ts';

const v2: TemplateDefinition = {
  ...smallTemplate,
  version: '2',
  sections: [
    {
      ...smallTemplate.sections[0]!,
      questions: [
        ...smallTemplate.sections[0]!.questions.filter((q) => q.id !== 'disabled'),
        {
          id: 'socioEconomic',
          kind: 'textarea',
          label: { en: 'Socio-economic disadvantage' },
          required: false,
        },
      ],
    },
  ],
};
const find = (id: string, version: string) =>
  [smallTemplate, v2].find((t) => t.id === id && t.version === version);

describe('summariseMoves (what moving existing assessments would do)', () => {
  it('adds up the migration engine’s plans: answers carried, kept as no longer asked, agreed ones refused', () => {
    const template = localiseTemplate(smallTemplate);
    const answers = {
      name: 'Parking',
      owner: 'Sam',
      carers: 'Fewer spaces',
      disabled: 'Blue badge bays kept',
    };
    const draft = createAssessment({ id: 'a', template, answers });
    const agreed = { ...createAssessment({ id: 'b', template, answers }), status: 'agreed' as const };
    const other = createAssessment({ id: 'c' });
    const summary = summariseMoves([draft, agreed, other], v2, find);
    expect(summary).toMatchObject({ assessments: 2, movable: 1, carried: 3, noLongerAsked: 1, converted: 0 });
    expect(summary.refusals).toHaveLength(1);
  });

  it('counts nothing when no assessment is on an earlier version', () => {
    expect(summariseMoves([createAssessment({ id: 'c' })], v2, find)).toMatchObject({
      assessments: 0,
      movable: 0,
    });
  });
});
