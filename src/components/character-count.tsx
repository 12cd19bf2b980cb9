import { useEffect, useState } from 'react';
import { classNames } from './class-names.ts';
import { t } from '@/components/i18n/i18n.ts';
import { useInterfaceLang, useLocale } from '@/components/i18n/use-locale.ts';

/** How long the count must stay unchanged before screen readers are told (GOV.UK waits about 1 s). */
export const COUNT_ANNOUNCE_DELAY_MS = 1000;

/** GOV.UK character count wording: "You have 12 characters remaining" / "You have 1 character too many". */
export function countMessage(length: number, maxLength: number): string {
  const remaining = maxLength - length;
  if (remaining < 0) return t('characterCount.tooMany', { count: -remaining });
  return t('characterCount.remaining', { count: remaining });
}

export function limitMessage(maxLength: number): string {
  return t('characterCount.limit', { count: maxLength });
}

type CharacterCountProps = {
  /** The current number of characters in the field. */
  length: number;
  maxLength: number;
  /** Percentage of the limit at which the count appears; below it the limit is shown instead. */
  threshold?: number;
};

/**
 * The live part of a GOV.UK character count: the visible message (hidden from screen readers, which
 * would otherwise hear it on every keystroke) and a polite live region that is only updated once the
 * user pauses typing. The static "You can enter up to …" text that the field is described by is
 * rendered by the field itself.
 */
export function CharacterCount({ length, maxLength, threshold = 0 }: CharacterCountProps) {
  useLocale();
  // The interface's words, inside a question that may be marked as another language (an English form).
  const lang = useInterfaceLang();
  const over = length > maxLength;
  const shown = threshold === 0 || length >= (maxLength * threshold) / 100;
  const message = shown ? countMessage(length, maxLength) : limitMessage(maxLength);
  const announced = useSettledValue(message, COUNT_ANNOUNCE_DELAY_MS);
  return (
    <>
      <div
        className={classNames(
          'govuk-character-count__message govuk-character-count__status',
          over ? 'govuk-error-message' : 'govuk-hint',
        )}
        aria-hidden="true"
        lang={lang}
      >
        {message}
      </div>
      <div className="govuk-character-count__sr-status govuk-visually-hidden" aria-live="polite" lang={lang}>
        {shown ? announced : ''}
      </div>
    </>
  );
}

/**
 * The value once it has stopped changing for `delay` ms (the first value straight away). No timer
 * runs while the value is the one already settled: setting the same state again would still
 * re-render and commit once after a field's first keystroke (React cannot always skip it), a
 * commit on the typing path for nothing.
 */
function useSettledValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, settled, delay]);
  return settled;
}
