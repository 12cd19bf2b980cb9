import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DownloadPdfButton } from '@/components/download-pdf-button.tsx';
import { activateLanguage, t } from '@/components/i18n/i18n.ts';
import { unsupportedCharactersMessage } from '@/domain/unsupported-characters.ts';
import type { PdfJob, PdfWorkerMessage } from '@/pdf/pdf-worker-protocol.ts';
import { buildExampleAssessment } from '../builders.ts';

/**
 * jsdom has no Web Worker and cannot run react-pdf, so these tests stand in a worker that speaks the
 * real protocol (src/pdf/pdf-worker-protocol.ts); the PDF itself is tested in Node (tests/pdf).
 */
type Script = (job: PdfJob, reply: (message: PdfWorkerMessage) => void) => Promise<void> | void;

function installWorker(script: Script) {
  class ScriptedWorker {
    onmessage: ((event: MessageEvent<PdfWorkerMessage>) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    postMessage(job: PdfJob) {
      void script(job, (message) => this.onmessage?.({ data: message } as MessageEvent<PdfWorkerMessage>));
    }
    terminate() {}
  }
  vi.stubGlobal('Worker', ScriptedWorker);
}

/** The files the page handed to the browser to download, by name. */
function watchDownloads(): string[] {
  const names: string[] = [];
  document.addEventListener('click', (event) => {
    const link = event.target;
    if (link instanceof HTMLAnchorElement && link.hasAttribute('download')) {
      event.preventDefault();
      names.push(link.download);
    }
  });
  return names;
}

beforeEach(() => {
  vi.resetModules();
  vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:pdf', revokeObjectURL: () => {} }));
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('DownloadPdfButton', () => {
  it('shows its progress, then downloads the PDF under its appendix file name', async () => {
    let finish = () => {};
    installWorker(async (job, reply) => {
      reply({ id: job.id, type: 'progress', step: 'laying-out' });
      await new Promise<void>((resolve) => (finish = resolve));
      reply({
        id: job.id,
        type: 'done',
        bytes: new Uint8Array([37, 80, 68, 70]),
        fileName: 'appendix-b.pdf',
        unsupported: [],
      });
    });
    const downloads = watchDownloads();
    render(<DownloadPdfButton assessment={buildExampleAssessment()} />);

    await userEvent.click(screen.getByRole('button', { name: 'Download PDF' }));
    expect(await screen.findByRole('button', { name: 'Preparing PDF…' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    // The status first says "Loading the PDF maker…": wait for the worker's own progress.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Laying out the pages…'));

    finish();
    await waitFor(() => expect(downloads).toEqual(['appendix-b.pdf']));
    expect(screen.getByRole('button', { name: 'Download PDF' })).not.toHaveAttribute('aria-disabled');
    expect(screen.getByRole('status')).toHaveTextContent('Downloaded appendix-b.pdf');
  });

  it('exports the record given at the moment of the click', async () => {
    const titles: string[] = [];
    installWorker((job, reply) => {
      titles.push(job.assessment.answers.projectTitle as string);
      reply({ id: job.id, type: 'done', bytes: new Uint8Array(), fileName: 'x.pdf', unsupported: [] });
    });
    const latest = buildExampleAssessment();
    latest.answers.projectTitle = 'Just typed';
    render(<DownloadPdfButton assessment={async () => latest} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download PDF' }));
    await waitFor(() => expect(titles).toEqual(['Just typed']));
  });

  it('warns which characters the PDF could not print', async () => {
    installWorker((job, reply) =>
      reply({
        id: job.id,
        type: 'done',
        bytes: new Uint8Array(),
        fileName: 'x.pdf',
        unsupported: ['中', '文'],
      }),
    );
    render(<DownloadPdfButton assessment={buildExampleAssessment()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download PDF' }));
    expect(
      await screen.findByText(/The PDF shows � in place of 2 characters it cannot print \(中 文\)/),
    ).toHaveTextContent('Warning');
  });

  it('words the warning from the catalogue exactly as the command line words it in English', () => {
    for (const characters of [['中'], ['中', '文']]) {
      expect(t('pdf.unsupported', { count: characters.length, characters: characters.join(' ') })).toBe(
        unsupportedCharactersMessage(characters),
      );
    }
  });

  it('warns in Welsh on a Welsh page, with the Welsh plural forms', async () => {
    await activateLanguage('cy');
    try {
      installWorker((job, reply) =>
        reply({ id: job.id, type: 'done', bytes: new Uint8Array(), fileName: 'x.pdf', unsupported: ['中'] }),
      );
      render(<DownloadPdfButton assessment={buildExampleAssessment()} />);
      await userEvent.click(screen.getByRole('button', { name: 'Lawrlwytho PDF' }));
      const warning = await screen.findByText(
        /^Mae’r PDF yn dangos � yn lle un nod na all ei argraffu \(中\)\./,
      );
      expect(warning.closest('[lang]')?.getAttribute('lang')).toBe('cy');
    } finally {
      await activateLanguage('en');
    }
  });

  it('stops a PDF maker that never answers and says so, rather than waiting for ever', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      installWorker(() => {});
      render(<DownloadPdfButton assessment={buildExampleAssessment()} />);
      await userEvent.click(screen.getByRole('button', { name: 'Download PDF' }));
      await screen.findByRole('button', { name: 'Preparing PDF…' });
      await vi.advanceTimersByTimeAsync(120_000);
      expect(await screen.findByText(/Making the PDF took too long and was stopped/)).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Download PDF' })).not.toHaveAttribute('aria-disabled');
    } finally {
      vi.useRealTimers();
    }
  });

  it('explains in plain English when the browser cannot make PDFs', async () => {
    vi.stubGlobal('Worker', undefined);
    render(<DownloadPdfButton assessment={buildExampleAssessment()} />);
    const button = screen.getByRole('button', { name: 'Download PDF' });
    await userEvent.click(button);
    const message = await screen.findByText(/Your browser could not start making the PDF/);
    expect(message).toHaveTextContent(
      'Error: Your browser could not start making the PDF. Reload the page and try again.',
    );
    expect(button).toHaveAccessibleDescription(expect.stringContaining('could not start making the PDF'));
  });

  it('says what went wrong inside the PDF maker, keeps the assessment, and lets the user try again', async () => {
    let attempt = 0;
    installWorker((job, reply) => {
      attempt += 1;
      if (attempt === 1) reply({ id: job.id, type: 'error', message: 'Font file not found' });
      else
        reply({
          id: job.id,
          type: 'done',
          bytes: new Uint8Array(),
          fileName: 'appendix-b.pdf',
          unsupported: [],
        });
    });
    const downloads = watchDownloads();
    render(<DownloadPdfButton assessment={buildExampleAssessment()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Download PDF' }));
    expect(await screen.findByText(/The PDF could not be made \(Font file not found\)/)).toHaveTextContent(
      'Your assessment has not changed. Try again',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Download PDF' }));
    await waitFor(() => expect(downloads).toEqual(['appendix-b.pdf']));
    expect(screen.queryByText(/could not be made/)).toBeNull();
  });
});
