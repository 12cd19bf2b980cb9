import { NotificationBanner } from './notification-banner.tsx';
import { type DraftNotice } from '@/storage/draft-session.ts';
import { useT } from '@/components/i18n/use-locale.ts';

/** Tells the user about something that happened by itself (the page now shows another tab's text, or is editable). */
export function DraftNoticeBanner({ notice, onDismiss }: { notice: DraftNotice; onDismiss: () => void }) {
  const t = useT();
  if (!notice) return null;
  const heading = notice === 'now-editable' ? t('banner.nowEditable') : t('banner.changedElsewhere');
  return (
    <NotificationBanner variant="success" title={t('banner.updated')} heading={heading}>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
        onClick={onDismiss}
      >
        {t('banner.hide')}
      </button>
    </NotificationBanner>
  );
}
