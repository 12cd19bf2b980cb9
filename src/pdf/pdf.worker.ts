import { registerTemplate, templateConflict } from '@schemas/templates/index.ts';
import { buildAppendixPdf } from './build-appendix-pdf.ts';
import { browserFontSource } from './font-source.browser.ts';
import type { PdfJob, PdfWorkerMessage } from './pdf-worker-protocol.ts';

/**
 * The PDF Web Worker: react-pdf lays out and writes the PDF here, off the main thread, so typing and
 * scrolling stay smooth while it works. Fonts and the renderer stay loaded between exports.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PdfJob>) => void) | null;
  postMessage(message: PdfWorkerMessage, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const { id, assessment, exportedAt, template } = event.data;
  // A template the page learnt (imported or stored in this browser), checked by the page already.
  if (template && !templateConflict(template)) registerTemplate(template);
  buildAppendixPdf(assessment, {
    exportedAt: new Date(exportedAt),
    fonts: browserFontSource,
    onProgress: (step) => scope.postMessage({ id, type: 'progress', step }),
  }).then(
    ({ bytes, fileName, unsupported }) =>
      scope.postMessage({ id, type: 'done', bytes, fileName, unsupported }, [bytes.buffer]),
    (error: unknown) =>
      scope.postMessage({
        id,
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
