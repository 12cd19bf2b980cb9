import { useState } from 'react';
import { Link } from 'wouter';
import { paths } from '@/components/paths.ts';
import { NotificationBanner } from '@/components/notification-banner.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { AssessmentTitle } from '@/components/i18n/assessment-title.tsx';
import type { Language } from '@schemas/local-text.ts';

export type ImportedRow = { id: string; title: string; language?: Language | undefined; fileName: string };

/** Lists longer than this are collapsed behind "Show the list". */
const SHOWN_OPEN = 5;
/** At most this many titles are drawn when the list is opened; the rest are in the library. */
const LISTED = 200;

/**
 * What an import stored, in a success banner that is not announced as an alert (a polite status says
 * the count once): up to five titles in full; more are collapsed behind "Show the list", which draws the
 * first 200 only when opened.
 */
export function ImportSummary({ rows }: { rows: readonly ImportedRow[] }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const count = rows.length;
  return (
    <>
      <p className="govuk-visually-hidden" role="status">
        {t('import.finished', { count })}
      </p>
      <NotificationBanner
        variant="success"
        title={t('common.success')}
        heading={t('import.imported', { count })}
        announce={false}
        focus
      >
        {count <= SHOWN_OPEN ? (
          <TitleList rows={rows} />
        ) : (
          <details
            className="govuk-details govuk-!-margin-bottom-0"
            onToggle={(e) => setOpen(e.currentTarget.open)}
          >
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">{t('import.showList', { count })}</span>
            </summary>
            <div className="govuk-details__text">
              {open && <TitleList rows={rows.slice(0, LISTED)} />}
              {open && count > LISTED && (
                <p className="govuk-body">{t('import.andMore', { count: count - LISTED })}</p>
              )}
            </div>
          </details>
        )}
      </NotificationBanner>
    </>
  );
}

function TitleList({ rows }: { rows: readonly ImportedRow[] }) {
  const t = useT();
  return (
    <ul className="govuk-list">
      {rows.map((row) => (
        <li key={row.id}>
          <Link href={paths.assessment(row.id)} className="govuk-notification-banner__link">
            <AssessmentTitle title={row.title} language={row.language} />
          </Link>{' '}
          {t('import.fromFile', { file: row.fileName })}
        </li>
      ))}
    </ul>
  );
}
