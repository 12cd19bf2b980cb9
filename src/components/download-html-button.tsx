import { DownloadControl } from './download-control.tsx';
import { recordOf, useDownload, type DownloadButtonProps } from './use-download.ts';

const COULD_NOT_LOAD =
  'The accessible version could not be made. Check you are still connected to the site, reload the page and try again.';

/**
 * "Download accessible version (HTML)": the appendix as one self-contained web page (headings, lists,
 * the document language, no script), for publishing beside the PDF under the accessibility
 * regulations. The HTML maker is loaded with import() on the first click, never with the page.
 */
export function DownloadHtmlButton({
  assessment,
  label = 'Download accessible version (HTML)',
  variant = 'button',
}: DownloadButtonProps) {
  const { state, errorId, download } = useDownload(
    'making',
    'The accessible version could not be made. Try again.',
  );
  const onClick = () =>
    void download(async () => {
      const { buildAppendixHtml } = await import('@/html/build-appendix-html.ts').catch(() => {
        throw new Error(COULD_NOT_LOAD);
      });
      const record = await recordOf(assessment);
      const { html, fileName } = buildAppendixHtml(record, { exportedAt: new Date() });
      return { blob: new Blob([html], { type: 'text/html;charset=utf-8' }), fileName };
    });
  return (
    <DownloadControl
      state={state}
      errorId={errorId}
      label={label}
      variant={variant}
      working={{ status: () => 'Making the accessible version…' }}
      onClick={onClick}
    />
  );
}
