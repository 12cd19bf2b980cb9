import { useId, useRef, useState, type ReactNode } from 'react';
import type { Assessment } from '@schemas/assessment.ts';
import { LinkButton } from './link-button.tsx';
import { saveFile } from './save-file.ts';
import { useT } from '@/components/i18n/use-locale.ts';

type State = { kind: 'idle'; downloaded?: string } | { kind: 'working' } | { kind: 'error'; message: string };

/**
 * "Download accessible version (HTML)": the appendix as one self-contained web page (headings, lists,
 * the document language, no script), for publishing beside the PDF under the accessibility
 * regulations. The HTML maker is loaded with import() on the first click, never with the page.
 *
 * `assessment`: the record, or a function giving it at the moment of the click.
 */
export function DownloadHtmlButton({
  assessment,
  label,
  variant = 'button',
}: {
  assessment: Assessment | (() => Assessment | Promise<Assessment>);
  label?: ReactNode;
  /** 'link': a row action in a table. */
  variant?: 'button' | 'link';
}) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const working = useRef(false);
  const errorId = useId();
  const t = useT();

  async function download() {
    if (working.current) return;
    working.current = true;
    setState({ kind: 'working' });
    try {
      const { buildAppendixHtml } = await import('@/html/build-appendix-html.ts').catch(() => {
        throw new Error(t('html.couldNotLoad'));
      });
      const record = typeof assessment === 'function' ? await assessment() : assessment;
      const { html, fileName } = buildAppendixHtml(record, { exportedAt: new Date() });
      saveFile(new Blob([html], { type: 'text/html;charset=utf-8' }), fileName);
      setState({ kind: 'idle', downloaded: fileName });
    } catch (error) {
      setState({
        kind: 'error',
        message: error instanceof Error && error.message ? error.message : t('html.failed'),
      });
    } finally {
      working.current = false;
    }
  }

  const isWorking = state.kind === 'working';
  const describedBy = state.kind === 'error' ? errorId : undefined;
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
          aria-describedby={describedBy}
          onClick={() => void download()}
        >
          {label ?? t('html.download')}
        </LinkButton>
      ) : (
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
          data-module="govuk-button"
          aria-disabled={isWorking ? 'true' : undefined}
          aria-describedby={describedBy}
          onClick={() => void download()}
        >
          {label ?? t('html.download')}
        </button>
      )}
      <p className="govuk-body-s govuk-!-margin-bottom-0" role="status">
        {isWorking
          ? t('html.making')
          : state.kind === 'idle' && state.downloaded
            ? t('common.downloaded', { file: state.downloaded })
            : ''}
      </p>
      {state.kind === 'error' ? (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">{t('common.errorPrefix')}</span> {state.message}
        </p>
      ) : null}
    </div>
  );
}
