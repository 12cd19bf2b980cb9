import { useT } from '@/components/i18n/use-locale.ts';
import { LocalTextField } from '@/features/templates/local-text-field.tsx';
import type { LocalText } from '@schemas/local-text.ts';
import type { KindEditorProps } from './index.ts';

type ImpactText = 'whyLabel' | 'whyHint' | 'mitigationLabel' | 'mitigationHint';

/** Each text's catalogue ids (`designer.impact.<x>Label`, `…Name`, `…Hint`) and its field id. */
const FIELDS: Array<{ field: ImpactText; key: string; id: string }> = [
  { field: 'whyLabel', key: 'why', id: 'why-label' },
  { field: 'whyHint', key: 'whyHint', id: 'why-hint' },
  { field: 'mitigationLabel', key: 'mitigation', id: 'mitigation-label' },
  { field: 'mitigationHint', key: 'mitigationHint', id: 'mitigation-hint' },
];

/**
 * An impact question's own wording: the "why" question asked after the rating and the mitigation
 * question asked when the impact is negative, each with a hint (the ratings themselves are fixed:
 * positive, negative, neutral, not known). Left empty, the form asks the usual questions (shown in the
 * hints in the interface language: the form words them in the assessment's).
 */
export function ImpactEditor({ question, idPrefix, edit, endTyping, welsh }: KindEditorProps) {
  const t = useT();
  const q = question as unknown as Record<ImpactText, LocalText | undefined> & { id: string };
  const hints: Record<string, string> = {
    why: t('designer.impact.whyHint', { default: t('impact.why') }),
    whyHint: t('designer.impact.hintHint'),
    mitigation: t('designer.impact.mitigationHint', { default: t('impact.mitigation') }),
    mitigationHint: t('designer.impact.hintHint'),
  };
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-4">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
        {t('designer.impact.legend')}
      </legend>
      {FIELDS.map(({ field, key, id }) => (
        <LocalTextField
          key={field}
          id={`${idPrefix}-${id}`}
          label={t(`designer.impact.${key}Label`)}
          name={t(`designer.impact.${key}Name`)}
          hint={hints[key]}
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
