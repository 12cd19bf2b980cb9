import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FileUpload, fileUploadTranslations } from '@/components/file-upload.tsx';
import { activateLanguage } from '@/components/i18n/i18n.ts';

/**
 * Issue 12: the file upload's words are ours, from the catalogue, not the browser's "Choose Files" / "No
 * file chosen" (tests/e2e/welsh.test.ts sees them on the page in Chromium).
 */
describe('the file upload’s words', () => {
  afterAll(() => activateLanguage('en'));

  it('are Welsh on a Welsh page, with a count of files for every Welsh plural form', async () => {
    await activateLanguage('cy');
    const words = fileUploadTranslations(true, 'cy');
    expect(words).toMatchObject({
      chooseFilesButton: 'Dewis ffeiliau',
      dropInstruction: 'neu ollwng ffeiliau',
      noFileChosen: 'Dim ffeil wedi’i dewis',
      enteredDropZone: 'Wedi mynd i mewn i’r ardal ollwng',
      leftDropZone: 'Wedi gadael yr ardal ollwng',
    });
    expect(words.multipleFilesChosen).toEqual({
      zero: '%{count} ffeil wedi’u dewis',
      one: '%{count} ffeil wedi’i dewis',
      two: '%{count} ffeil wedi’u dewis',
      few: '%{count} ffeil wedi’u dewis',
      many: '%{count} ffeil wedi’u dewis',
      other: '%{count} ffeil wedi’u dewis',
    });
  });

  it('are English on an English page, "file" for one input of one file', async () => {
    await activateLanguage('en');
    expect(fileUploadTranslations(false, 'en-GB')).toMatchObject({
      chooseFilesButton: 'Choose file',
      dropInstruction: 'or drop file',
      noFileChosen: 'No file chosen',
      multipleFilesChosen: { one: '%{count} file chosen', other: '%{count} files chosen' },
    });
  });
});

describe('FileUpload', () => {
  beforeAll(() => activateLanguage('en'));
  afterEach(() => document.body.classList.remove('govuk-frontend-supported'));

  it('tells its caller the files chosen, picked or dropped (a dropped file’s change does not bubble)', async () => {
    const onFiles = vi.fn();
    render(
      <>
        <label htmlFor="f">Import</label>
        <FileUpload id="f" multiple onFiles={onFiles} />
      </>,
    );
    const input = screen.getByLabelText('Import') as HTMLInputElement;
    await userEvent.upload(input, [new File(['{}'], 'a.eia.json')]);
    expect(onFiles).toHaveBeenCalledTimes(1);
    expect(onFiles.mock.calls[0]![0][0].name).toBe('a.eia.json');
    input.dispatchEvent(new Event('change', { bubbles: false }));
    expect(onFiles).toHaveBeenCalledTimes(2);
  });

  it('becomes the GOV.UK enhanced control, with our words, where govuk-frontend is supported', async () => {
    document.body.classList.add('govuk-frontend-supported');
    render(
      <>
        <label htmlFor="g">Import a template</label>
        <FileUpload id="g" />
      </>,
    );
    const button = await screen.findByRole('button', { name: /Import a template/ });
    expect(button).toHaveTextContent('Choose file');
    expect(button).toHaveTextContent('or drop file');
    expect(document.querySelector('input[type="file"]')).toHaveAttribute('hidden');
  });
});
