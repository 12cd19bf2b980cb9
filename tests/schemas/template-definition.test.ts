import { answersSchemaFor, emptyAnswers, roleText } from '@schemas/answers.ts';
import { assessmentSchemaFor } from '@schemas/assessment.ts';
import { migrateTemplateDefinition } from '@schemas/migrations/template-migrations.ts';
import { localiseTemplate, templateDefinitionSchema } from '@schemas/template-definition.ts';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { describe, expect, it } from 'vitest';
import { findingsFor } from '@/domain/findings/evaluate.ts';
import { createAssessment } from '@/domain/new-assessment.ts';
import { buildPdfViewModel } from '@/domain/pdf-view-model.ts';
import v1Hcpc from '../fixtures/template/v1-hcpc-eia-2018-10.json' with { type: 'json' };
import { smallTemplate } from '../template-builders.ts';

/** Drops the `printed` marks, which version 1 did not have, and the Welsh texts added since. */
const NEWER_KEYS = new Set(['printed', 'cy', 'cyNeedsReview', 'languages']);
function withoutPrinted(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) => (NEWER_KEYS.has(key) ? undefined : v));
}

describe('template definition version 2', () => {
  it('migrates the version 1 HCPC form (as compiled into the first releases) to the built-in version 2, texts and roles alike', () => {
    const outcome = migrateTemplateDefinition(v1Hcpc);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const migrated = templateDefinitionSchema.parse(outcome.value);
    // Only the printed marks (and the Welsh texts) are new in version 2: the seed's Appendix B prints those texts.
    expect(withoutPrinted(migrated)).toEqual(withoutPrinted(hcpcEia201810Definition));
    const groups = migrated.sections[2]!.questions.filter((q) => q.role === 'equality-group');
    expect(groups).toHaveLength(11);
  });

  it('refuses a template with two questions on one answer key, or a unique role given twice', () => {
    const twice = structuredClone(smallTemplate);
    twice.sections[0]!.questions[1] = { ...twice.sections[0]!.questions[1]!, id: 'name' };
    const result = templateDefinitionSchema.safeParse(twice);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toContain('Two questions have the answer key "name"');

    const roles = structuredClone(smallTemplate);
    roles.sections[0]!.questions[1] = { ...roles.sections[0]!.questions[1]!, role: 'title' };
    expect(templateDefinitionSchema.safeParse(roles).error?.issues[0]?.message).toMatch(/role "title"/);
  });

  it('refuses a question kind the app does not know', () => {
    const unknown = structuredClone(smallTemplate) as unknown as {
      sections: Array<{ questions: Array<Record<string, unknown>> }>;
    };
    unknown.sections[0]!.questions[0]!.kind = 'signature';
    expect(templateDefinitionSchema.safeParse(unknown).success).toBe(false);
  });

  it('localises every text to plain strings, falling back to English where there is no Welsh', () => {
    const bilingual = structuredClone(smallTemplate);
    bilingual.sections[0]!.title = { en: 'About the change', cy: 'Am y newid' };
    expect(localiseTemplate(bilingual, 'cy').sections[0]!.title).toBe('Am y newid');
    expect(localiseTemplate(bilingual, 'cy').sections[0]!.questions[0]!.label).toBe('Name of the change');
    expect(localiseTemplate(bilingual, 'en').sections[0]!.title).toBe('About the change');
  });
});

describe('answers derived from the template', () => {
  const template = localiseTemplate(smallTemplate);

  it('has one answer per question of the template, each of its kind', () => {
    expect(emptyAnswers(template)).toEqual({ name: '', owner: '', carers: '', disabled: '' });
    expect(answersSchemaFor(template).parse({ name: 'Lifts' })).toEqual({
      name: 'Lifts',
      owner: '',
      carers: '',
      disabled: '',
    });
  });

  it('never drops an answer key the template does not ask', () => {
    const parsed = answersSchemaFor(template).parse({ name: 'Lifts', oldQuestion: 'kept as typed' });
    expect(parsed.oldQuestion).toBe('kept as typed');
  });

  it('refuses an answer of the wrong shape for its question, naming it', () => {
    const result = answersSchemaFor(template).safeParse({ name: { day: '1', month: '2', year: '2020' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['name']);
  });

  it('keeps any template id and version on the record, with its answers checked against that template', () => {
    const assessment = createAssessment({ template, answers: { name: 'Lifts', owner: 'Ann' } });
    expect(assessment.templateId).toBe('acme-eia');
    expect(assessmentSchemaFor(template).parse(assessment)).toEqual(assessment);
  });

  it('reads roles, not ids: the title, the assessor, the PDF cover and file name', () => {
    const assessment = createAssessment({ template, answers: { name: 'Lifts', owner: 'Ann Jones' } });
    expect(roleText(template, assessment.answers, 'title')).toBe('Lifts');
    const vm = buildPdfViewModel(assessment, template, {
      exportedAt: new Date('2026-01-05T12:00:00Z'),
      appVersion: '1',
    });
    expect(vm.cover.title).toBe('Lifts');
    expect(vm.cover.formTitle).toBe('Acme equality screening (EIA)');
    expect(vm.metadata.author).toBe('Ann Jones');
    expect(vm.fileName).toContain('lifts');
    expect(vm.sections[0]!.intro).toEqual(['Printed under the heading.']);
  });

  it('runs the review rules by role, and skips a rule whose role the template does not have', () => {
    const copied = 'No impact on this group, because nothing about the lifts changes for anyone at all.';
    const assessment = createAssessment({
      template,
      answers: { name: 'Lifts', owner: 'Ann', carers: copied, disabled: copied },
    });
    const findings = findingsFor(assessment, template, { today: new Date('2026-01-05T12:00:00Z') });
    expect(findings.map((f) => f.id).sort()).toEqual(['group-distinct:carers', 'group-distinct:disabled']);
  });
});
