import type { ExportProgress } from '@/pdf/export-pdf.ts';
import { useT } from '@/components/i18n/use-locale.ts';
import { DownloadControl } from './download-control.tsx';
import { recordOf, useDownload, type DownloadButtonProps } from './use-download.ts';

const STEP_TEXT: Record<ExportProgress, string> = {
  starting: 'pdf.step.starting',
  'laying-out': 'pdf.step.layingOut',
  'attaching-data': 'pdf.step.attachingData',
};

/**
 * "Download PDF": makes the committee-ready appendix and downloads it. The PDF code is loaded with
 * import() on the first click (never with the page) and renders in a Web Worker, so the page stays
 * responsive. Progress is announced; a failure is explained under the button in plain English.
 */
export function DownloadPdfButton({ assessment, label, variant = 'button' }: DownloadButtonProps) {
  const t = useT();
  const { state, errorId, download } = useDownload<ExportProgress>('starting', t('pdf.failed'));
  const onClick = () =>
    void download(async (onStep) => {
      const { exportPdf } = await import('@/pdf/export-pdf.ts').catch(() => {
        throw new Error(t('pdf.couldNotLoad'));
      });
      return exportPdf(await recordOf(assessment), { onProgress: onStep });
    });
  return (
    <DownloadControl
      state={state}
      errorId={errorId}
      label={label ?? t('pdf.download')}
      variant={variant}
      working={{ status: (step) => t(STEP_TEXT[step]), label: t('pdf.preparing') }}
      onClick={onClick}
    >
      {state.kind === 'idle' && state.unsupported?.length ? (
        <div className="govuk-warning-text govuk-!-margin-top-2">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">{t('common.warning')}</span>
            {t('pdf.unsupported', {
              count: state.unsupported.length,
              characters: state.unsupported.join(' '),
            })}
          </strong>
        </div>
      ) : null}
    </DownloadControl>
  );
}
