import { useId, type ReactNode } from 'react';
import { useT } from '@/components/i18n/use-locale.ts';

/**
 * The GOV.UK notification banner. `important` banners are regions; `success` and `alert` banners are
 * announced at once (role="alert") unless `announce` is false (the page announces a short line itself,
 * for example when the banner holds a long list).
 */
export function NotificationBanner({
  title,
  heading,
  variant = 'important',
  announce,
  children,
}: {
  title?: string;
  heading: ReactNode;
  variant?: 'important' | 'success' | 'alert';
  announce?: boolean;
  children?: ReactNode;
}) {
  const id = useId();
  const t = useT();
  const announced = announce ?? variant !== 'important';
  return (
    <div
      className={`govuk-notification-banner${variant === 'success' ? ' govuk-notification-banner--success' : ''}`}
      role={announced ? 'alert' : 'region'}
      aria-labelledby={id}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={id}>
          {title ?? t('banner.important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
