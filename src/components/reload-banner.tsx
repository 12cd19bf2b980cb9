import { useSyncExternalStore } from 'react';
import { NotificationBanner } from './notification-banner.tsx';
import { type ConnectionStore } from '@/storage/use-assessment-draft.ts';
import { useT } from '@/components/i18n/use-locale.ts';

/**
 * When EIA Builder is updated in another tab, this tab stores what it has, stops saving and asks for a
 * reload (instead of failing later). When THIS tab is the newer one and an old tab blocks the update,
 * asks the user to close the old tab.
 */
export function ReloadBanner({ connection }: { connection: ConnectionStore }) {
  const state = useSyncExternalStore(connection.subscribe, connection.getState);
  const t = useT();
  if (state === 'stale') {
    return (
      <NotificationBanner variant="alert" heading={t('banner.stale.heading')}>
        <p className="govuk-body">{t('banner.stale.body')}</p>
        <button type="button" className="govuk-button" onClick={() => window.location.reload()}>
          {t('banner.stale.reload')}
        </button>
      </NotificationBanner>
    );
  }
  if (state === 'blocked') {
    return (
      <NotificationBanner heading={t('banner.blocked.heading')}>
        <p className="govuk-body">{t('banner.blocked.body')}</p>
      </NotificationBanner>
    );
  }
  return null;
}
