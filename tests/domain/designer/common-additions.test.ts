import { describe, expect, it } from 'vitest';
import { templateDefinitionSchema, templateQuestions } from '@schemas/template-definition.ts';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { withCommonAdditions } from '@/domain/designer/common-additions.ts';
import { copyOfTemplate } from '@/domain/designer/copy-template.ts';

describe('withCommonAdditions (the starting point with the common additions)', () => {
  const copy = copyOfTemplate(withCommonAdditions(hcpcEia201810Definition), 'Council EIA', 'council-eia');

  it('is a valid template that can be published as it is', () => {
    expect(templateDefinitionSchema.safeParse(copy).success).toBe(true);
  });

  it('rates impact per group, adds Carers and Socio-economic disadvantage, and makes the action plan a table', () => {
    const analysis = copy.sections.find((s) => s.id === 'analysis')!;
    expect(analysis.questions.every((q) => q.kind === 'impact')).toBe(true);
    const labels = analysis.questions.map((q) => q.label.en);
    expect(labels.slice(-4)).toEqual([
      'Carers',
      'Socio-economic disadvantage',
      'Other identified groups',
      'Four countries diversity',
    ]);
    const plan = templateQuestions(copy).find((q) => q.role === 'action-plan')!;
    expect(plan.kind).toBe('table');
    expect(
      (plan as unknown as { columns: Array<{ label: { en: string } }> }).columns.map((c) => c.label.en),
    ).toEqual(['Action', 'Owner', 'Due date', 'Status']);
  });

  it('keeps every other question as it is, with its Welsh', () => {
    const before = templateQuestions(hcpcEia201810Definition).filter(
      (q) => q.role !== 'equality-group' && q.role !== 'action-plan',
    );
    for (const q of before) expect(templateQuestions(copy).find((c) => c.id === q.id)).toEqual(q);
  });
});
