import { type DateParts } from '@schemas/answers.ts';
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
import { storageProblem } from '@/storage/storage-errors.ts';
import { useAppStorage } from '@/storage/storage-context.tsx';
import { PublicationCheckbox } from './publication-checkbox.tsx';
import { PublicationRadios } from './publication-radios.tsx';

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
  useDocumentTitle(`${problem ? 'Error: ' : ''}Publication details – EIA Builder`);
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
      else setFailure('The details could not be saved. Nothing has been changed: try again.');
    } catch (error) {
      setFailure(storageProblem(error));
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
        <BackLink href={paths.assessment(assessmentId)}>Back to task list</BackLink>
        <ErrorSummary
          focusKey={attempt}
          items={
            problem
              ? [
                  {
                    message: problem.message,
                    targetId: datePartId('meetingDate', problem.parts[0] ?? 'day'),
                  },
                ]
              : []
          }
        />
        {failure && (
          <div className="govuk-error-summary" role="alert">
            <h2 className="govuk-error-summary__title">The details were not saved</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{failure}</p>
            </div>
          </div>
        )}
        <span className="govuk-caption-l">{title}</span>
        <h1 className="govuk-heading-l app-page-heading" tabIndex={-1} ref={headingRef}>
          Publication details
        </h1>
        <p className="govuk-body">
          These head the PDF appendix for the committee paper. They are not part of the assessment’s answers.
        </p>
        {readOnly && (
          <div className="govuk-inset-text">
            You can only read these details here: this assessment is open for editing in another tab.
          </div>
        )}
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!readOnly && !busy) void save();
          }}
        >
          {text('appendixLabel', 'Appendix label', 'For example, “Appendix B”. Leave it empty for no label.')}
          {text('organisation', 'Organisation')}
          {text('committee', 'Committee', 'The committee the paper goes to')}
          <DateInput
            id="meetingDate"
            legend="Meeting date"
            legendClassName="govuk-fieldset__legend--s"
            hint={
              stored.unreadable
                ? `Saved as “${publication.meetingDate}”, which is not a date EIA Builder can read. Enter it as day, month and year, for example 11 9 2026.`
                : 'For example, 11 9 2026. Leave it empty if the meeting is not set yet.'
            }
            error={problem ? { message: problem.message, parts: problem.parts } : undefined}
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
                legend="Language of this assessment"
                hint="The form’s questions and guidance, Check your answers and the appendix use this language. Your answers stay exactly as you typed them."
                options={[
                  { value: 'en', label: 'English' },
                  { value: 'cy', label: 'Cymraeg', lang: 'cy' },
                ]}
                value={language}
                disabled={readOnly}
                onChange={setLanguage}
              />
              <PublicationRadios<AppendixChoice>
                name="appendixLanguage"
                legend="Print the appendix in"
                hint="The PDF and the accessible version (HTML)."
                options={[
                  { value: 'en', label: 'English' },
                  { value: 'cy', label: 'Cymraeg', lang: 'cy' },
                  {
                    value: 'both',
                    label: 'Both: English, then Welsh',
                    hint: 'The whole appendix in English, followed by the whole appendix in Welsh, each from its own first page.',
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
                label="Include “About this form” at the end of the PDF"
                hint="The form’s own guidance, printed as “Appendix 2: About this form”"
                checked={values.includeAboutThisForm}
                disabled={readOnly}
                onChange={(checked) => setValues((v) => ({ ...v, includeAboutThisForm: checked }))}
              />
              {!readOnly && (
                <PublicationCheckbox
                  id="useAsDefaults"
                  label="Use these details for every new assessment"
                  hint="New assessments you start in this browser get this label, organisation, committee and choice. Each assessment keeps its own meeting date."
                  checked={asDefaults}
                  onChange={setAsDefaults}
                />
              )}
            </div>
          </div>
          {!readOnly && (
            <div className="govuk-button-group">
              <button type="submit" className="govuk-button" data-module="govuk-button" disabled={busy}>
                Save publication details
              </button>
              <Link href={paths.assessment(assessmentId)} className="govuk-link">
                Cancel
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
