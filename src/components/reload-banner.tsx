import { useSyncExternalStore } from 'react';
import { NotificationBanner } from './notification-banner.tsx';
import { type ConnectionStore } from '@/storage/use-assessment-draft.ts';

/**
 * When EIA Builder is updated in another tab, this tab stores what it has, stops saving and asks for a
 * reload (instead of failing later). When THIS tab is the newer one and an old tab blocks the update,
 * asks the user to close the old tab.
 */
export function ReloadBanner({ connection }: { connection: ConnectionStore }) {
  const state = useSyncExternalStore(connection.subscribe, connection.getState);
  if (state === 'stale') {
    return (
      <NotificationBanner variant="alert" heading="EIA Builder was updated in another tab: reload this page">
        <p className="govuk-body">
          Everything saved so far is kept. This page has stopped saving, so reload it before you type anything
          more.
        </p>
        <button type="button" className="govuk-button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </NotificationBanner>
    );
  }
  if (state === 'blocked') {
    return (
      <NotificationBanner heading="Close your other EIA Builder tabs to finish updating">
        <p className="govuk-body">
          This version of EIA Builder needs to update how your assessments are stored, but an older version is
          still open in another tab or window. Close it (its work is saved first) and this page will carry on.
        </p>
      </NotificationBanner>
    );
  }
  return null;
}
