import { describe, expect, it } from 'vitest';
import { answersSchemaFor } from '@schemas/answers.ts';
import { localiseTemplate } from '@schemas/template-definition.ts';
import { hcpcEia201810 } from '@schemas/templates/index.ts';
import { sampleAnswers } from '@/domain/designer/sample-answers.ts';
import { optionKindsTemplate } from '../../option-kinds-template.ts';

describe('sampleAnswers (the preview’s answer per question)', () => {
  it('gives every question of every kind a non-empty answer its schema accepts', () => {
    for (const template of [hcpcEia201810, localiseTemplate(optionKindsTemplate)]) {
      const answers = sampleAnswers(template);
      for (const section of template.sections) {
        for (const question of section.questions) {
          expect(answers[question.id], question.id).toBeDefined();
          expect(JSON.stringify(answers[question.id])).not.toMatch(
            /^(""|\[\]|\{"choice":"","followUp":""\})$/,
          );
        }
      }
      expect(answersSchemaFor(template).safeParse(answers).success).toBe(true);
    }
  });
});
