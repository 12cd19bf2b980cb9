import { useId } from 'react';
import type { Assessment } from '@schemas/assessment.ts';
import type { Template } from '@schemas/template-definition.ts';
import { countFindings, findingsBySection, type Finding } from '@/domain/findings/index.ts';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { TemplateText } from '@/components/template-text.tsx';
import { FindingList } from './finding-list.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { describeCountsIn } from '@/components/i18n/finding-text.ts';

type Props = {
  assessment: Assessment;
  template: Template;
  findings: readonly Finding[];
  /** Heading level of the block's title (its sections are one below). */
  headingLevel?: 2 | 3;
  title?: string;
};

/**
 * Everything missing or weak, section by section, each linked to its question: for Check your answers
 * and the review page. The assessor sees exactly what the reviewer sees.
 */
export function CheckFindings({ assessment, template, findings, headingLevel = 2, title }: Props) {
  const titleId = useId();
  const t = useT();
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const counts = countFindings(findings);
  const bySection = findingsBySection(findings);
  // An explanation several findings share (the same advice under three aims or ten groups) is given
  // with the first of them, in page order; the others say it is explained above.
  const explainedAbove = new Set<string>();
  const given = new Set<string>();
  for (const section of template.sections) {
    for (const f of bySection.get(section.id) ?? []) {
      if (given.has(f.explanation)) explainedAbove.add(f.id);
      else given.add(f.explanation);
    }
  }
  return (
    <section className="app-check-findings" aria-labelledby={titleId}>
      <H className="govuk-heading-m" id={titleId}>
        {title ?? t('findings.reviewerTitle')}
      </H>
      {findings.length === 0 ? (
        <p className="govuk-body">{t('findings.none')}</p>
      ) : (
        <>
          <p className="govuk-body">{t('findings.summaryCheck', { counts: describeCountsIn(counts) })}</p>
          {template.sections.map((section) => {
            const list = bySection.get(section.id);
            if (!list) return null;
            return (
              <div key={section.id}>
                <Sub className="govuk-heading-s">
                  <RichMessage
                    id="form.sectionHeading"
                    values={{
                      number: section.number,
                      title: <TemplateText language={template.language}>{section.title}</TemplateText>,
                    }}
                  />{' '}
                  <span className="govuk-body-s">({describeCountsIn(countFindings(list))})</span>
                </Sub>
                <FindingList
                  findings={list}
                  assessmentId={assessment.id}
                  showQuestion
                  language={template.language}
                  explainedAbove={explainedAbove}
                />
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
