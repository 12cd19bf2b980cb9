import { type Template } from '@schemas/template-definition.ts';
import { currentTemplate, findTemplate } from '@schemas/templates/index.ts';
import { useEffect, useRef } from 'react';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { useLocale, useT } from '@/components/i18n/use-locale.ts';

/**
 * "About this form": the template's own guidance (Appendix 2 of the HCPC form: the Public Sector
 * Equality Duty's three aims and how to complete the form), how guidance is shown, and the notice.
 */
export function AboutPage({ template: given }: { template?: Template }) {
  const language = useLocale();
  const t = useT();
  // The form's own wording in the interface language (English where the form has no Welsh).
  const template =
    given ?? findTemplate(currentTemplate.id, currentTemplate.version, language) ?? currentTemplate;
  const { about } = template;
  const headingRef = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('title.suffix', { page: about.title }));
  useEffect(() => headingRef.current?.focus(), []);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{template.title}</span>
        <h1 className="govuk-heading-xl app-page-heading" tabIndex={-1} ref={headingRef}>
          {about.title}
        </h1>
        {about.blocks.map((block) => (
          <section key={block.heading} aria-labelledby={headingId(block.heading)}>
            <h2 className="govuk-heading-m" id={headingId(block.heading)}>
              {block.heading}
            </h2>
            {block.paragraphs.map((paragraph, i) => (
              <p key={i} className="govuk-body">
                {paragraph}
              </p>
            ))}
            {block.bullets && (
              <ul className="govuk-list govuk-list--bullet">
                {block.bullets.map((bullet, i) => (
                  <li key={i}>{bullet}</li>
                ))}
              </ul>
            )}
            {block.after?.map((paragraph, i) => (
              <p key={i} className="govuk-body">
                {paragraph}
              </p>
            ))}
          </section>
        ))}
        <h2 className="govuk-heading-m">{t('about.guidance')}</h2>
        {template.introGuidance
          .filter((paragraph) => !paragraph.includes(about.title))
          .map((paragraph, i) => (
            <p key={i} className="govuk-body">
              {paragraph}
            </p>
          ))}
        <p className="govuk-body-s govuk-!-margin-top-8">{template.notice}</p>
      </div>
    </div>
  );
}

function headingId(heading: string): string {
  return `about-${heading.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}
