import { LinkButton } from './link-button.tsx';
import { useT } from '@/components/i18n/use-locale.ts';

/**
 * GOV.UK pagination (Previous, page numbers, Next) for a list shown a page at a time. Pages are buttons
 * styled as links, because the list's state is not in the address.
 */
export function Pagination({
  page,
  pageCount,
  onPage,
  label,
}: {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
  label?: string;
}) {
  const t = useT();
  if (pageCount <= 1) return null;
  const numbers = pageNumbers(page, pageCount);
  return (
    <nav className="govuk-pagination" aria-label={label ?? t('pagination.label')}>
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <LinkButton className="govuk-pagination__link" onClick={() => onPage(page - 1)}>
            <span className="govuk-pagination__link-title">
              {t('pagination.previous')}{' '}
              <span className="govuk-visually-hidden">{t('pagination.pageHidden')}</span>
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
                aria-label={t('pagination.page', { n })}
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
              {t('pagination.next')}{' '}
              <span className="govuk-visually-hidden">{t('pagination.pageHidden')}</span>
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
