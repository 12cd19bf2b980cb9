import { useId } from 'react';
import type { Assessment } from '@schemas/assessment.ts';
import type { Template } from '@schemas/template-definition.ts';
import { countFindings, describeCounts, findingsBySection, type Finding } from '@/domain/findings/index.ts';
import { FindingList } from './finding-list.tsx';

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
export function CheckFindings({
  assessment,
  template,
  findings,
  headingLevel = 2,
  title = 'What a reviewer will look at',
}: Props) {
  const titleId = useId();
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const counts = countFindings(findings);
  const bySection = findingsBySection(findings);
  return (
    <section className="app-check-findings" aria-labelledby={titleId}>
      <H className="govuk-heading-m" id={titleId}>
        {title}
      </H>
      {findings.length === 0 ? (
        <p className="govuk-body">Nothing is missing, and no answer looks weak.</p>
      ) : (
        <>
          <p className="govuk-body">
            {describeCounts(counts)}. Missing answers stop the assessment being agreed; answers to look at are
            warnings for you and the reviewer.
          </p>
          {template.sections.map((section) => {
            const list = bySection.get(section.id);
            if (!list) return null;
            return (
              <div key={section.id}>
                <Sub className="govuk-heading-s">
                  Section {section.number}: {section.title}{' '}
                  <span className="govuk-body-s">({describeCounts(countFindings(list))})</span>
                </Sub>
                <FindingList findings={list} assessmentId={assessment.id} showQuestion />
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
