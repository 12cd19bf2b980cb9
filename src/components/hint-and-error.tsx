import { type ReactNode } from 'react';

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
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
    </>
  );
}
