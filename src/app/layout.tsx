import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { InEnglish } from '@/components/i18n/in-english.tsx';
import { LanguageSwitch } from '@/components/i18n/language-switch.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { paths } from '@/components/paths.ts';

const NAV = [
  {
    href: paths.home(),
    label: 'layout.nav.assessments',
    match: (loc: string) => loc === '/' || loc.startsWith('/assessments'),
  },
  {
    href: paths.overview(),
    label: 'layout.nav.overview',
    match: (loc: string) => loc.startsWith('/overview'),
  },
  { href: paths.bin(), label: 'layout.nav.bin', match: (loc: string) => loc.startsWith('/bin') },
  { href: paths.about(), label: 'layout.nav.about', match: (loc: string) => loc.startsWith('/about') },
];

/**
 * GOV.UK service navigation (not the GOV.UK header: that is for services on GOV.UK only), main landmark and
 * footer. The skip link moves focus itself: with hash routing, "#main-content" would be read as a route.
 */
export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const t = useT();
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" onClick={skipToMain}>
        {t('layout.skipLink')}
      </a>
      <section aria-label={t('layout.serviceInformation')} className="govuk-service-navigation">
        <div className="govuk-width-container">
          <div className="govuk-service-navigation__container">
            <span className="govuk-service-navigation__service-name">
              <Link href={paths.home()} className="govuk-service-navigation__link">
                <InEnglish>EIA Builder</InEnglish>
              </Link>
            </span>
            <nav aria-label={t('layout.menu')} className="govuk-service-navigation__wrapper">
              <ul className="govuk-service-navigation__list">
                {NAV.map((item) => {
                  const active = item.match(location);
                  return (
                    <li
                      key={item.href}
                      className={`govuk-service-navigation__item${active ? ' govuk-service-navigation__item--active' : ''}`}
                    >
                      <Link
                        className="govuk-service-navigation__link"
                        href={item.href}
                        aria-current={active ? 'page' : undefined}
                      >
                        {active ? (
                          <strong className="govuk-service-navigation__active-fallback">
                            {t(item.label)}
                          </strong>
                        ) : (
                          t(item.label)
                        )}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
            <LanguageSwitch />
          </div>
        </div>
      </section>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <p className="govuk-body-s">{t('layout.footer')}</p>
        </div>
      </footer>
    </>
  );
}

function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}
