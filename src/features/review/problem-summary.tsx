import { useEffect, useRef } from 'react';
import { Link } from 'wouter';

export type ProblemLink =
  /** A control on this page: focused on click (with hash routing an href="#id" would change the route). */
  | { text: string; targetId: string }
  /** A question elsewhere in the app (a route path). */
  | { text: string; path: string };

/**
 * GOV.UK error summary: "There is a problem", focused when it appears so screen readers announce it,
 * each problem a link to where it can be fixed.
 */
export function ProblemSummary({ intro, problems }: { intro?: string; problems: readonly ProblemLink[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = problems.map((p) => p.text).join('|') + (intro ?? '');
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" ref={ref} tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          {intro && <p className="govuk-body">{intro}</p>}
          {problems.length > 0 && (
            <ul className="govuk-list govuk-error-summary__list">
              {problems.map((p) => (
                <li key={p.text + ('path' in p ? p.path : p.targetId)}>
                  {'path' in p ? (
                    <Link href={p.path}>{p.text}</Link>
                  ) : (
                    <a
                      href={`#${p.targetId}`}
                      onClick={(event) => {
                        event.preventDefault();
                        document.getElementById(p.targetId)?.focus();
                      }}
                    >
                      {p.text}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
