import { useState } from 'react';
import { useT } from '@/components/i18n/use-locale.ts';

/**
 * Inside a notification banner, after a step that the other person must hear about (Send for review,
 * Return to assessor, Agree): nothing has been sent, export the file and send it, with the export button
 * right there. Once exported, it says so, names the file and says what to do with it.
 */
export function ExportPrompt({
  to,
  onExport,
  detail,
}: {
  /** Who the file goes to. */
  to: 'reviewer' | 'assessor';
  /** Downloads the .eia.json; returns the file's name. */
  onExport?: () => string | null | void;
  /** A sentence added to the "how to send it" paragraph before the export (when it was marked, by whom). */
  detail?: string;
}) {
  const t = useT();
  const [exported, setExported] = useState<string | null>(null);
  const forReviewer = to === 'reviewer';
  if (exported !== null) {
    return (
      <>
        <p className="govuk-notification-banner__heading">
          {exported ? t('export.done', { file: exported }) : t('export.doneNoName')}
        </p>
        <p className="govuk-body">{forReviewer ? t('export.sendToReviewer') : t('export.sendToAssessor')}</p>
        {onExport && (
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-4"
            data-module="govuk-button"
            onClick={() => setExported(onExport() || '')}
          >
            {t('export.again')}
          </button>
        )}
      </>
    );
  }
  return (
    <>
      <p className="govuk-notification-banner__heading">
        {forReviewer ? t('workflow.nothingSent') : t('export.nothingSentToAssessor')}
      </p>
      <p className="govuk-body">
        {forReviewer ? t('workflow.attach') : t('export.attachForAssessor')}
        {detail && ` ${detail}`}
      </p>
      {onExport && (
        <button
          type="button"
          className="govuk-button govuk-!-margin-bottom-4"
          data-module="govuk-button"
          onClick={() => setExported(onExport() || '')}
        >
          {forReviewer ? t('workflow.export') : t('export.forAssessor')}
        </button>
      )}
    </>
  );
}
