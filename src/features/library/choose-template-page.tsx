import { useEffect, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { useLocale, useT } from '@/components/i18n/use-locale.ts';
import { BackLink } from '@/components/back-link.tsx';
import { ErrorSummary } from '@/components/error-summary.tsx';
import { paths } from '@/components/paths.ts';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { storageProblemText } from '@/components/i18n/storage-text.ts';
import { useAppStorage } from '@/storage/storage-context.tsx';
import type { TemplateChoice } from '@/storage/template-drafts-store.ts';
import { startAssessmentOn } from './start-assessment.ts';
import { TemplateName } from '@/components/template-text.tsx';

/**
 * "Which template do you want to use?" before a new assessment, when more than one template is published.
 * Each template's newest published version is offered (retired ones never); the choice is remembered and
 * offered first next time.
 */
export function ChooseTemplatePage() {
  const t = useT();
  useDocumentTitle(t('title.suffix', { page: t('chooseTemplate.heading') }));
  const { repository } = useAppStorage();
  const language = useLocale();
  const [, navigate] = useLocation();
  const [choices, setChoices] = useState<TemplateChoice[] | null>(null);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<{ message: string; attempt: number } | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([
      repository.newAssessmentTemplates(),
      repository.getSetting('newAssessmentTemplate'),
    ]).then(([list, remembered]) => {
      if (!live) return;
      setChoices(list);
      setChosen(list.some((c) => c.id === remembered) ? remembered! : '');
    });
    return () => {
      live = false;
    };
  }, [repository]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const choice = choices?.find((c) => c.id === chosen);
    if (!choice) {
      setError({ message: t('chooseTemplate.error'), attempt: (error?.attempt ?? 0) + 1 });
      return;
    }
    try {
      await repository.setSetting('newAssessmentTemplate', choice.id);
      navigate(paths.assessment(await startAssessmentOn(repository, choice, language)));
    } catch (e) {
      setError({ message: storageProblemText(e), attempt: (error?.attempt ?? 0) + 1 });
    }
  };

  return (
    <>
      <BackLink href={paths.home()}>{t('chooseTemplate.back')}</BackLink>
      {error ? (
        <ErrorSummary
          items={[{ message: error.message, targetId: `template-${choices?.[0]?.id ?? ''}` }]}
          focusKey={error.attempt}
        />
      ) : null}
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
          <fieldset className="govuk-fieldset" aria-describedby={error ? 'template-error' : undefined}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--l">
              <h1 className="govuk-fieldset__heading">{t('chooseTemplate.heading')}</h1>
            </legend>
            {error ? (
              <p className="govuk-error-message" id="template-error">
                <span className="govuk-visually-hidden">{t('common.errorPrefix')}</span> {error.message}
              </p>
            ) : null}
            {choices === null ? (
              <p className="govuk-body" role="status">
                {t('chooseTemplate.loading')}
              </p>
            ) : (
              <div className="govuk-radios">
                {choices.map((c) => (
                  <div className="govuk-radios__item" key={c.id}>
                    <input
                      className="govuk-radios__input"
                      id={`template-${c.id}`}
                      name="template"
                      type="radio"
                      value={c.id}
                      checked={chosen === c.id}
                      onChange={() => setChosen(c.id)}
                      aria-describedby={`template-${c.id}-hint`}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={`template-${c.id}`}>
                      <TemplateName name={c.name} />
                    </label>
                    <div className="govuk-hint govuk-radios__hint" id={`template-${c.id}-hint`}>
                      {t('chooseTemplate.version', { version: c.version })}
                    </div>
                  </div>
                ))}
              </div>
            )}
          </fieldset>
        </div>
        <button type="submit" className="govuk-button">
          {t('chooseTemplate.start')}
        </button>
      </form>
    </>
  );
}
