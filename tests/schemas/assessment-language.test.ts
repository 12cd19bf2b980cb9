// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assessmentLanguage } from '@schemas/assessment.ts';
import { localiseTemplate } from '@schemas/template-definition.ts';
import { hcpcEia201810, templateOf } from '@schemas/templates/index.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAssessment } from '@/domain/new-assessment.ts';
import { loadRecordParser, readStoredAssessment } from '@/storage/stored-record.ts';
import { parseEiaText } from '@/storage/files/parse-eia-file.ts';
import { smallTemplate } from '../template-builders.ts';

const fixture = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url)), 'utf8');

describe('the language an assessment is written in', () => {
  // An older record is checked by the record schema, loaded on demand (the repository does this itself).
  beforeAll(loadRecordParser);

  it('reads records and files from before assessments had a language as English', () => {
    const stored = JSON.parse(fixture('assessment/v1.json'));
    expect(stored.language).toBeUndefined();
    const record = readStoredAssessment(stored);
    expect(assessmentLanguage(record)).toBe('en');
    expect(templateOf(record)!.language).toBe('en');
    expect(templateOf(record)!.sections[2]!.questions[0]!.label).toBe('Age');

    const parsed = parseEiaText('old.eia.json', fixture('envelope/v1.eia.json'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    for (const assessment of parsed.assessments) expect(assessmentLanguage(assessment)).toBe('en');
  });

  it('starts an assessment on a bilingual template in the language asked for, and keeps it in files', () => {
    const welsh = createAssessment({ template: hcpcEia201810, language: 'cy' });
    expect(welsh.language).toBe('cy');
    expect(templateOf(welsh)!.sections[2]!.questions[0]!.label).toBe('Oedran');
    expect(createAssessment({ template: hcpcEia201810 }).language).toBe('en');
  });

  it('labels the appendix of a new Welsh assessment in Welsh (Atodiad B), of an English one Appendix B', () => {
    expect(createAssessment({ template: hcpcEia201810, language: 'cy' }).publication.appendixLabel).toBe(
      'Atodiad B',
    );
    expect(createAssessment({ template: hcpcEia201810 }).publication.appendixLabel).toBe('Appendix B');
  });

  it('starts an assessment on an English-only template in English whatever the language asked for', () => {
    expect(createAssessment({ template: localiseTemplate(smallTemplate), language: 'cy' }).language).toBe(
      'en',
    );
  });
});
