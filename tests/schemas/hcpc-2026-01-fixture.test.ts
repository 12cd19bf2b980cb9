// @vitest-environment node
import { readFileSync } from 'node:fs';
import { parseTemplateDefinition } from '@schemas/template-parse.ts';
import { localiseTemplate, templateQuestions } from '@schemas/template-definition.ts';
import { forgetLearntTemplates, registerTemplate } from '@schemas/templates/index.ts';
import { afterAll, describe, expect, it } from 'vitest';
import { outputKindOf } from '@/domain/kinds/index.ts';
import { createAssessment } from '@/domain/new-assessment.ts';
import { renderPdf } from '../pdf/node-pdf.ts';
import { extractPdf, normalise } from '../pdf/pdf-text.ts';

/**
 * The frozen second version of the HCPC template (tests/fixtures/template/hcpc-eia-2026-01-example.json):
 * a "Carers" group, per-group impact ratings, the action plan as a table, and the Welsh Language
 * Standards' policy-making questions in place of the Welsh Language Scheme question.
 */
const raw: unknown = JSON.parse(
  readFileSync(new URL('../fixtures/template/hcpc-eia-2026-01-example.json', import.meta.url), 'utf8'),
);

afterAll(() => forgetLearntTemplates());

function parsed() {
  const result = parseTemplateDefinition(raw, 'The 2026-01 fixture');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.definition;
}

describe('the HCPC 2026-01 template fixture', () => {
  it('parses as template schema version 2, with the new kinds where the issue puts them', () => {
    const definition = parsed();
    expect([definition.id, definition.version]).toEqual(['hcpc-eia', '2026-01']);
    const template = localiseTemplate(definition);
    const kinds = Object.fromEntries(templateQuestions(template).map((q) => [q.id, q.kind]));
    const groups = templateQuestions(template).filter((q) => q.role === 'equality-group');
    expect(groups.map((q) => q.label)).toContain('Carers');
    expect(new Set(groups.map((q) => q.kind))).toEqual(new Set(['impact']));
    // Question ids kept where the question is the same (the groups, the action plan).
    expect(kinds.age).toBe('impact');
    expect(kinds.actionPlanSummary).toBe('table');
    // The Welsh Language Scheme question is gone; the Standards' policy-making questions are new ids.
    expect(kinds.welshLanguage).toBeUndefined();
    expect(kinds.welshOpportunities).toBe('impact');
    expect(kinds.welshPositiveEffects).toBe('textarea');
    expect(JSON.stringify(template.sections.find((s) => s.id === 'welsh-language'))).not.toContain(
      'Welsh Language Scheme',
    );
  });

  it('prints the new labels, the ratings as words and the action plan as a table in the PDF and CSV', async () => {
    const definition = parsed();
    registerTemplate(definition);
    const template = localiseTemplate(definition);
    const answers = {
      projectTitle: 'Bus timetable review',
      carers: { ratings: ['negative', 'positive'], why: 'Fewer evening buses.', mitigation: 'Keep route 7.' },
      age: { ratings: ['not-known'], why: 'No data on older riders yet.', mitigation: '' },
      welshOpportunities: { ratings: ['neutral'], why: 'Timetables are bilingual already.', mitigation: '' },
      actionPlanSummary: [
        {
          id: 'r1',
          cells: {
            action: 'Run a rider survey',
            owner: 'Transport team',
            due: { day: '31', month: '3', year: '2026' },
            status: 'in-progress',
          },
        },
      ],
    };
    const assessment = createAssessment({ id: 'bus', template, answers: answers as never });
    const text = normalise((await extractPdf((await renderPdf(assessment)).bytes)).text);
    for (const words of [
      'Carers',
      'Impact: Positive, Negative',
      'Keep route 7.',
      'Impact: Not known',
      'Welsh Language Standards',
      'Opportunities for persons to use the Welsh language',
      'Impact: Neutral',
      'Action plan Action Owner Due date Status',
      'Run a rider survey Transport team 31 March 2026 In progress',
    ]) {
      expect(text).toContain(words);
    }
    const question = (id: string) => templateQuestions(template).find((q) => q.id === id)!;
    const csv = (id: keyof typeof answers) =>
      outputKindOf(question(id)).csvCell(question(id), answers[id] as never);
    expect(csv('carers')).toBe(
      'Impact: Positive, Negative\nWhy: Fewer evening buses.\nMitigation: Keep route 7.',
    );
    expect(csv('actionPlanSummary')).toBe(
      'Row 1: Action: Run a rider survey; Owner: Transport team; Due date: 31 March 2026; Status: In progress',
    );
  });
});
