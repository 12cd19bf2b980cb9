import { en } from '@schemas/local-text.ts';
import type { TemplateDefinition } from '@schemas/template-definition.ts';

/** A small template on which nothing is HCPC: other ids, other words, roles where rules need them. */
export const smallTemplate: TemplateDefinition = {
  schemaVersion: 2,
  id: 'acme-eia',
  version: '1',
  title: en('Acme equality screening (EIA)'),
  shortTitle: en('Acme equality screening'),
  introGuidance: [],
  sections: [
    {
      id: 'about',
      number: 1,
      title: en('About the change'),
      guidance: [{ text: en('Printed under the heading.'), printed: true }],
      questions: [
        { id: 'name', kind: 'text', role: 'title', label: en('Name of the change'), required: true },
        { id: 'owner', kind: 'text', role: 'assessor', label: en('Who owns it'), required: true },
        { id: 'carers', kind: 'textarea', role: 'equality-group', label: en('Carers'), required: true },
        {
          id: 'disabled',
          kind: 'textarea',
          role: 'equality-group',
          label: en('Disabled people'),
          required: false,
        },
      ],
    },
  ],
  about: { title: en('About'), blocks: [] },
  notice: en(''),
  footnotes: [],
};
