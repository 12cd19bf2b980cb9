import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { paths } from '@/components/paths.ts';

export function Layout({ children }: { children: ReactNode }) {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="govuk-header" data-module="govuk-header">
        <div className="govuk-header__container govuk-width-container">
          <div className="govuk-header__logo">
            <Link href={paths.home()} className="govuk-header__link govuk-header__link--homepage">
              <span className="govuk-header__logotype-text">EIA Builder</span>
            </Link>
          </div>
        </div>
      </header>
      <div className="govuk-service-navigation" data-module="govuk-service-navigation">
        <div className="govuk-width-container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list">
              <li className="govuk-service-navigation__item">
                <Link className="govuk-service-navigation__link" href={paths.home()}>
                  Your assessments
                </Link>
              </li>
              <li className="govuk-service-navigation__item">
                <Link className="govuk-service-navigation__link" href={paths.about()}>
                  About this form
                </Link>
              </li>
            </ul>
          </nav>
        </div>
      </div>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="govuk-footer">
        <div className="govuk-width-container">
          <p className="govuk-body-s">
            Your assessments are kept in this browser only. Nothing is sent over the internet.
          </p>
        </div>
      </footer>
    </>
  );
}

// With hash routing, "#main-content" would be read as a route: move focus ourselves instead.
function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main-content')?.focus();
}
