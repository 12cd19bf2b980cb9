import { en } from '@schemas/local-text.ts';
import type { TemplateDefinition } from '@schemas/template-definition.ts';
import { smallTemplate } from './template-builders.ts';

/** The small test template with a section of `impact` questions (two groups) and an action plan `table`. */
export const impactTableTemplate: TemplateDefinition = {
  ...smallTemplate,
  id: 'acme-impact',
  sections: [
    ...smallTemplate.sections,
    {
      id: 'impact',
      number: 2,
      title: en('Impact and actions'),
      guidance: [],
      questions: [
        {
          id: 'olderPeople',
          kind: 'impact',
          role: 'equality-group',
          label: en('Older people'),
          descriptor: en('people aged 65 and over'),
          required: true,
        },
        {
          id: 'youngPeople',
          kind: 'impact',
          role: 'equality-group',
          label: en('Young people'),
          whyLabel: en('Why? Describe the impact'),
          mitigationLabel: en('How will you reduce the harm?'),
          required: false,
        },
        {
          id: 'actions',
          kind: 'table',
          role: 'action-plan',
          label: en('Action plan'),
          hint: en('One row for each action.'),
          required: true,
          rowName: en('action'),
          maxRows: 3,
          columns: [
            { id: 'action', label: en('Action'), kind: 'text', required: true },
            { id: 'owner', label: en('Owner'), kind: 'text' },
            { id: 'due', label: en('Due date'), kind: 'date', required: true },
            {
              id: 'status',
              label: en('Status'),
              kind: 'choice',
              options: [
                { value: 'open', label: en('Open') },
                { value: 'done', label: en('Done') },
              ],
            },
          ],
        },
      ],
    },
  ],
};
