import { useId, useRef, useState, type ReactNode } from 'react';
import type { Assessment } from '@schemas/assessment.ts';
import { unsupportedCharactersMessage } from '@/domain/pdf-view-model.ts';
import type { ExportProgress } from '@/pdf/export-pdf.ts';
import { LinkButton } from './link-button.tsx';
import { saveFile } from './save-file.ts';
import { useT } from '@/components/i18n/use-locale.ts';
import { InEnglish } from '@/components/i18n/in-english.tsx';

const STEP_TEXT: Record<ExportProgress, string> = {
  starting: 'pdf.step.starting',
  'laying-out': 'pdf.step.layingOut',
  'attaching-data': 'pdf.step.attachingData',
};

type State =
  | { kind: 'idle'; downloaded?: string; unsupported?: string[] }
  | { kind: 'working'; step: ExportProgress }
  | { kind: 'error'; message: string };

/**
 * "Download PDF": makes the committee-ready appendix and downloads it. The PDF code is loaded with
 * import() on the first click (never with the page) and renders in a Web Worker, so the page stays
 * responsive. Progress is announced; a failure is explained under the button in plain English.
 *
 * `assessment`: the record to export, or a function giving it at the moment of the click (e.g. one that
 * first flushes a pending autosave, so the PDF holds every word just typed).
 */
export function DownloadPdfButton({
  assessment,
  label,
  variant = 'button',
}: {
  assessment: Assessment | (() => Assessment | Promise<Assessment>);
  label?: ReactNode;
  /** 'link': a row action in a table (a link-styled button and a small status line). */
  variant?: 'button' | 'link';
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const working = useRef(false);
  const errorId = useId();
  const t = useT();

  async function download() {
    if (working.current) return;
    working.current = true;
    setState({ kind: 'working', step: 'starting' });
    try {
      const { exportPdf } = await import('@/pdf/export-pdf.ts').catch(() => {
        throw new Error(t('pdf.couldNotLoad'));
      });
      const record = typeof assessment === 'function' ? await assessment() : assessment;
      const { blob, fileName, unsupported } = await exportPdf(record, {
        onProgress: (step) => setState({ kind: 'working', step }),
      });
      saveFile(blob, fileName);
      setState({ kind: 'idle', downloaded: fileName, unsupported });
    } catch (error) {
      setState({
        kind: 'error',
        message: error instanceof Error && error.message ? error.message : t('pdf.failed'),
      });
    } finally {
      working.current = false;
    }
  }

  const isWorking = state.kind === 'working';
  return (
    <div
      className={
        variant === 'link'
          ? ''
          : `govuk-form-group${state.kind === 'error' ? ' govuk-form-group--error' : ''}`
      }
    >
      {variant === 'link' ? (
        <LinkButton
          aria-disabled={isWorking ? 'true' : undefined}
          aria-describedby={state.kind === 'error' ? errorId : undefined}
          onClick={() => void download()}
        >
          {isWorking ? t('pdf.preparing') : (label ?? t('pdf.download'))}
        </LinkButton>
      ) : (
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
          data-module="govuk-button"
          aria-disabled={isWorking ? 'true' : undefined}
          aria-describedby={state.kind === 'error' ? errorId : undefined}
          onClick={() => void download()}
        >
          {isWorking ? t('pdf.preparing') : (label ?? t('pdf.download'))}
        </button>
      )}
      <p className="govuk-body-s govuk-!-margin-bottom-0" role="status">
        {isWorking
          ? t(STEP_TEXT[state.step])
          : state.kind === 'idle' && state.downloaded
            ? t('common.downloaded', { file: state.downloaded })
            : ''}
      </p>
      {state.kind === 'error' ? (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">{t('common.errorPrefix')}</span> {state.message}
        </p>
      ) : null}
      {state.kind === 'idle' && state.unsupported?.length ? (
        <div className="govuk-warning-text govuk-!-margin-top-2">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">{t('common.warning')}</span>
            <InEnglish>{unsupportedCharactersMessage(state.unsupported)}</InEnglish>
          </strong>
        </div>
      ) : null}
    </div>
  );
}
