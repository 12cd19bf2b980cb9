import { describe, expect, it } from 'vitest';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { describeChange, templateChanges } from '@/domain/designer/template-changes.ts';
import { smallTemplate } from '../../template-builders.ts';

describe('templateChanges (the change list between two versions)', () => {
  it('is empty for the same template', () => {
    expect(templateChanges(smallTemplate, structuredClone(smallTemplate))).toEqual([]);
  });

  it('lists questions added, removed, reworded and whose kind changed', () => {
    const [name, owner, carers] = smallTemplate.sections[0]!.questions;
    const next: TemplateDefinition = {
      ...smallTemplate,
      version: '2',
      sections: [
        {
          ...smallTemplate.sections[0]!,
          questions: [
            { ...name!, label: { en: 'Title of the change' } },
            { ...owner!, kind: 'textarea' },
            carers!,
            {
              id: 'socioEconomic',
              kind: 'textarea',
              label: { en: 'Socio-economic disadvantage' },
              required: false,
            },
          ],
        },
      ],
    };
    const lines = templateChanges(smallTemplate, next).map(describeChange);
    expect(lines).toEqual([
      'Reworded “Name of the change” as “Title of the change”',
      '“Who owns it” changed from text to textarea: every answer already given is converted, with nothing lost',
      'Added “Socio-economic disadvantage” (section 1, About the change)',
      'Removed “Disabled people” (section 1, About the change)',
    ]);
  });

  it('lists a question moved to another section, and a changed hint', () => {
    const next: TemplateDefinition = {
      ...smallTemplate,
      sections: [
        { ...smallTemplate.sections[0]!, questions: smallTemplate.sections[0]!.questions.slice(0, 3) },
        {
          id: 'more',
          number: 2,
          title: { en: 'More' },
          guidance: [],
          questions: [{ ...smallTemplate.sections[0]!.questions[3]!, hint: { en: 'A hint' } }],
        },
      ],
    };
    expect(templateChanges(smallTemplate, next).map(describeChange)).toEqual([
      'Changed the hint of “Disabled people”',
      'Moved “Disabled people” from section 1, About the change to section 2, More',
    ]);
  });
});
