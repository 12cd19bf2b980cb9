// @vitest-environment node
import { localiseTemplate } from '@schemas/template-definition.ts';
import { forgetLearntTemplates, registerTemplate } from '@schemas/templates/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment } from '@/domain/new-assessment.ts';
import { buildPdfViewModel } from '@/domain/pdf-view-model.ts';
import { outputKindOf } from '@/domain/kinds/index.ts';
import { renderPdf } from '../../pdf/node-pdf.ts';
import { extractPdf, normalise } from '../../pdf/pdf-text.ts';
import { optionKindsTemplate } from '../../option-kinds-template.ts';

const template = localiseTemplate(optionKindsTemplate);
const questions = template.sections[1]!.questions;
const answers = {
  name: 'Lifts',
  consulted: { choice: 'yes', followUp: 'The disability network asked for audio announcements.' },
  scope: 'both',
  channels: ['letter', 'web', 'fax'],
};
const assessment = createAssessment({ id: 'lifts', template, answers });

beforeAll(() => registerTemplate(optionKindsTemplate));
afterAll(() => forgetLearntTemplates());

describe('the option kinds in the outputs', () => {
  it('prints labels and the follow-up as words in the view-model', () => {
    const model = buildPdfViewModel(assessment, template, {
      exportedAt: new Date('2026-01-05T12:00:00Z'),
      appVersion: 'test',
    });
    const printed = JSON.stringify(model.sections);
    expect(printed).toContain('"text":"Yes"');
    expect(printed).toContain('If yes, which networks and what did they say?');
    expect(printed).toContain('The disability network asked for audio announcements.');
    expect(printed).toContain('Staff and the public');
    expect(printed).toContain('"items":["Website","Letters","fax"]');
    expect(printed).not.toContain('"both"');
  });

  it('writes the CSV cell and History text as labels, the follow-up kept', () => {
    const [consulted, scope, channels] = questions;
    expect(outputKindOf(consulted!).csvCell(consulted!, answers.consulted)).toBe(
      'Yes\nThe disability network asked for audio announcements.',
    );
    // A follow-up hidden by "No" is still in the cell: nothing typed is lost.
    expect(outputKindOf(consulted!).csvCell(consulted!, { choice: 'no', followUp: 'Kept.' })).toBe(
      'No\nKept.',
    );
    expect(outputKindOf(scope!).csvCell(scope!, 'public')).toBe('The public');
    expect(outputKindOf(channels!).csvCell(channels!, ['phone', 'web'])).toBe('Website\nTelephone');
    expect(outputKindOf(consulted!).displayText(consulted!, answers.consulted)).toContain('Yes');
  });

  it('prints the chosen labels and the follow-up in the PDF', async () => {
    const pdf = await extractPdf((await renderPdf(assessment)).bytes);
    const text = normalise(pdf.text);
    for (const words of [
      'Have you consulted staff networks?',
      'Yes',
      'The disability network asked for audio announcements.',
      'Staff and the public',
      'Website',
      'Letters',
    ]) {
      expect(text).toContain(normalise(words));
    }
  });
});
