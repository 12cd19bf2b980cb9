import type { ReactNode } from 'react';
import { useT } from '@/components/i18n/use-locale.ts';
import { LinkButton } from './link-button.tsx';
import type { DownloadState } from './use-download.ts';

/**
 * The markup every "Download …" button shares: a secondary button (or, in a table row, a link-styled
 * button), a status line that announces progress and the file downloaded, and the failure under it.
 * `children`: anything more to say after a download (e.g. the PDF's unprintable characters).
 */
export function DownloadControl<Step extends string>({
  state,
  errorId,
  label,
  variant,
  working,
  onClick,
  children,
}: {
  state: DownloadState<Step>;
  errorId: string;
  /** What the button says; `working.label`, what it says while the file is being made (if different). */
  label: ReactNode;
  variant: 'button' | 'link';
  /** What the status line says at each step, and the button's text while working (else `label`). */
  working: { status: (step: Step) => string; label?: ReactNode };
  onClick: () => void;
  children?: ReactNode;
}) {
  const t = useT();
  const isWorking = state.kind === 'working';
  const shown = isWorking && working.label !== undefined ? working.label : label;
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
          onClick={onClick}
        >
          {shown}
        </LinkButton>
      ) : (
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
          data-module="govuk-button"
          aria-disabled={isWorking ? 'true' : undefined}
          aria-describedby={describedBy}
          onClick={onClick}
        >
          {shown}
        </button>
      )}
      <p className="govuk-body-s govuk-!-margin-bottom-0" role="status">
        {state.kind === 'working'
          ? working.status(state.step)
          : state.kind === 'idle' && state.downloaded
            ? t('common.downloaded', { file: state.downloaded })
            : ''}
      </p>
      {state.kind === 'error' ? (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">{t('common.errorPrefix')}</span> {state.message}
        </p>
      ) : null}
      {children}
    </div>
  );
}
