import { describe, expect, it } from 'vitest';
import { localiseTemplate } from '@schemas/template-definition.ts';
import {
  appendixLanguages,
  buildAppendixViewModels,
  describeAppendixLanguages,
} from '@/domain/appendix-view-models.ts';
import { OUTPUT_STRINGS, pageOf, welshLongDate } from '@/domain/output-strings.ts';
import { buildExampleAssessment } from '../builders.ts';
import { smallTemplate } from '../template-builders.ts';

const options = { exportedAt: new Date('2026-01-05T12:00:00Z'), appVersion: '0.1.0' };

describe('the appendix in the assessment’s language', () => {
  it('is English for an assessment without a language (older records)', () => {
    const [vm, ...rest] = buildAppendixViewModels(buildExampleAssessment(), options);
    expect(rest).toEqual([]);
    expect(vm!.language).toBe('en');
    expect(vm!.metadata.language).toBe('en-GB');
    expect(vm!.sections[2]!.heading).toBe('Section 3: Analysis by equality group');
    expect(vm!.footer).toEqual({ status: 'Status: Draft', exported: 'Exported 5 January 2026' });
  });

  it('prints the template’s wording and its own words in Welsh for a Welsh assessment', () => {
    const [vm] = buildAppendixViewModels(buildExampleAssessment({ language: 'cy' }), options);
    expect(vm!.metadata.language).toBe('cy');
    expect(vm!.cover.formTitle).toBe('Asesiad Effaith Cydraddoldeb, Amrywiaeth a Chynhwysiant (AEC)');
    expect(vm!.sections[2]!.heading).toBe('Adran 3: Dadansoddiad fesul grŵp cydraddoldeb');
    expect(vm!.sections[2]!.items[0]!.label).toBe('Oedran');
    expect(vm!.sections[2]!.items[0]!.descriptor).toBe('yn cynnwys plant, pobl ifanc a phobl hŷn');
    expect(vm!.sections[1]!.intro[0]).toMatch(/^Ni ddylai diffyg data atal AEC trylwyr/);
    expect(vm!.footer).toEqual({ status: 'Statws: Drafft', exported: 'Allforiwyd 5 Ionawr 2026' });
    expect(vm!.furniture.draftMark).toBe('DRAFFT');
    expect(pageOf(vm!.furniture.pageOf, 2, 5)).toBe('Tudalen 2 o 5');
    expect(vm!.cover.details.map((d) => d.label)).toContain('Pwyllgor');
  });

  it('says an empty answer is not answered, in the words the app uses (English and Welsh)', () => {
    const empty = buildExampleAssessment({ answers: {} });
    const [en] = buildAppendixViewModels(empty, options);
    const [cy] = buildAppendixViewModels({ ...empty, language: 'cy' }, options);
    const missing = (vm: typeof en) =>
      new Set(
        vm!.sections.flatMap((s) =>
          s.items.flatMap((i) => (i.answer.kind === 'missing' ? [i.answer.text] : [])),
        ),
      );
    expect(missing(en)).toEqual(new Set(['Not answered', 'Not yet agreed']));
    expect(missing(cy)).toEqual(new Set(['Heb ei ateb', 'Heb ei gytuno eto']));
  });

  it('prints what Publication details chose, and the command line’s choice over both', () => {
    const both = buildExampleAssessment({
      language: 'cy',
      publication: { ...buildExampleAssessment().publication, appendixLanguage: 'both' },
    });
    expect(buildAppendixViewModels(both, options).map((vm) => vm.language)).toEqual(['en', 'cy']);
    expect(buildAppendixViewModels(both, { ...options, language: 'cy' }).map((vm) => vm.language)).toEqual([
      'cy',
    ]);
    expect(
      buildAppendixViewModels(buildExampleAssessment(), { ...options, language: 'both' }).map(
        (vm) => vm.language,
      ),
    ).toEqual(['en', 'cy']);
  });

  it('prints an English-only template in English whatever is asked', () => {
    const assessment = buildExampleAssessment({ language: 'cy' });
    expect(appendixLanguages(assessment, ['en'])).toEqual(['en']);
    expect(appendixLanguages(assessment, ['en'], 'both')).toEqual(['en']);
    expect(appendixLanguages(assessment, ['cy'], 'en')).toEqual(['cy']);
    expect(localiseTemplate(smallTemplate, 'cy').language).toBe('cy');
  });

  it('says what the appendix is printed in, for the task list', () => {
    expect(describeAppendixLanguages(['cy'])).toBe('Welsh');
    expect(describeAppendixLanguages(['en', 'cy'])).toBe('English, then Welsh');
  });

  it('has every fixed word in both languages', () => {
    const keys = (l: 'en' | 'cy') => Object.keys(OUTPUT_STRINGS[l]).sort();
    expect(keys('cy')).toEqual(keys('en'));
    expect(welshLongDate(new Date(2019, 8, 11))).toBe('11 Medi 2019');
  });
});
