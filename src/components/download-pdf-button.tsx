import { useId, useRef, useState, type ReactNode } from 'react';
import type { Assessment } from '@schemas/assessment.ts';
import { unsupportedCharactersMessage } from '@/domain/unsupported-characters.ts';
import type { ExportProgress } from '@/pdf/export-pdf.ts';
import { LinkButton } from './link-button.tsx';
import { saveFile } from './save-file.ts';

const STEP_TEXT: Record<ExportProgress, string> = {
  starting: 'Loading the PDF maker…',
  'laying-out': 'Laying out the pages…',
  'attaching-data': 'Adding the assessment data to the PDF…',
};

const COULD_NOT_LOAD =
  'The PDF maker could not be loaded. Check you are still connected to the site, reload the page and try again.';

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
  label = 'Download PDF',
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

  async function download() {
    if (working.current) return;
    working.current = true;
    setState({ kind: 'working', step: 'starting' });
    try {
      const { exportPdf } = await import('@/pdf/export-pdf.ts').catch(() => {
        throw new Error(COULD_NOT_LOAD);
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
        message:
          error instanceof Error && error.message ? error.message : 'The PDF could not be made. Try again.',
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
          {isWorking ? 'Preparing PDF…' : label}
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
          {isWorking ? 'Preparing PDF…' : label}
        </button>
      )}
      <p className="govuk-body-s govuk-!-margin-bottom-0" role="status">
        {isWorking
          ? STEP_TEXT[state.step]
          : state.kind === 'idle' && state.downloaded
            ? `Downloaded ${state.downloaded}`
            : ''}
      </p>
      {state.kind === 'error' ? (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {state.message}
        </p>
      ) : null}
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
    </div>
  );
}
