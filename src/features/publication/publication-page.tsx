import { type DateParts } from '@schemas/answers.ts';
import { AssessmentTitle } from '@/components/i18n/assessment-title.tsx';
import { type Publication } from '@schemas/assessment.ts';
import { type Language } from '@schemas/local-text.ts';
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { BackLink } from '@/components/back-link.tsx';
import { DATE_PARTS, datePartId, DateInput } from '@/components/date-input.tsx';
import { ErrorSummary } from '@/components/error-summary.tsx';
import { paths } from '@/components/paths.ts';
import { TextInput } from '@/components/text-input.tsx';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { checkMeetingDate, defaultsOf, meetingDateParts, meetingDateText } from '@/domain/publication.ts';
import { problemText } from '@/components/i18n/problem-text.ts';
import { storageProblemText } from '@/components/i18n/storage-text.ts';
import { useAppStorage } from '@/storage/storage-context.tsx';
import { PublicationCheckbox } from './publication-checkbox.tsx';
import { PublicationRadios } from './publication-radios.tsx';
import { useT } from '@/components/i18n/use-locale.ts';

type Props = {
  assessmentId: string;
  /** The assessment's title, for the caption. */
  title: string;
  publication: Publication;
  /** Opened read-only in this tab: the details are shown, not changed. */
  readOnly: boolean;
  /** The language the assessment is written in. */
  language: Language;
  /** The languages its template is published in: the language controls show only when it has both. */
  languages: readonly Language[];
  /** Saves the details (and the assessment's language) into the assessment; false when it could not. */
  onSave: (publication: Publication, language: Language) => Promise<boolean>;
};

type AppendixChoice = NonNullable<Publication['appendixLanguage']>;

const LIMITS = { appendixLabel: 60, organisation: 200, committee: 200 } as const;

/**
 * "Publication details": how the assessment's PDF appendix is headed (appendix label, organisation,
 * committee, meeting date as a GOV.UK date input, whether to add "About this form"). Ticking "Use these
 * details for every new assessment" keeps them (all but the meeting date) in this browser's settings.
 * On a bilingual template it also sets the language of the assessment (the form's wording, Check your
 * answers and the appendix) and the language(s) the appendix is printed in: English, Welsh, or both,
 * one after the other. Until a person chooses, the appendix follows the assessment's language.
 */
