import type { QuestionDefinition, TemplateDefinition } from '@schemas/template-definition.ts';

/**
 * A starting point close to what most EDI managers add to the HCPC form: an impact rating per equality
 * group (positive / negative / neutral / not known, with why and, when negative, what will be done),
 * "Carers" and "Socio-economic disadvantage" as groups of their own, and the action plan as a table with
 * an owner and a due date for each action. Pure: returns a new definition (published in English only, as
 * the new texts have no Welsh yet; the Welsh of every existing text is kept).
 */
export function withCommonAdditions(source: TemplateDefinition): TemplateDefinition {
  const groupsAt = source.sections.findIndex((s) => s.questions.some((q) => q.role === 'equality-group'));
  const sections = source.sections.map((section, index) => {
    let questions = section.questions.map((q): QuestionDefinition => {
      if (q.role === 'equality-group') return asImpact(q);
      if (q.role === 'action-plan') return asActionTable(q);
      return q;
    });
    if (index === groupsAt) {
      const otherAt = questions.findIndex((q) => q.id === 'otherGroups');
      const at = otherAt < 0 ? questions.length : otherAt;
      const used = new Set(source.sections.flatMap((s) => s.questions.map((q) => q.id)));
      const added = [
        group(
          'carers',
          'Carers',
          'People who look after a family member, partner or friend without being paid',
        ),
        group(
          'socioEconomic',
          'Socio-economic disadvantage',
          'For example low income, no qualifications or poor housing',
        ),
      ].filter((q) => !used.has(q.id));
      questions = [...questions.slice(0, at), ...added, ...questions.slice(at)];
    }
    return { ...section, questions };
  });
  return { ...source, languages: ['en'], sections };
}

function asImpact(q: QuestionDefinition): QuestionDefinition {
  const { maxLength: _maxLength, ...base } = q as QuestionDefinition & { maxLength?: number };
  void _maxLength;
  const common = Object.fromEntries(
    Object.entries(base).filter(([key]) =>
      [
        'id',
        'label',
        'descriptor',
        'hint',
        'guidance',
        'heading',
        'headingGuidance',
        'required',
        'requiredMessage',
        'role',
      ].includes(key),
    ),
  );
  return { ...common, kind: 'impact' } as unknown as QuestionDefinition;
}

function asActionTable(q: QuestionDefinition): QuestionDefinition {
  const common = Object.fromEntries(
    Object.entries(q).filter(([key]) =>
      [
        'id',
        'label',
        'descriptor',
        'hint',
        'guidance',
        'heading',
        'headingGuidance',
        'required',
        'requiredMessage',
        'role',
      ].includes(key),
    ),
  );
  return {
    ...common,
    kind: 'table',
    rowName: { en: 'action' },
    columns: [
      { id: 'action', label: { en: 'Action' }, kind: 'text', required: true, maxLength: 2000 },
      { id: 'owner', label: { en: 'Owner' }, kind: 'text', maxLength: 200 },
      { id: 'dueDate', label: { en: 'Due date' }, kind: 'date' },
      {
        id: 'status',
        label: { en: 'Status' },
        kind: 'choice',
        options: [
          { value: 'not-started', label: { en: 'Not started' } },
          { value: 'in-progress', label: { en: 'In progress' } },
          { value: 'done', label: { en: 'Done' } },
        ],
      },
    ],
  } as unknown as QuestionDefinition;
}

function group(id: string, label: string, descriptor: string): QuestionDefinition {
  return {
    id,
    kind: 'impact',
    label: { en: label },
    descriptor: { en: descriptor },
    required: true,
    role: 'equality-group',
  } as unknown as QuestionDefinition;
}
