import { en } from '@schemas/local-text.ts';
import type { QuestionDefinition, TemplateDefinition } from '@schemas/template-definition.ts';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';

/**
 * A later version of the HCPC template built from the kinds that exist today (text, textarea, date, yes-no,
 * choice, choices), for the version-move tests: a "Carers" group added to section 3, "Have you engaged
 * stakeholders" asked as yes / no with a follow-up, and the Welsh Language Scheme question replaced by the
 * Welsh Language Standards' policy-making questions.
 */
const carers: QuestionDefinition = {
  id: 'carers',
  kind: 'textarea',
  role: 'equality-group',
  label: en('Carers'),
  required: true,
};

export const hcpcNextVersion: TemplateDefinition = {
  ...hcpcEia201810Definition,
  version: '2026-01',
  // Published in English only: its new questions have no Welsh yet.
  languages: ['en'],
  // The Welsh Language Scheme question is gone, and with it its footnote.
  footnotes: hcpcEia201810Definition.footnotes.filter((f) => f.questionId !== 'welshLanguage'),
  sections: hcpcEia201810Definition.sections.map((section) => {
    if (section.id === 'evidence') {
      return {
        ...section,
        questions: section.questions.map((q) =>
          q.id === 'stakeholdersEngaged'
            ? {
                id: q.id,
                kind: 'yes-no' as const,
                role: 'engagement' as const,
                label: q.label,
                required: true,
                followUp: { label: en('Who did you engage, and what did they say?'), required: true },
              }
            : q,
        ),
      };
    }
    if (section.id === 'analysis') return { ...section, questions: [...section.questions, carers] };
    if (section.id === 'welsh-language') {
      return {
        ...section,
        title: en('Welsh Language Standards'),
        questions: [
          {
            id: 'welshOpportunities',
            kind: 'textarea',
            role: 'welsh-language',
            label: en('What effects will the policy have on opportunities for people to use Welsh?'),
            required: true,
          },
          {
            id: 'welshNoLessFavourable',
            kind: 'textarea',
            label: en('What effects will it have on treating Welsh no less favourably than English?'),
            required: true,
          },
        ],
      };
    }
    return section;
  }),
};
