import type { ReactNode } from 'react';
import { useT } from '@/components/i18n/use-locale.ts';
import { LinkButton } from '@/components/link-button.tsx';
import { downloadTemplate } from '@/storage/files/download-template.ts';
import { findTemplateDefinition } from '@schemas/templates/index.ts';

/** Export a template version as an `.eia-template.json` file, to import in another browser. */
export function TemplateExportButton({
  id,
  version,
  label,
}: {
  id: string;
  version: string;
  /** What is exported, for screen readers (visually hidden). */
  label: ReactNode;
}) {
  const t = useT();
  const definition = findTemplateDefinition(id, version);
  if (!definition) return null;
  return (
    <LinkButton onClick={() => downloadTemplate(definition)}>
      {t('designer.templates.export')}
      {label} (.eia-template.json)
    </LinkButton>
  );
}
