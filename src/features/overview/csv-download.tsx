import { useState } from 'react';
import type { Assessment } from '@schemas/assessment.ts';
import { localiseTemplate } from '@schemas/template-definition.ts';
import { currentTemplate, knownTemplateDefinitions } from '@schemas/templates/index.ts';
import { answersCsvFileName, answersLongCsv, answersWideCsv, countOnTemplate } from '@/domain/answers-csv.ts';
import { overviewCsv, overviewCsvFileName } from '@/domain/overview-csv.ts';
import type { Overview } from '@/domain/overview.ts';
import { useLocale } from '@/components/i18n/use-locale.ts';
import { downloadText } from './download.ts';

type Shape = 'overview' | 'wide' | 'long';

type Props = {
  overview: Overview;
  /** The full assessments (answers), loaded only when a CSV of answers is asked for. */
  loadAssessments?: () => Promise<readonly Assessment[]>;
  now: () => Date;
};

const CSV_TYPE = 'text/csv;charset=utf-8';

/**
 * "Download CSV" with a choice of what it holds: the overview as shown (one row per assessment: the
 * default, identical to `npx eia csv`), every answer with a column per question of one form, or every
 * answer as one row (to filter by question, section or form in a spreadsheet). Answers are read from
 * storage only on the click.
 */
export function CsvDownload({ overview, loadAssessments, now }: Props) {
  const [shape, setShape] = useState<Shape>('overview');
  const forms = knownTemplateDefinitions();
  const [formKey, setFormKey] = useState(`${currentTemplate.id}@${currentTemplate.version}`);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const shown = overview.rows.length;
  // Not in the Welsh catalogue yet: on a Welsh page these words are marked as English (WCAG 3.1.2).
  const english = useLocale() === 'en' ? undefined : 'en';

  const download = async () => {
    if (shape === 'overview' || !loadAssessments) {
      downloadText(overviewCsvFileName(now()), overviewCsv(overview), CSV_TYPE);
      return;
    }
    setBusy(true);
    setStatus('');
    try {
      const ids = new Set(overview.rows.map((r) => r.id));
      const assessments = (await loadAssessments()).filter((a) => ids.has(a.id));
      if (shape === 'long') {
        downloadText(answersCsvFileName('long', now()), answersLongCsv(assessments), CSV_TYPE);
        setStatus(`Downloaded every answer of ${assessments.length} assessments, one row per answer.`);
        return;
      }
      const definition = forms.find((f) => `${f.id}@${f.version}` === formKey) ?? forms[0]!;
      const template = localiseTemplate(definition);
      const count = countOnTemplate(assessments, template);
      if (count === 0) {
        setStatus(
          `None of the assessments shown is on ${template.shortTitle}, version ${template.version}. Choose another form, or one row per answer.`,
        );
        return;
      }
      downloadText(
        answersCsvFileName('wide', now(), template),
        answersWideCsv(assessments, template),
        CSV_TYPE,
      );
      setStatus(
        `Downloaded ${count} of the ${assessments.length} assessments shown: those on ${template.shortTitle}, version ${template.version}.`,
      );
    } catch {
      setStatus('The answers could not be read from this browser’s storage. Reload the page and try again.');
    } finally {
      setBusy(false);
    }
  };

  const options: Array<{ value: Shape; label: string; hint: string }> = [
    {
      value: 'overview',
      label: 'The overview: one row per assessment',
      hint: 'Status, sections completed, missing and to look at, assessor, last edited and the equality groups.',
    },
    ...(loadAssessments
      ? ([
          {
            value: 'wide',
            label: 'Every answer: one row per assessment, a column per question',
            hint: 'For one form: each question is a column you can filter and sort.',
          },
          {
            value: 'long',
            label: 'Every answer: one row per answer',
            hint: 'Columns for assessment, form, version, section, question and answer: filter by question to compare one question across every assessment, on any form.',
          },
        ] as const)
      : []),
  ];

  return (
    <div className="govuk-form-group" lang={english}>
      {options.length > 1 && (
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            What should the CSV hold?
          </legend>
          <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {options.map((option) => {
              const id = `csv-shape-${option.value}`;
              return (
                <div key={option.value}>
                  <div className="govuk-radios__item">
                    <input
                      className="govuk-radios__input"
                      id={id}
                      name="csv-shape"
                      type="radio"
                      value={option.value}
                      checked={shape === option.value}
                      onChange={() => setShape(option.value)}
                      aria-describedby={`${id}-hint`}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={id}>
                      {option.label}
                    </label>
                    <div id={`${id}-hint`} className="govuk-hint govuk-radios__hint">
                      {option.hint}
                    </div>
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
      {shape === 'wide' && (
        // Radios, not a select: a form's full title wraps at 320 px, where a select would cut it off.
        <fieldset className="govuk-fieldset govuk-!-margin-top-4">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Which form?</legend>
          <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {forms.map((f) => {
              const key = `${f.id}@${f.version}`;
              const id = `csv-form-${key.replace(/[^a-z0-9-]/gi, '-')}`;
              return (
                <div key={key} className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={id}
                    name="csv-form"
                    type="radio"
                    value={key}
                    checked={formKey === key}
                    onChange={() => setFormKey(key)}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={id}>
                    {localiseTemplate(f).shortTitle}, version {f.version}
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      )}
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-top-4"
        data-module="govuk-button"
        disabled={shown === 0 || busy}
        onClick={() => void download()}
      >
        Download CSV
        <span className="govuk-visually-hidden"> of the {shown} assessments shown</span>
      </button>
      {/* Polite, not role="status": the page's own status line (how many are shown) stays the one status. */}
      <p className={status ? 'govuk-body' : undefined} aria-live="polite">
        {status}
      </p>
    </div>
  );
}
