import { useT } from '@/components/i18n/use-locale.ts';
import { DownloadControl } from './download-control.tsx';
import { recordOf, useDownload, type DownloadButtonProps } from './use-download.ts';

/**
 * "Download accessible version (HTML)": the appendix as one self-contained web page (headings, lists,
 * the document language, no script), for publishing beside the PDF under the accessibility
 * regulations. The HTML maker is loaded with import() on the first click, never with the page.
 */
export function DownloadHtmlButton({ assessment, label, variant = 'button' }: DownloadButtonProps) {
  const t = useT();
  const { state, errorId, download } = useDownload('making', t('html.failed'));
  const onClick = () =>
    void download(async () => {
      const { buildAppendixHtml } = await import('@/html/build-appendix-html.ts').catch(() => {
        throw new Error(t('html.couldNotLoad'));
      });
      const { html, fileName } = buildAppendixHtml(await recordOf(assessment), { exportedAt: new Date() });
      return { blob: new Blob([html], { type: 'text/html;charset=utf-8' }), fileName };
    });
  return (
    <DownloadControl
      state={state}
      errorId={errorId}
      label={label ?? t('html.download')}
      variant={variant}
      working={{ status: () => t('html.making') }}
      onClick={onClick}
    />
  );
}
