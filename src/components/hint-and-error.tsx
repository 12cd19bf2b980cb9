import { type ReactNode } from 'react';
import { useT } from '@/components/i18n/use-locale.ts';

/**
 * What sits between a field's label (or legend) and its control, GOV.UK order: hint, details, inline
 * error. Ids are `${id}-hint` and `${id}-error`, as fieldDescribedBy names them.
 */
export function HintAndError({
  id,
  hint,
  details,
  error,
}: {
  id: string;
  hint?: ReactNode;
  details?: ReactNode;
  error?: string;
}) {
  const t = useT();
  return (
    <>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {details}
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">{t('common.errorPrefix')}</span> {error}
        </p>
      )}
    </>
  );
}
