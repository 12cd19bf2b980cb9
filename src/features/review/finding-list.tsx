import { Link } from 'wouter';
import { paths } from '@/components/paths.ts';
import type { Finding } from '@/domain/findings/index.ts';
import { useT } from '@/components/i18n/use-locale.ts';
import { FindingWords } from '@/components/i18n/finding-words.tsx';
import { TemplateText } from '@/components/template-text.tsx';
import type { Language } from '@schemas/local-text.ts';

/**
 * Findings as a list: a tag that says how serious (never colour alone), what is wrong and what to do.
 * Give `assessmentId` to link each finding to its question (Check your answers, review page); leave it
 * out beside a field, where the question is right there.
 */
export function FindingList({
  findings,
  assessmentId,
  showQuestion = false,
  language = 'en',
  explainedAbove,
}: {
  findings: readonly Finding[];
  /** The language of the questions' labels (the template's wording as the assessment shows it). */
  language?: Language;
  assessmentId?: string;
  showQuestion?: boolean;
  /** Findings whose explanation the list (or the page) has already given: they say so instead. */
  explainedAbove?: ReadonlySet<string>;
}) {
  const t = useT();
  if (findings.length === 0) return null;
  return (
    <ul className="govuk-list app-findings">
      {findings.map((f) => (
        <li key={f.id} className="govuk-!-margin-bottom-3">
          <strong
            className={`govuk-tag ${f.severity === 'missing' ? 'govuk-tag--red' : 'govuk-tag--yellow'}`}
          >
            {f.severity === 'missing' ? t('findings.missing') : t('findings.toLookAt')}
          </strong>{' '}
          {showQuestion &&
            (assessmentId ? (
              <Link href={paths.field(assessmentId, f.sectionId, f.questionId)} className="govuk-link">
                <TemplateText language={language}>{f.questionLabel}</TemplateText>
              </Link>
            ) : (
              <TemplateText language={language}>{f.questionLabel}</TemplateText>
            ))}
          {showQuestion && ': '}
          <span className="govuk-!-font-weight-bold">
            <FindingWords english={f.title} language={language} />
          </span>
          <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
            {explainedAbove?.has(f.id) ? (
              t('findings.explainedAbove')
            ) : (
              <FindingWords english={f.explanation} language={language} />
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
