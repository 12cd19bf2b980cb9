import { type ReactNode } from 'react';
import { Link } from 'wouter';

export type TaskListItem = {
  id: string;
  title: ReactNode;
  /** Route of the task; without it the title is plain text (a task that cannot be started). */
  href?: string;
  hint?: ReactNode;
  /** The status: plain text ("Completed") or a <strong class="govuk-tag …">. */
  status: ReactNode;
  /** Extra content under the title, e.g. counts of findings. */
  extra?: ReactNode;
};

/** GOV.UK task list ("complete multiple tasks" pattern). */
export function TaskList({ items, idPrefix = 'task-list' }: { items: TaskListItem[]; idPrefix?: string }) {
  return (
    <ul className="govuk-task-list">
      {items.map((item) => {
        const hintId = `${idPrefix}-${item.id}-hint`;
        const statusId = `${idPrefix}-${item.id}-status`;
        return (
          <li
            key={item.id}
            className={
              item.href ? 'govuk-task-list__item govuk-task-list__item--with-link' : 'govuk-task-list__item'
            }
          >
            <div className="govuk-task-list__name-and-hint">
              {item.href ? (
                <Link
                  href={item.href}
                  className="govuk-link govuk-task-list__link"
                  aria-describedby={item.hint ? `${hintId} ${statusId}` : statusId}
                >
                  {item.title}
                </Link>
              ) : (
                <div>{item.title}</div>
              )}
              {item.hint && (
                <div id={hintId} className="govuk-task-list__hint">
                  {item.hint}
                </div>
              )}
              {item.extra}
            </div>
            <div className="govuk-task-list__status" id={statusId}>
              {item.status}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
