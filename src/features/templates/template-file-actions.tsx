import { useRef, useState } from 'react';
import { FileUpload, clearFileUpload } from '@/components/file-upload.tsx';
import { NotificationBanner } from '@/components/notification-banner.tsx';
import type { FileProblem } from '@schemas/file-problems.ts';
import { fileProblemText } from '@/components/i18n/file-problem-text.ts';
import { useT } from '@/components/i18n/use-locale.ts';
import { useAppStorage } from '@/storage/storage-context.tsx';

/**
 * "Import a template": reads an `.eia-template.json` file through the safe template parse path. A
 * refused file says why in plain words and writes nothing; an accepted one adds the template version
 * (or says it is already here, unchanged).
 */
export function TemplateFileActions() {
  const t = useT();
  const { repository } = useAppStorage();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<
    // A refused file's problems as codes (worded at each render, in the language of the moment).
    { ok: true; text: string } | { ok: false; problems: Array<FileProblem | string> } | null
  >(null);
  const onFile = async (files: FileList) => {
    const file = files[0];
    if (!file) return;
    try {
      const result = await repository.importTemplateFile(file.name, new Uint8Array(await file.arrayBuffer()));
      setOutcome(
        result.ok
          ? {
              ok: true,
              text: t(result.alreadyHere ? 'designer.import.already' : 'designer.import.imported', {
                title: result.definition.title.en,
                version: result.definition.version,
              }),
            }
          : { ok: false, problems: result.coded },
      );
    } catch (error) {
      setOutcome({
        ok: false,
        problems: [
          t('designer.import.failed', {
            file: file.name,
            error: String((error as Error)?.message ?? error),
          }),
        ],
      });
    } finally {
      clearFileUpload(input.current);
    }
  };
  return (
    <section aria-labelledby="import-template-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="import-template-heading">
        {t('designer.import.heading')}
      </h2>
      {outcome?.ok ? (
        <NotificationBanner variant="success" heading={outcome.text} announce />
      ) : outcome ? (
        <div className="govuk-error-summary" role="alert">
          <h3 className="govuk-error-summary__title">{t('designer.import.notImported')}</h3>
          <div className="govuk-error-summary__body">
            <ul className="govuk-list govuk-error-summary__list">
              {outcome.problems.map((p, i) => (
                <li key={i}>{typeof p === 'string' ? p : fileProblemText(p)}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="import-template-file">
          {t('designer.import.choose')}
        </label>
        <div className="govuk-hint" id="import-template-file-hint">
          {t('designer.import.hint')}
        </div>
        <FileUpload
          inputRef={input}
          id="import-template-file"
          accept=".json,application/json"
          aria-describedby="import-template-file-hint"
          onFiles={(files) => void onFile(files)}
        />
      </div>
    </section>
  );
}
