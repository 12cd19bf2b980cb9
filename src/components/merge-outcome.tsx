import type { MergeResult } from '@/domain/merge.ts';
import { NotificationBanner } from './notification-banner.tsx';
import { useLocale, useT } from '@/components/i18n/use-locale.ts';

/**
 * What importing a file did to an assessment already in this browser, as a GOV.UK notification banner:
 * what the file brought (status, answers kept from it, comments, replies).
 */
export function MergeOutcome({
  result,
  fileName,
}: {
  result: Extract<MergeResult, { kind: 'merged' }>;
  fileName: string;
}) {
  const t = useT();
  const language = useLocale();
  return (
    <NotificationBanner
      variant="success"
      title={t('merge.imported')}
      heading={
        result.changes.length === 0
          ? t('merge.nothingNew', { file: fileName })
          : t('merge.added', { file: fileName })
      }
    >
      {result.changes.length > 0 && (
        <ul className="govuk-list govuk-list--bullet">
          {result.changes.map((change) => (
            <li key={change} lang={language === 'en' ? undefined : 'en'}>
              {change}
            </li>
          ))}
        </ul>
      )}
    </NotificationBanner>
  );
}
