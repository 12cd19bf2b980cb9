import { localTextsIn, type LocalText } from '@schemas/local-text.ts';
import { parseTemplateDefinition } from '@schemas/template-parse.ts';
import {
  languageFor,
  localiseTemplate,
  templateDefinitionSchema,
  templateLanguages,
  type TemplateDefinition,
} from '@schemas/template-definition.ts';
import { findTemplate, hcpcEia201810Definition, templateConflict } from '@schemas/templates/index.ts';
import { describe, expect, it } from 'vitest';
import englishHcpc from '../fixtures/template/v2-hcpc-eia-2018-10-en.json' with { type: 'json' };
import { smallTemplate } from '../template-builders.ts';

/** The definition with only its English: the Welsh texts, their review marks and the languages dropped. */
function englishOnly(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) =>
    key === 'cy' || key === 'cyNeedsReview' || key === 'languages' ? undefined : v,
  );
}

/** Every text of smallTemplate with a Welsh version. */
function inWelshToo(definition: TemplateDefinition): TemplateDefinition {
  const copy = structuredClone(definition);
  for (const { text } of localTextsIn(copy)) {
    if (text.en.trim() !== '') (text as LocalText).cy = `${text.en} (cy)`;
  }
  return copy;
}

describe('the HCPC 2018-10 template in Welsh', () => {
  const texts = [...localTextsIn(hcpcEia201810Definition)];

  it('is bilingual and has a Welsh version, marked for review, of every text', () => {
    expect(hcpcEia201810Definition.languages).toEqual(['en', 'cy']);
    expect(texts.length).toBeGreaterThan(100);
    const withoutWelsh = texts.filter(({ text }) => !text.cy?.trim()).map(({ path }) => path.join('.'));
    expect(withoutWelsh).toEqual([]);
    const unmarked = texts
      .filter(({ text }) => text.cyNeedsReview !== true)
      .map(({ path }) => path.join('.'));
    expect(unmarked).toEqual([]);
    expect(templateDefinitionSchema.safeParse(hcpcEia201810Definition).success).toBe(true);
  });

  it('keeps its English wording exactly as frozen before the Welsh was added', () => {
    expect(englishOnly(hcpcEia201810Definition)).toEqual(englishHcpc);
  });

  it('reads in Welsh with the Welsh terms public bodies use', () => {
    const cy = localiseTemplate(hcpcEia201810Definition, 'cy');
    expect(cy.language).toBe('cy');
    expect(cy.sections[2]!.questions[0]!.label).toBe('Oedran');
    expect(cy.sections[5]!.questions[1]!.heading).toBe('Dyletswydd Cydraddoldeb y Sector Cyhoeddus');
    expect(cy.title).toMatch(/^Asesiad Effaith Cydraddoldeb/);
    expect(JSON.stringify(cy)).toContain('nodweddion gwarchodedig');
    expect(findTemplate('hcpc-eia', '2018-10', 'cy')!.sections[0]!.title).toBe(
      'Trosolwg o’r prosiect / polisi',
    );
  });

  it('is still the same version as the English-only definition that older files carry', () => {
    expect(templateConflict(templateDefinitionSchema.parse(englishHcpc))).toBeNull();
    const changed = structuredClone(englishHcpc) as { title: { en: string } };
    changed.title.en = 'Another title';
    expect(templateConflict(templateDefinitionSchema.parse(changed))).toMatch(/different content/);
  });
});

describe('the languages of a template', () => {
  it('reads a template that does not say as English only, and an assessment on it as English', () => {
    expect(smallTemplate.languages).toBeUndefined();
    expect(templateLanguages(smallTemplate)).toEqual(['en']);
    expect(languageFor(smallTemplate, 'cy')).toBe('en');
    expect(languageFor(hcpcEia201810Definition, 'cy')).toBe('cy');
    expect(languageFor({ languages: ['cy'] }, 'en')).toBe('cy');
  });

  it('accepts a bilingual template with both languages for every text', () => {
    const bilingual = { ...inWelshToo(smallTemplate), languages: ['en', 'cy'] as const };
    expect(templateDefinitionSchema.safeParse(bilingual).success).toBe(true);
  });

  it('refuses a bilingual template with a text lacking Welsh, naming the first such text', () => {
    const bilingual = { ...inWelshToo(smallTemplate), languages: ['en', 'cy'] as Array<'en' | 'cy'> };
    const firstQuestion = bilingual.sections[0]!.questions[0]!;
    delete (firstQuestion.label as LocalText).cy;
    delete (bilingual.title as LocalText).cy;
    const result = parseTemplateDefinition(bilingual, 'The file');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      `The file at title: The template is bilingual, but the text "${smallTemplate.title.en}" has no Welsh version (and 1 more): add it, or publish the template in fewer languages.`,
    ]);
  });

  it('refuses a Welsh-only template with a text lacking Welsh, and accepts one written only in Welsh', () => {
    const welshOnly = { ...smallTemplate, languages: ['cy'] as Array<'en' | 'cy'> };
    const refused = parseTemplateDefinition(welshOnly, 'The file');
    expect(refused.ok).toBe(false);
    if (!refused.ok)
      expect(refused.problems[0]).toMatch(/is published in Welsh, but the text ".+" has no Welsh version/);

    const written = structuredClone(welshOnly);
    for (const { text } of localTextsIn(written)) {
      (text as LocalText).cy = `${text.en} (cy)`;
      (text as LocalText).en = '';
    }
    expect(parseTemplateDefinition(written, 'The file').ok).toBe(true);
    expect(localiseTemplate(templateDefinitionSchema.parse(written), 'cy').title).toBe(
      `${smallTemplate.title.en} (cy)`,
    );
  });

  it('refuses an English template with a text that has only Welsh, and a language given twice', () => {
    const english = structuredClone(smallTemplate);
    english.sections[0]!.title = { en: '', cy: 'Am y newid' };
    expect(parseTemplateDefinition(english, 'The file').ok).toBe(false);
    const twice = { ...smallTemplate, languages: ['en', 'en'] };
    const result = parseTemplateDefinition(twice, 'The file');
    expect(result.ok ? [] : result.problems).toEqual(['The file at languages: Give each language once.']);
  });
});
