import { LinkButton } from './link-button.tsx';

/**
 * GOV.UK pagination (Previous, page numbers, Next) for a list shown a page at a time. Pages are buttons
 * styled as links, because the list's state is not in the address.
 */
export function Pagination({
  page,
  pageCount,
  onPage,
  label = 'Pages',
}: {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  label?: string;
}) {
  if (pageCount <= 1) return null;
  const numbers = pageNumbers(page, pageCount);
  return (
    <nav className="govuk-pagination" aria-label={label}>
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <LinkButton className="govuk-pagination__link" onClick={() => onPage(page - 1)}>
            <span className="govuk-pagination__link-title">
              Previous <span className="govuk-visually-hidden">page</span>
            </span>
          </LinkButton>
        </div>
      )}
      <ul className="govuk-pagination__list">
        {numbers.map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} className="govuk-pagination__item govuk-pagination__item--ellipses">
              &ctdot;
            </li>
          ) : (
            <li
              key={n}
              className={`govuk-pagination__item${n === page ? ' govuk-pagination__item--current' : ''}`}
            >
              <LinkButton
                className="govuk-pagination__link"
                aria-label={`Page ${n}`}
                aria-current={n === page ? 'page' : undefined}
                onClick={() => onPage(n)}
              >
                {n}
              </LinkButton>
            </li>
          ),
        )}
      </ul>
      {page < pageCount && (
        <div className="govuk-pagination__next">
          <LinkButton className="govuk-pagination__link" onClick={() => onPage(page + 1)}>
            <span className="govuk-pagination__link-title">
              Next <span className="govuk-visually-hidden">page</span>
            </span>
          </LinkButton>
        </div>
      )}
    </nav>
  );
}

/** 1 … 4 5 6 … 20: the first, last, current and its neighbours. */
export function pageNumbers(page: number, pageCount: number): Array<number | null> {
  const wanted = new Set([1, pageCount, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  sorted.forEach((n, i) => {
    if (i > 0 && n - sorted[i - 1]! > 1) out.push(null);
    out.push(n);
  });
  return out;
}
