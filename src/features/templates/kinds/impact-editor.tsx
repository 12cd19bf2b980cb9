import { LocalTextField } from '@/features/templates/local-text-field.tsx';
import { DEFAULT_MITIGATION_LABEL, DEFAULT_WHY_LABEL } from '@schemas/kinds/impact/impact-kind.ts';
import type { LocalText } from '@schemas/local-text.ts';
import type { KindEditorProps } from './index.ts';

type ImpactText = 'whyLabel' | 'whyHint' | 'mitigationLabel' | 'mitigationHint';

const FIELDS: Array<{ field: ImpactText; label: string; hint: string }> = [
  {
    field: 'whyLabel',
    label: 'Question asking why (optional)',
    hint: `Asked after the rating. Leave it empty for “${DEFAULT_WHY_LABEL}”`,
  },
  { field: 'whyHint', label: 'Hint for the why question (optional)', hint: 'Shown under it; not printed' },
  {
    field: 'mitigationLabel',
    label: 'Question asking about mitigation (optional)',
    hint: `Asked when the impact is negative. Leave it empty for “${DEFAULT_MITIGATION_LABEL}”`,
  },
  {
    field: 'mitigationHint',
    label: 'Hint for the mitigation question (optional)',
    hint: 'Shown under it; not printed',
  },
];

/**
 * An impact question's own wording: the "why" question asked after the rating and the mitigation
 * question asked when the impact is negative, each with a hint (the ratings themselves are fixed:
 * positive, negative, neutral, not known).
 */
export function ImpactEditor({ question, idPrefix, edit, endTyping, welsh }: KindEditorProps) {
  const q = question as unknown as Record<ImpactText, LocalText | undefined> & { id: string };
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-4">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
        After the rating (positive, negative, neutral or not known)
      </legend>
      {FIELDS.map(({ field, label, hint }) => (
        <LocalTextField
          key={field}
          id={`${idPrefix}-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`}
          label={label}
          name={label.replace(' (optional)', '').toLowerCase()}
          hint={hint}
          text={q[field]}
          welsh={welsh}
          optional
          onChange={({ next, part }) =>
            edit({ [field]: next }, part === 'reviewed' ? undefined : `${field}-${part}:${q.id}`)
          }
          onBlur={endTyping}
        />
      ))}
    </fieldset>
  );
}
