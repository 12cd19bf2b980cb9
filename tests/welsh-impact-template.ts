import type { QuestionDefinition, TemplateDefinition } from '@schemas/template-definition.ts';
import { hcpcEia201810Definition } from '@schemas/templates/index.ts';

/** A bilingual template (the HCPC form's words) whose "Age" group is rated per group. */
export const welshImpactTemplate: TemplateDefinition = {
  ...hcpcEia201810Definition,
  id: 'acme-welsh-impact',
  version: '1',
  sections: hcpcEia201810Definition.sections.map((section) => ({
    ...section,
    questions: section.questions.map((q): QuestionDefinition => {
      if (q.id !== 'age') return q;
      return {
        id: q.id,
        kind: 'impact',
        role: 'equality-group',
        label: q.label,
        ...(q.descriptor ? { descriptor: q.descriptor } : {}),
        required: true,
      };
    }),
  })),
};
