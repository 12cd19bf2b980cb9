import { type ReactNode } from 'react';
import { useInterfaceLang, useT } from '@/components/i18n/use-locale.ts';
import { t } from '@/components/i18n/i18n.ts';

const URL_PATTERN = /(https?:\/\/[^\s)]+[^\s).,;:])/g;

/**
 * GOV.UK details block ("Guidance") that shows help text on request. Web addresses in the text become
 * links that open in a new tab, so the user never leaves the form they are filling in. The interface's own
 * words ("Guidance", "opens in a new tab") carry its `lang`: the guidance is a template's wording, which may
 * be marked as another language around them.
 */
export function GuidanceDetails({
  paragraphs,
  summary,
}: {
  paragraphs: readonly string[];
  summary?: ReactNode;
}) {
  const t = useT();
  const lang = useInterfaceLang();
  if (paragraphs.length === 0) return null;
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        {summary ? (
          <span className="govuk-details__summary-text">{summary}</span>
        ) : (
          <span className="govuk-details__summary-text" lang={lang}>
            {t('guidance.summary')}
          </span>
        )}
      </summary>
      <div className="govuk-details__text">
        {paragraphs.map((paragraph, i) => (
          <p
            key={i}
            className={i === paragraphs.length - 1 ? 'govuk-body govuk-!-margin-bottom-0' : 'govuk-body'}
          >
            {withLinks(paragraph, lang)}
          </p>
        ))}
      </div>
    </details>
  );
}

function withLinks(text: string, lang: string): ReactNode[] {
  return text.split(URL_PATTERN).map((part, i) =>
    i % 2 === 1 ? (
      <a key={i} className="govuk-link" href={part} target="_blank" rel="noreferrer noopener">
        {part} <span lang={lang}>{t('common.opensInNewTab')}</span>
      </a>
    ) : (
      part
    ),
  );
}
