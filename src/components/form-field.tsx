import { type ReactNode } from 'react';
import { limitMessage } from './character-count.tsx';
import { classNames, describedBy } from './class-names.ts';
import { HintAndError } from './hint-and-error.tsx';
import { useInterfaceLang } from '@/components/i18n/use-locale.ts';

export type FieldCount = {
  maxLength: number;
  /** The live count (a <CharacterCount> fed with the field's length). Without it the limit shows as a hint. */
  live?: ReactNode;
};

export type FormFieldProps = {
  id: string;
  label: ReactNode;
  /** GOV.UK label size, e.g. 'govuk-label--m'. */
  labelClassName?: string;
  hint?: ReactNode;
  /** Shown between the hint and the field, e.g. a <GuidanceDetails> block. */
  details?: ReactNode;
  error?: ReactNode;
  count?: FieldCount;
  /** The control itself, which must carry `id` and `fieldDescribedBy(...)`. */
  children: ReactNode;
};

/** The ids a field is described by, in GOV.UK order: hint, error, character limit. */
export function fieldDescribedBy(
  id: string,
  parts: { hint?: ReactNode; error?: ReactNode; count?: FieldCount },
): string | undefined {
  return describedBy(
    parts.hint ? `${id}-hint` : false,
    parts.error ? `${id}-error` : false,
    parts.count ? `${id}-info` : false,
  );
}

/**
 * The GOV.UK form group around one text field: label, hint, optional details, inline error, the
 * control, and the character count when the field has a limit.
 */
export function FormField({
  id,
  label,
  labelClassName,
  hint,
  details,
  error,
  count,
  children,
}: FormFieldProps) {
  // The limit's wording ("You can enter up to …") follows the interface language, and carries its `lang`.
  const lang = useInterfaceLang();
  return (
    <div
      className={classNames(
        'govuk-form-group',
        Boolean(error) && 'govuk-form-group--error',
        count && 'govuk-character-count',
      )}
    >
      <label className={classNames('govuk-label', labelClassName)} htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} details={details} error={error} />
      {children}
      {count && (
        <>
          <div
            id={`${id}-info`}
            className={classNames(
              'govuk-hint govuk-character-count__message',
              count.live !== undefined && 'govuk-visually-hidden',
            )}
            lang={lang}
          >
            {limitMessage(count.maxLength)}
          </div>
          {count.live}
        </>
      )}
    </div>
  );
}
