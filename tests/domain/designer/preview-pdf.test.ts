// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { QuestionDefinition, TemplateDefinition } from '@schemas/template-definition.ts';
import {
  findTemplateDefinition,
  forgetTemplate,
  hcpcEia201810Definition,
  registerTemplate,
} from '@schemas/templates/index.ts';
import { pdfPreview } from '@/domain/designer/preview-pdf.ts';
import { withCommonAdditions } from '@/domain/designer/common-additions.ts';
import { extractPdf, normalise } from '../../pdf/pdf-text.ts';
import { renderPdf } from '../../pdf/node-pdf.ts';

/**
 * The designer's "Preview the PDF": the draft (never published) printed by the real PDF maker, empty
 * and with a sample answer per question, read back with pdfjs.
 */
const base = withCommonAdditions(structuredClone(hcpcEia201810Definition));
const newQuestion = {
  id: 'veterans',
  kind: 'textarea',
  label: { en: 'Armed forces veterans' },
  required: false,
} as unknown as QuestionDefinition;
const draft: TemplateDefinition = {
  ...base,
  id: 'council-eia',
  version: '2',
  title: { en: 'Council EIA' },
  shortTitle: { en: 'Council EIA' },
  sections: base.sections.map((s) =>
    s.id === 'analysis' ? { ...s, questions: [...s.questions, newQuestion] } : s,
  ),
};
const now = new Date('2026-01-05T10:00:00Z');
let learnt: TemplateDefinition | undefined;
afterEach(() => {
  if (learnt) forgetTemplate(learnt.id, learnt.version);
  learnt = undefined;
});

describe('pdfPreview', () => {
  it('puts the draft under a version of its own, with an assessment on it', () => {
    const { definition, assessment } = pdfPreview(draft, { answers: 'empty', nonce: 'a1', now });
    expect(definition.version).toBe('2-preview-a1');
    expect(definition.sections).toBe(draft.sections);
    expect(assessment).toMatchObject({ templateId: 'council-eia', templateVersion: '2-preview-a1' });
    expect(assessment.answers['veterans']).toBe('');
  });

  it('prints a new question’s label and its sample answer in the PDF of the draft', async () => {
    const { definition, assessment } = pdfPreview(draft, { answers: 'sample', nonce: 'b2', now });
    registerTemplate(definition);
    learnt = definition;
    const pdf = await extractPdf((await renderPdf(assessment)).bytes);
    const text = normalise(pdf.text);
    expect(text).toContain('Armed forces veterans');
    expect(text).toContain('Sample answer: Armed forces veterans');
    // The action plan as a table, with its sample row.
    expect(text).toContain('Owner');
  }, 60_000);

  it('prints the new question with no answer in the PDF of an empty assessment', async () => {
    const { definition, assessment } = pdfPreview(draft, { answers: 'empty', nonce: 'c3', now });
    registerTemplate(definition);
    learnt = definition;
    const text = normalise((await extractPdf((await renderPdf(assessment)).bytes)).text);
    expect(text).toContain('Armed forces veterans');
    expect(text).not.toContain('Sample answer');
  }, 60_000);

  it('forgets a preview version once it is handed over', () => {
    const { definition } = pdfPreview(draft, { answers: 'empty', nonce: 'd4', now });
    registerTemplate(definition);
    forgetTemplate(definition.id, definition.version);
    expect(findTemplateDefinition(definition.id, definition.version)).toBeUndefined();
    forgetTemplate(hcpcEia201810Definition.id, hcpcEia201810Definition.version);
    expect(findTemplateDefinition(hcpcEia201810Definition.id, hcpcEia201810Definition.version)).toBeDefined();
  });
});
