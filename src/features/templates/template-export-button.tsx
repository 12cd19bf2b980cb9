import { LinkButton } from '@/components/link-button.tsx';
import { downloadTemplate } from '@/storage/files/download-template.ts';
import { findTemplateDefinition } from '@schemas/templates/index.ts';

/** Export a template version as an `.eia-template.json` file, to import in another browser. */
export function TemplateExportButton({ id, version, label }: { id: string; version: string; label: string }) {
  const definition = findTemplateDefinition(id, version);
  if (!definition) return null;
  return (
    <LinkButton onClick={() => downloadTemplate(definition)}>
      Export<span className="govuk-visually-hidden"> {label}</span> (.eia-template.json)
    </LinkButton>
  );
}
