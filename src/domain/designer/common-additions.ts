import { bi, type LocalText } from '@schemas/local-text.ts';
import type { QuestionDefinition, TemplateDefinition } from '@schemas/template-definition.ts';

/**
 * A starting point close to what most EDI managers add to the HCPC form: an impact rating per equality
 * group (positive / negative / neutral / not known, with why and, when negative, what will be done),
 * "Carers" and "Socio-economic disadvantage" as groups of their own, and the action plan as a table with
 * an owner and a due date for each action. Pure: returns a new definition in the source's languages; the
 * new texts carry a Welsh version marked as needing review (for a Welsh speaker to check in the designer).
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
          bi('Carers', 'Gofalwyr'),
          bi(
            'People who look after a family member, partner or friend without being paid',
            'Pobl sy’n gofalu am aelod o’r teulu, partner neu ffrind heb gael eu talu',
          ),
        ),
        group(
          'socioEconomic',
          bi('Socio-economic disadvantage', 'Anfantais economaidd-gymdeithasol'),
          bi(
            'For example low income, no qualifications or poor housing',
            'Er enghraifft incwm isel, dim cymwysterau neu dai gwael',
          ),
        ),
      ].filter((q) => !used.has(q.id));
      questions = [...questions.slice(0, at), ...added, ...questions.slice(at)];
    }
    return { ...section, questions };
  });
  return { ...source, sections };
}

/** What every kind of question has (its wording, whether it must be answered, its role): kept on a change of kind. */
const COMMON_KEYS: ReadonlySet<string> = new Set([
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
]);

function commonFields(q: QuestionDefinition): Record<string, unknown> {
  return Object.fromEntries(Object.entries(q).filter(([key]) => COMMON_KEYS.has(key)));
}

function asImpact(q: QuestionDefinition): QuestionDefinition {
  return { ...commonFields(q), kind: 'impact' } as unknown as QuestionDefinition;
}

function asActionTable(q: QuestionDefinition): QuestionDefinition {
  return {
    ...commonFields(q),
    kind: 'table',
    rowName: bi('action', 'cam gweithredu'),
    columns: [
      { id: 'action', label: bi('Action', 'Cam gweithredu'), kind: 'text', required: true, maxLength: 2000 },
      { id: 'owner', label: bi('Owner', 'Perchennog'), kind: 'text', maxLength: 200 },
      { id: 'dueDate', label: bi('Due date', 'Dyddiad cwblhau'), kind: 'date' },
      {
        id: 'status',
        label: bi('Status', 'Statws'),
        kind: 'choice',
        options: [
          { value: 'not-started', label: bi('Not started', 'Heb ddechrau') },
          { value: 'in-progress', label: bi('In progress', 'Ar y gweill') },
          { value: 'done', label: bi('Done', 'Wedi’i wneud') },
        ],
      },
    ],
  } as unknown as QuestionDefinition;
}

function group(id: string, label: LocalText, descriptor: LocalText): QuestionDefinition {
  return {
    id,
    kind: 'impact',
    label,
    descriptor,
    required: true,
    role: 'equality-group',
  } as unknown as QuestionDefinition;
}
