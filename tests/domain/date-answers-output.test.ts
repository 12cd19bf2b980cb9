// @vitest-environment node
import { currentTemplate, findTemplate } from '@schemas/templates/index.ts';
import { describe, expect, it } from 'vitest';
import { buildPdfViewModel } from '@/domain/pdf-view-model.ts';
import { buildAssessment } from '../builders.ts';

/**
 * A date that is not a real one ("31 / 2 / 19") is printed in the appendix as typed and said to be not
 * real, as Check your answers says it, so a committee is not misled into reading it as a date.
 */
function printedDate(day: string, month: string, year: string, language: 'en' | 'cy' = 'en') {
  const assessment = buildAssessment({
    language,
    answers: { dateAgreed: { day, month, year } } as never,
  });
  const template =
    language === 'cy' ? findTemplate(currentTemplate.id, currentTemplate.version, 'cy')! : currentTemplate;
  const vm = buildPdfViewModel(assessment, template, {
    exportedAt: new Date('2026-01-05T12:00:00Z'),
    appVersion: '0',
  });
  const item = vm.sections.flatMap((s) => s.items).find((i) => i.id === 'dateAgreed')!;
  return item.answer.kind === 'text' && item.answer.blocks[0]?.kind === 'paragraph'
    ? item.answer.blocks[0].text
    : JSON.stringify(item.answer);
}

describe('dates in the appendix', () => {
  it('says a date is not real in Welsh in a Welsh appendix (English: tests/domain/pdf-view-model.test.ts)', () => {
    expect(printedDate('31', '2', '19', 'cy')).toBe('31/2/19 (nid yw’n ddyddiad go iawn)');
  });
});
