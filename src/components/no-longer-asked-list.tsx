import type { NoLongerAsked } from '@schemas/assessment.ts';
import { textIn } from '@schemas/plain/local-text.ts';
import { type Language } from '@schemas/local-text.ts';
import { useId } from 'react';
import { useLocale, useT } from './i18n/use-locale.ts';
import { MultilineText } from './multiline-text.tsx';

/**
 * "Answers to questions no longer asked": answers kept when the assessment moved to a newer version of its
 * form (the question was removed, or is asked in a new way). Read-only: each under the old question's words,
 * with the version on which it was asked. Nothing here is editable, and nothing is ever left out.
 */
export function NoLongerAskedList({
  items,
  headingLevel = 2,
  language,
}: {
  items: readonly NoLongerAsked[];
  headingLevel?: 2 | 3 | 4;
  /** The language of the old questions' words (the interface language when not given). */
  language?: Language;
}) {
  const t = useT();
  const locale = useLocale();
  const wording = language ?? locale;
  const headingId = useId();
  if (items.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={headingId} className="app-no-longer-asked">
      <Heading
        id={headingId}
        className={headingLevel === 2 ? 'govuk-heading-m govuk-!-margin-top-8' : 'govuk-heading-s'}
      >
        {t('noLongerAsked.heading')}
      </Heading>
      <p className="govuk-body">{t('noLongerAsked.intro')}</p>
      <dl className="govuk-summary-list">
        {items.map((item, i) => (
          <div key={`${item.questionId}-${i}`} className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">
              {textIn(item.label, wording)}
              <span className="govuk-caption-m govuk-!-font-size-16">
                {item.sectionTitle ? `${textIn(item.sectionTitle, wording)}, ` : ''}
                {t('noLongerAsked.version', { version: item.templateVersion })}
              </span>
            </dt>
            <dd className="govuk-summary-list__value" lang={locale === 'en' ? undefined : 'en'}>
              <MultilineText text={item.text} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