export function PublicationPage({
  assessmentId,
  title,
  publication,
  readOnly,
  language: storedLanguage,
  languages,
  onSave,
}: Props) {
  const { repository } = useAppStorage();
  const [, navigate] = useLocation();
  const stored = meetingDateParts(publication.meetingDate);
  const [values, setValues] = useState({
    appendixLabel: publication.appendixLabel,
    organisation: publication.organisation,
    committee: publication.committee,
    includeAboutThisForm: publication.includeAboutThisForm,
  });
  const [date, setDate] = useState<DateParts>(stored.parts);
  const [language, setLanguage] = useState<Language>(storedLanguage);
  // null: the appendix follows the assessment's language (nothing chosen, or the same chosen).
  const [appendix, setAppendix] = useState<AppendixChoice | null>(publication.appendixLanguage ?? null);
  const bilingual = languages.includes('en') && languages.includes('cy');
  const [asDefaults, setAsDefaults] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const problem = attempt > 0 ? checkMeetingDate(date) : null;
  const t = useT();
  const pageTitle = t('title.suffix', { page: t('pub.title') });
  useDocumentTitle(problem ? t('title.error', { page: pageTitle }) : pageTitle);
  useEffect(() => headingRef.current?.focus(), []);

  const save = async () => {
    setAttempt((n) => n + 1);
    if (checkMeetingDate(date)) return;
    const meetingDate =
      stored.unreadable && DATE_PARTS.every((p) => date[p].trim() === '')
        ? publication.meetingDate
        : meetingDateText(date);
    const appendixLanguage = appendix === null || appendix === language ? undefined : appendix;
    const next: Publication = { ...values, meetingDate, ...(appendixLanguage ? { appendixLanguage } : {}) };
    setBusy(true);
    try {
      if (asDefaults) await repository.setSetting('publicationDefaults', defaultsOf(next));
      if (await onSave(next, language)) navigate(paths.assessment(assessmentId));
      else setFailure(t('pub.notSaved'));
    } catch (error) {
      setFailure(storageProblemText(error));
    } finally {
      setBusy(false);
    }
  };

  const text = (key: keyof typeof LIMITS, label: string, hint?: string) => (
    <TextInput
      id={key}
      label={label}
      labelClassName="govuk-label--s"
      hint={hint}
      readOnly={readOnly}
      inputProps={{
        name: key,
        value: values[key],
        maxLength: LIMITS[key],
        autoComplete: key === 'organisation' ? 'organization' : 'off',
        onChange: (event) => setValues((v) => ({ ...v, [key]: event.target.value })),
      }}
    />
  );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink href={paths.assessment(assessmentId)}>{t('form.backToTaskList')}</BackLink>
        <ErrorSummary
          focusKey={attempt}
          items={
            problem
              ? [
                  {
                    message: problemText(problem, t('pub.meetingDate')),
                    targetId: datePartId('meetingDate', problem.parts[0] ?? 'day'),
                  },
                ]
              : []
          }
        />
        {failure && (
          <div className="govuk-error-summary" role="alert">
            <h2 className="govuk-error-summary__title">{t('pub.notSavedTitle')}</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{failure}</p>
            </div>
          </div>
        )}
        <span className="govuk-caption-l">
          <AssessmentTitle title={title} language={storedLanguage} />
        </span>
        <h1 className="govuk-heading-l app-page-heading" tabIndex={-1} ref={headingRef}>
          {t('pub.title')}
        </h1>
        <p className="govuk-body">{t('pub.intro')}</p>
        {readOnly && <div className="govuk-inset-text">{t('pub.readOnly')}</div>}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!readOnly && !busy) void save();
          }}
        >
          {text('appendixLabel', t('pub.appendixLabel'), t('pub.appendixLabelHint'))}
          {text('organisation', t('pub.organisation'))}
          {text('committee', t('pub.committee'), t('pub.committeeHint'))}
          <DateInput
            id="meetingDate"
            legend={t('pub.meetingDate')}
            legendClassName="govuk-fieldset__legend--s"
            hint={
              stored.unreadable
                ? t('pub.meetingUnreadable', { saved: publication.meetingDate })
                : t('pub.meetingHint')
            }
            error={
              problem
                ? { message: problemText(problem, t('pub.meetingDate')), parts: problem.parts }
                : undefined
            }
            readOnly={readOnly}
            inputs={{
              day: dateProps('day'),
              month: dateProps('month'),
              year: dateProps('year'),
            }}
          />
          {bilingual && (
            <>
              <PublicationRadios
                name="assessmentLanguage"
                legend={t('pub.language')}
                hint={t('pub.languageHint')}
                options={[
                  { value: 'en', label: 'English', lang: 'en' },
                  { value: 'cy', label: 'Cymraeg', lang: 'cy' },
                ]}
                value={language}
                disabled={readOnly}
                onChange={setLanguage}
              />
              <PublicationRadios<AppendixChoice>
                name="appendixLanguage"
                legend={t('pub.printIn')}
                hint={t('pub.printHint')}
                options={[
                  { value: 'en', label: 'English', lang: 'en' },
                  { value: 'cy', label: 'Cymraeg', lang: 'cy' },
                  {
                    value: 'both',
                    label: t('pub.both'),
                    hint: t('pub.bothHint'),
                  },
                ]}
                value={appendix ?? language}
                disabled={readOnly}
                onChange={setAppendix}
              />
            </>
          )}
          <div className="govuk-form-group">
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              <PublicationCheckbox
                id="includeAboutThisForm"
                label={t('pub.includeAbout')}
                hint={t('pub.includeAboutHint')}
                checked={values.includeAboutThisForm}
                disabled={readOnly}
                onChange={(checked) => setValues((v) => ({ ...v, includeAboutThisForm: checked }))}
              />
              {!readOnly && (
                <PublicationCheckbox
                  id="useAsDefaults"
                  label={t('pub.defaults')}
                  hint={t('pub.defaultsHint')}
                  checked={asDefaults}
                  onChange={setAsDefaults}
                />
              )}
            </div>
          </div>
          {!readOnly && (
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
                {t('pub.save')}
              </button>
              <Link href={paths.assessment(assessmentId)} className="govuk-link">
                {t('common.cancel')}
              </Link>
            </div>
          )}
        </form>
      </div>
    </div>
  );

  function dateProps(part: keyof DateParts) {
    return {
      name: `meetingDate.${part}`,
      value: date[part],
      maxLength: 20,
      onChange: (event: ChangeEvent<HTMLInputElement>) => {
        const value = event.target.value;
        setDate((d) => ({ ...d, [part]: value }));
      },
    };
  }
}
