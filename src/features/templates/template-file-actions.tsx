import { useRef, useState, type ChangeEvent } from 'react';
import { NotificationBanner } from '@/components/notification-banner.tsx';
import { useAppStorage } from '@/storage/storage-context.tsx';

/**
 * "Import a template": reads an `.eia-template.json` file through the safe template parse path. A
 * refused file says why in plain words and writes nothing; an accepted one adds the template version
 * (or says it is already here, unchanged).
 */
export function TemplateFileActions() {
  const { repository } = useAppStorage();
  const input = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<
    { ok: true; text: string } | { ok: false; problems: string[] } | null
  >(null);
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    try {
      const result = await repository.importTemplateFile(file.name, new Uint8Array(await file.arrayBuffer()));
      setOutcome(
        result.ok
          ? {
              ok: true,
              text: result.alreadyHere
                ? `${result.definition.title.en} version ${result.definition.version} is already here, the same. Nothing was changed.`
                : `${result.definition.title.en} version ${result.definition.version} was imported. New assessments can be written on it.`,
            }
          : { ok: false, problems: result.problems },
      );
    } catch (error) {
      setOutcome({
        ok: false,
        problems: [`“${file.name}” could not be imported: ${String((error as Error)?.message ?? error)}`],
      });
    } finally {
      if (input.current) input.current.value = '';
    }
  };
  return (
    <section aria-labelledby="import-template-heading" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-m" id="import-template-heading">
        Import a template
      </h2>
      {outcome?.ok ? (
        <NotificationBanner variant="success" heading={outcome.text} announce />
      ) : outcome ? (
        <div className="govuk-error-summary" role="alert">
          <h3 className="govuk-error-summary__title">The template was not imported</h3>
          <div className="govuk-error-summary__body">
            <ul className="govuk-list govuk-error-summary__list">
              {outcome.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="import-template-file">
          Choose an .eia-template.json file
        </label>
        <div className="govuk-hint" id="import-template-file-hint">
          A template exported from EIA Builder in another browser. A version that is already here is never
          changed.
        </div>
        <input
          ref={input}
          className="govuk-file-upload"
          id="import-template-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-template-file-hint"
          onChange={(e) => void onFile(e)}
        />
      </div>
    </section>
  );
}
