import { describe, expect, it } from 'vitest';
import type { QuestionDefinition, TemplateDefinition } from '@schemas/template-definition.ts';
import { templateDefinitionSchema } from '@schemas/template-definition.ts';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';
import { withCommonAdditions } from '@/domain/designer/common-additions.ts';
import { copyOfTemplate } from '@/domain/designer/copy-template.ts';
import { draftProblems } from '@/domain/designer/draft-problems.ts';
import { reviewed, welshGaps, withWelsh, withWelshList } from '@/domain/designer/welsh-texts.ts';

const hcpc = structuredClone(hcpcEia201810Definition);
const carers = {
  id: 'carers',
  kind: 'textarea',
  label: { en: 'Carers' },
  required: false,
} as unknown as QuestionDefinition;
const withCarers = (d: TemplateDefinition): TemplateDefinition => ({
  ...d,
  sections: d.sections.map((s) => (s.id === 'analysis' ? { ...s, questions: [...s.questions, carers] } : s)),
});

describe('the Welsh of a text', () => {
  it('is replaced keeping the English and the review mark, and removed when emptied', () => {
    expect(withWelsh({ en: 'Age', cy: 'Oed', cyNeedsReview: true }, 'Oedran')).toEqual({
      en: 'Age',
      cy: 'Oedran',
      cyNeedsReview: true,
    });
    expect(withWelsh({ en: 'Age', cy: 'Oed', cyNeedsReview: true }, '')).toEqual({ en: 'Age' });
    expect(withWelsh(undefined, 'Oedran')).toEqual({ en: '', cy: 'Oedran' });
  });

  it('is marked reviewed', () => {
    expect(reviewed({ en: 'Age', cy: 'Oedran', cyNeedsReview: true })).toEqual({ en: 'Age', cy: 'Oedran' });
  });

  it('of a list is given line by line, in the English order', () => {
    expect(withWelshList([{ en: 'Yes' }, { en: 'No' }], ['Ie', 'Na', 'extra'])).toEqual([
      { en: 'Yes', cy: 'Ie' },
      { en: 'No', cy: 'Na' },
    ]);
  });
});

describe('welshGaps', () => {
  it('lists nothing for a template published in English only', () => {
    expect(welshGaps({ ...withCarers(hcpc), languages: ['en'] })).toEqual({ missing: [], review: [] });
  });

  it('lists a bilingual template’s texts with no Welsh, each with the Welsh field that edits it', () => {
    const copy = copyOfTemplate(hcpc, 'Council EIA', 'council-eia');
    const { missing, review } = welshGaps(withCarers({ ...copy, languages: ['en', 'cy'] }));
    expect(missing.map((p) => [p.where, p.targetId, p.sectionId ?? null])).toEqual([
      ['Title of the form', 'template-title-cy', null],
      ['“Carers”: wording', 'q-carers-label-cy', 'analysis'],
    ]);
    // The same places as codes with values, for the interface's catalogue.
    expect(missing.map((p) => p.place)).toEqual([
      { code: 'formTitle', values: {} },
      { code: 'field', values: { name: 'Carers', field: 'label' } },
    ]);
    // HCPC 2018-10's Welsh is machine-made: every text is listed as needing review.
    expect(review.length).toBeGreaterThan(100);
    expect(review.find((p) => p.targetId === 'q-age-label-cy')).toMatchObject({
      where: '“Age”: wording',
      sectionId: 'analysis',
    });
  });
});

describe('publishing a template in Welsh', () => {
  it('is refused while texts have no Welsh version, saying how to fix it', () => {
    const draft = withCarers({
      ...copyOfTemplate(hcpc, 'Council EIA', 'council-eia'),
      languages: ['en', 'cy'],
    });
    expect(draftProblems(draft)).toEqual([
      {
        code: 'welshMissing',
        values: { count: 2, bilingual: 1 },
        message: '2 texts have no Welsh version: add them, or publish it in English only',
        field: 'welsh',
        targetId: 'template-title-cy',
      },
    ]);
    expect(draftProblems({ ...draft, languages: ['en'] })).toEqual([]);
  });

  it('is possible for a copy with the common additions given a Welsh name: it stays bilingual', () => {
    const named = copyOfTemplate(withCommonAdditions(hcpc), 'Council EIA', 'council-eia', 'AEC y Cyngor');
    expect(named.languages).toEqual(['en', 'cy']);
    expect(named.title).toEqual({ en: 'Council EIA', cy: 'AEC y Cyngor' });
    // Without a Welsh name the copy is published in English only, its Welsh texts kept.
    const english = copyOfTemplate(withCommonAdditions(hcpc), 'Council EIA', 'council-eia');
    expect(english.languages).toEqual(['en']);
    expect(english.sections[0]!.title.cy).toBe(hcpc.sections[0]!.title.cy);
    expect(draftProblems(named)).toEqual([]);
    expect(templateDefinitionSchema.safeParse(named).success).toBe(true);
    // The additions' Welsh is marked for a Welsh speaker to check.
    expect(welshGaps(named).review.map((p) => p.where)).toContain('“Carers”: wording');
  });
});
