import { unsupportedCharactersMessage } from '@/domain/unsupported-characters.ts';
import type { ExportProgress } from '@/pdf/export-pdf.ts';
import { DownloadControl } from './download-control.tsx';
import { recordOf, useDownload, type DownloadButtonProps } from './use-download.ts';

const STEP_TEXT: Record<ExportProgress, string> = {
  starting: 'Loading the PDF maker…',
  'laying-out': 'Laying out the pages…',
  'attaching-data': 'Adding the assessment data to the PDF…',
};

const COULD_NOT_LOAD =
  'The PDF maker could not be loaded. Check you are still connected to the site, reload the page and try again.';

/**
 * "Download PDF": makes the committee-ready appendix and downloads it. The PDF code is loaded with
 * import() on the first click (never with the page) and renders in a Web Worker, so the page stays
 * responsive. Progress is announced; a failure is explained under the button in plain English.
 */
export function DownloadPdfButton({
  assessment,
  label = 'Download PDF',
  variant = 'button',
}: DownloadButtonProps) {
  const { state, errorId, download } = useDownload<ExportProgress>(
    'starting',
    'The PDF could not be made. Try again.',
  );
  const onClick = () =>
    void download(async (onStep) => {
      const { exportPdf } = await import('@/pdf/export-pdf.ts').catch(() => {
        throw new Error(COULD_NOT_LOAD);
      });
      const record = await recordOf(assessment);
      return exportPdf(record, { onProgress: onStep });
    });
  return (
    <DownloadControl
      state={state}
      errorId={errorId}
      label={label}
      variant={variant}
      working={{ status: (step) => STEP_TEXT[step], label: 'Preparing PDF…' }}
      onClick={onClick}
    >
      {state.kind === 'idle' && state.unsupported?.length ? (
        <div className="govuk-warning-text govuk-!-margin-top-2">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {unsupportedCharactersMessage(state.unsupported)}
          </strong>
        </div>
      ) : null}
    </DownloadControl>
  );
}
