import { useEffect, useId, useRef, type ReactNode } from 'react';
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
  focus = false,
  children,
}: {
  title?: string;
  heading: ReactNode;
  variant?: 'important' | 'success' | 'alert';
  announce?: boolean;
  /**
   * Moves focus to the banner when it appears, as GOV.UK Frontend does for a success banner on a new page:
   * for an outcome of something just done on this page (an import), so keyboard and screen reader users
   * find it, and focus does not fall to the page.
   */
  focus?: boolean;
  children?: ReactNode;
}) {
  const id = useId();
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const announced = announce ?? variant !== 'important';
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div
      ref={ref}
      {...(focus ? { tabIndex: -1 } : {})}
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
