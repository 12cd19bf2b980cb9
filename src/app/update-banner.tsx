import { useSyncExternalStore } from 'react';
import { NotificationBanner } from '@/components/notification-banner.tsx';
import { type AppUpdates } from './app-updates.ts';

/**
 * "A new version of EIA Builder is ready", with a Reload button, at the top of every page once a new version
 * has been downloaded. It is announced politely and never takes focus, so typing goes on undisturbed; the
 * page reloads only when the user chooses, after every draft is stored.
 */
export function UpdateBanner({ updates }: { updates: AppUpdates }) {
  const state = useSyncExternalStore(updates.subscribe, updates.getState, updates.getState);
  return (
    <div aria-live="polite">
      {state === 'current' ? null : (
        <NotificationBanner heading="A new version of EIA Builder is ready">
          <p className="govuk-body">Reload the page to use it. Everything you have typed is saved first.</p>
          <button
            type="button"
            className="govuk-button govuk-!-margin-bottom-0"
            onClick={() => void updates.reload()}
          >
            {state === 'reloading' ? 'Reloading…' : 'Reload'}
          </button>
        </NotificationBanner>
      )}
    </div>
  );
}
