import { useEffect, useRef, type MouseEvent, type ReactNode } from 'react';
import { Link } from 'wouter';
import { focusField } from './focus-field.ts';
import { useT } from '@/components/i18n/use-locale.ts';

export type ErrorSummaryItem = {
  /** The message; a node when parts of it carry their own language (ProblemMessage). */
  message: ReactNode;
  /** Id of the field the link focuses. */
  targetId: string;
  /** A route that shows the field, used when the link is opened in a new tab. */
  href?: string;
};

/**
 * GOV.UK error summary ("There is a problem"). It takes focus whenever it shows a new list of
 * errors (or, with `focusKey`, at each new attempt), so screen readers announce it; each link moves focus to its field without changing route.
 */
export function ErrorSummary({
  items,
  title,
  focusKey,
}: {
  items: ErrorSummaryItem[];
  title?: string;
  /**
   * When given, the summary takes focus only when this changes (each attempt to submit), not when the list
   * shrinks as the user fixes fields: focus then stays in the field being typed in.
   */
  focusKey?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const t = useT();
  const trigger = focusKey ?? items;
  useEffect(() => {
    ref.current?.focus();
  }, [trigger]);
  if (items.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title ?? t('errorSummary.title')}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {items.map((item, index) => (
              <li key={`${item.targetId}:${typeof item.message === 'string' ? item.message : index}`}>
                {item.href ? (
                  <Link href={item.href} onClick={(event) => followToField(event, item.targetId)}>
                    {item.message}
                  </Link>
                ) : (
                  <a href={`#${item.targetId}`} onClick={(event) => followToField(event, item.targetId)}>
                    {item.message}
                  </a>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

function followToField(event: MouseEvent, targetId: string) {
  if (focusField(targetId)) event.preventDefault();
}
