import { useId, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { Assessment } from '@schemas/assessment.ts';
import type { Template } from '@schemas/template-definition.ts';
import { assessmentLanguage } from '@schemas/assessment.ts';
import type { Language } from '@schemas/local-text.ts';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { TemplateText, useTemplateLang } from '@/components/template-text.tsx';
import { paths } from '@/components/paths.ts';
import {
  countFindings,
  findingsByQuestion,
  rulesFor,
  sharedExplanations,
  type Finding,
  type QuestionFindings,
  type SharedExplanation,
} from '@/domain/findings/index.ts';
import { CommentThread } from './comment-thread.tsx';
import './review.scss';
import { useT } from '@/components/i18n/use-locale.ts';
import { FindingWords } from '@/components/i18n/finding-words.tsx';
import { describeCountsIn, findingText } from '@/components/i18n/finding-text.ts';

type Props = {
  assessment: Assessment;
  template: Template;
  findings: readonly Finding[];
  onUpdate: (next: Assessment) => void;
  /** No comments can be added (agreed, or read-only in this tab). */
  readOnly: boolean;
  /** The answer to one question as Check your answers shows it (given by the app, which owns the form). */
  renderAnswer?: (questionId: string) => ReactNode;
};

/**
 * The reviewer's findings, a block per question: the question (linked to its field), the answer beside
 * what is missing or to look at, and the question's comments with a way to add one. An explanation that
 * several questions share is said once, above, naming them; each block then points to it by its title.
 */
export function ReviewFindings({ assessment, template, findings, onUpdate, readOnly, renderAnswer }: Props) {
  const titleId = useId();
  const t = useT();
  const shared = sharedExplanations(findings, rulesFor(template));
  const sharedBy = new Map(shared.map((s) => [s.explanation, s]));
  const questions = findingsByQuestion(findings);
  return (
    <section className="app-review-findings" aria-labelledby={titleId}>
      <h2 className="govuk-heading-m" id={titleId}>
        {t('findings.reviewTitle')}
      </h2>
      {findings.length === 0 ? (
        <p className="govuk-body">{t('findings.none')}</p>
      ) : (
        <>
          <p className="govuk-body">
            {t('findings.summaryReview', { counts: describeCountsIn(countFindings(findings)) })}
          </p>
          {shared.length > 0 && <SharedExplanations shared={shared} language={template.language} />}
          {template.sections.map((section) => {
            const list = questions.filter((q) => q.sectionId === section.id);
            if (list.length === 0) return null;
            return (
              <div key={section.id}>
                <h3 className="govuk-heading-s app-review-findings__section">
                  <RichMessage
                    id="form.sectionHeading"
                    values={{
                      number: section.number,
                      title: <TemplateText language={template.language}>{section.title}</TemplateText>,
                    }}
                  />{' '}
                  <span className="govuk-body-s">
                    ({describeCountsIn(countFindings(list.flatMap((q) => q.findings)))})
                  </span>
                </h3>
                {list.map((q) => (
                  <QuestionBlock
                    key={q.questionId}
                    question={q}
                    assessment={assessment}
                    sharedBy={sharedBy}
                    onUpdate={onUpdate}
                    readOnly={readOnly}
                    answer={renderAnswer?.(q.questionId)}
                    language={template.language}
                  />
                ))}
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}

function SharedExplanations({
  shared,
  language,
}: {
  shared: readonly SharedExplanation[];
  language: Language;
}) {
  const t = useT();
  return (
    <div className="govuk-inset-text app-shared-explanations">
      <h3 className="govuk-heading-s">{t('findings.explainedOnce')}</h3>
      {shared.map((s) => {
        const labels = s.questions.map((q) => q.questionLabel);
        const short = labels.every((l) => l.length <= 40 && !/[?.]$/.test(l));
        return (
          <div key={s.key} className="app-shared-explanation">
            <h4 className="govuk-heading-s govuk-!-margin-bottom-1">
              <FindingWords english={s.title} language={language} />
            </h4>
            {short ? (
              <p className="govuk-body-s govuk-!-margin-bottom-1">
                <RichMessage
                  id="findings.questionsList"
                  values={{
                    count: labels.length,
                    labels: <TemplateText language={language}>{labels.join(', ')}</TemplateText>,
                  }}
                />
              </p>
            ) : (
              <>
                <p className="govuk-body-s govuk-!-margin-bottom-1">
                  {t('findings.questionsColon', { count: labels.length })}
                </p>
                <ul className="govuk-list govuk-list--bullet govuk-body-s govuk-!-margin-bottom-1">
                  {labels.map((l) => (
                    <li key={l}>
                      <TemplateText language={language}>{l}</TemplateText>
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p className="govuk-body">
              <FindingWords english={s.explanation} language={language} />
            </p>
          </div>
        );
      })}
    </div>
  );
}

function QuestionBlock({
  question,
  assessment,
  sharedBy,
  onUpdate,
  readOnly,
  answer,
  language,
}: {
  language: Language;
  question: QuestionFindings;
  assessment: Assessment;
  sharedBy: ReadonlyMap<string, SharedExplanation>;
  onUpdate: (next: Assessment) => void;
  readOnly: boolean;
  answer: ReactNode;
}) {
  const headingId = useId();
  const t = useT();
  const { questionId, sectionId, questionLabel } = question;
  return (
    <div className="app-review-question" role="group" aria-labelledby={headingId}>
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2" id={headingId}>
        <Link href={paths.field(assessment.id, sectionId, questionId)} className="govuk-link">
          <TemplateText language={language}>{questionLabel}</TemplateText>
        </Link>
      </h4>
      <div className="app-review-question__columns">
        <div className="app-review-question__answer">
          <p className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">
            {t('findings.theAnswer')}
          </p>
          {answer ?? <AnswerText assessment={assessment} questionId={questionId} />}
        </div>
        <ul className="govuk-list app-findings app-review-question__findings">
          {question.findings.map((f) => {
            const shared = sharedBy.get(f.explanation);
            return (
              <li key={f.id} className="govuk-!-margin-bottom-2">
                <strong
                  className={`govuk-tag ${f.severity === 'missing' ? 'govuk-tag--red' : 'govuk-tag--yellow'}`}
                >
                  {f.severity === 'missing' ? t('findings.missing') : t('findings.toLookAt')}
                </strong>{' '}
                {/* "Not answered" is what the answer beside it already says: the tag and what to do suffice. */}
                {f.ruleId !== 'answered' && (
                  <span className="govuk-!-font-weight-bold">
                    <FindingWords english={f.title} language={language} />
                  </span>
                )}
                <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                  {!shared ? (
                    <FindingWords english={f.explanation} language={language} />
                  ) : shared.title === f.title ? (
                    t('findings.explainedAbove')
                  ) : (
                    t('findings.explainedAboveUnder', { title: findingText(shared.title).text })
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      </div>
      <CommentThread
        assessment={assessment}
        sectionId={sectionId}
        questionId={questionId}
        subject={<TemplateText language={language}>{questionLabel}</TemplateText>}
        onUpdate={onUpdate}
        readOnly={readOnly}
        fallbackRole="reviewer"
      />
    </div>
  );
}

/** Without the form's own answer view (unit tests): the text as stored. */
function AnswerText({ assessment, questionId }: { assessment: Assessment; questionId: string }) {
  const value = (assessment.answers as Record<string, unknown>)[questionId];
  const text = typeof value === 'string' ? value.trim() : '';
  const t = useT();
  const lang = useTemplateLang(assessmentLanguage(assessment));
  return text ? (
    <p className="govuk-body app-comment__body" lang={lang}>
      {text}
    </p>
  ) : (
    <p className="govuk-hint">{t('form.notAnswered')}</p>
  );
}
