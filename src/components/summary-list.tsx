import { type ReactNode } from 'react';
import { Link } from 'wouter';

export type SummaryListAction = {
  href: string;
  text: string;
  /** Read out after the visible text, e.g. the question, so that every "Change" link is distinct. */
  visuallyHiddenText: ReactNode;
};

export type SummaryListRow = { id: string; key: ReactNode; value: ReactNode; actions?: SummaryListAction[] };

/** GOV.UK summary list: one row per answer, with optional actions such as "Change". */
export function SummaryList({ rows }: { rows: SummaryListRow[] }) {
  const anyActions = rows.some((row) => row.actions && row.actions.length > 0);
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => {
        const actions = row.actions ?? [];
        return (
          <div
            key={row.id}
            className={
              anyActions && actions.length === 0
                ? 'govuk-summary-list__row govuk-summary-list__row--no-actions'
                : 'govuk-summary-list__row'
            }
          >
            <dt className="govuk-summary-list__key">{row.key}</dt>
            <dd className="govuk-summary-list__value">{row.value}</dd>
            {actions.length > 0 && (
              <dd className="govuk-summary-list__actions">
                {actions.length === 1 ? (
                  <ActionLink action={actions[0]!} />
                ) : (
                  <ul className="govuk-summary-list__actions-list">
                    {actions.map((action) => (
                      <li key={action.href} className="govuk-summary-list__actions-list-item">
                        <ActionLink action={action} />
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            )}
          </div>
        );
      })}
    </dl>
  );
}

function ActionLink({ action }: { action: SummaryListAction }) {
  return (
    <Link href={action.href} className="govuk-link">
      {action.text}
      <span className="govuk-visually-hidden"> {action.visuallyHiddenText}</span>
    </Link>
  );
}
