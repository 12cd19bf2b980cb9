import { en } from '@schemas/local-text.ts';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { smallTemplate } from './template-builders.ts';

/** The small test template with a section of yes / no, choice (radios) and choices (checkboxes) questions. */
export const optionKindsTemplate: TemplateDefinition = {
  ...smallTemplate,
  id: 'acme-options',
  sections: [
    ...smallTemplate.sections,
    {
      id: 'reach',
      number: 2,
      title: en('Who the change reaches'),
      guidance: [],
      questions: [
        {
          id: 'consulted',
          kind: 'yes-no',
          label: en('Have you consulted staff networks?'),
          hint: en('For example the disability network.'),
          required: true,
          followUp: { label: en('If yes, which networks and what did they say?'), required: true },
          followUpWhen: 'yes',
        },
        {
          id: 'scope',
          kind: 'choice',
          label: en('The scope of the change'),
          required: true,
          options: [
            { value: 'staff', label: en('Staff only'), hint: en('People we employ.') },
            { value: 'public', label: en('The public') },
            { value: 'both', label: en('Staff and the public') },
          ],
        },
        {
          id: 'channels',
          kind: 'choices',
          label: en('The channels it uses'),
          required: true,
          options: [
            { value: 'web', label: en('Website') },
            { value: 'phone', label: en('Telephone') },
            { value: 'letter', label: en('Letters') },
          ],
        },
      ],
    },
  ],
};
