import { type ReactNode } from 'react';
import { useInterfaceLang, useT } from '@/components/i18n/use-locale.ts';

/**
 * What sits between a field's label (or legend) and its control, GOV.UK order: hint, details, inline
 * error. Ids are `${id}-hint` and `${id}-error`, as fieldDescribedBy names them. The error is the
 * interface's words: it carries the interface's `lang`, so inside a template's wording in another language
 * (an English question on a Welsh page) it is not marked as that language; a label quoted in it carries its
 * own (ProblemMessage).
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
  error?: ReactNode;
}) {
  const t = useT();
  const lang = useInterfaceLang();
  return (
    <>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {details}
      {error && (
        <p id={`${id}-error`} className="govuk-error-message" lang={lang}>
          <span className="govuk-visually-hidden">{t('common.errorPrefix')}</span> {error}
        </p>
      )}
    </>
  );
}
