import { useEffect, useRef, type MouseEvent } from 'react';
import { Link } from 'wouter';
import { focusField } from './focus-field.ts';

export type ErrorSummaryItem = {
  message: string;
  /** Id of the field the link focuses. */
  targetId: string;
  /** A route that shows the field, used when the link is opened in a new tab. */
  href?: string;
};

/**
 * GOV.UK error summary ("There is a problem"). It takes focus whenever it shows a new list of
 * errors, so screen readers announce it; each link moves focus to its field without changing route.
 */
export function ErrorSummary({
  items,
  title = 'There is a problem',
}: {
  items: ErrorSummaryItem[];
  title?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [items]);
  if (items.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {items.map((item) => (
              <li key={`${item.targetId}:${item.message}`}>
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
