import { useSyncExternalStore } from 'react';
import { useT } from '@/components/i18n/use-locale.ts';
import { NotificationBanner } from '@/components/notification-banner.tsx';
import { type AppUpdates } from './app-updates.ts';

/**
 * "A new version of EIA Builder is ready", with a Reload button, at the top of every page once a new version
 * has been downloaded. It is announced politely and never takes focus, so typing goes on undisturbed; the
 * page reloads only when the user chooses, after every draft is stored.
 */
export function UpdateBanner({ updates }: { updates: AppUpdates }) {
  const state = useSyncExternalStore(updates.subscribe, updates.getState, updates.getState);
  const t = useT();
  return (
    <div aria-live="polite">
      {state === 'current' ? null : (
        <NotificationBanner heading={t('update.heading')}>
          <p className="govuk-body">{t('update.body')}</p>
          <button
            type="button"
            className="govuk-button govuk-!-margin-bottom-0"
            onClick={() => void updates.reload()}
          >
            {state === 'reloading' ? t('update.reloading') : t('update.reload')}
          </button>
        </NotificationBanner>
      )}
    </div>
  );
}
