import { useLocation } from 'wouter';
import { switchLanguage } from './i18n.ts';
import { useLocale } from './use-locale.ts';

/**
 * "Cymraeg" / "English" in the header (HMRC's language toggle pattern): the link to the same page in the
 * other language. Each language's name is written in that language and tagged with it, so a screen reader
 * says it right; the hidden part says what the link does, in the language it switches to.
 */
export function LanguageSwitch() {
  const language = useLocale();
  const [location] = useLocation();
  const other = language === 'cy' ? 'en' : 'cy';
  return (
    <p className="app-language-switch govuk-body-s">
      <a
        href={`#${location}`}
        lang={other}
        hrefLang={other}
        className="govuk-link"
        onClick={(event) => {
          event.preventDefault();
          void switchLanguage(other);
        }}
      >
        {other === 'cy' ? (
          <>
            <span className="govuk-visually-hidden">Newid yr iaith: </span>Cymraeg
          </>
        ) : (
          <>
            <span className="govuk-visually-hidden">Change the language to </span>English
          </>
        )}
      </a>
    </p>
  );
}
