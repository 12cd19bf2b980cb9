import './designer.scss';
import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { BackLink } from '@/components/back-link.tsx';
import { ErrorSummary } from '@/components/error-summary.tsx';
import { paths } from '@/components/paths.ts';
import { TextInput } from '@/components/text-input.tsx';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { useAppStorage } from '@/storage/storage-context.tsx';
import { templateLanguages } from '@schemas/template-definition.ts';
import { withCommonAdditions } from '@/domain/designer/common-additions.ts';
import { copyOfTemplate, templateIdFromName } from '@/domain/designer/copy-template.ts';
import { findTemplateDefinition } from '@schemas/templates/index.ts';
import { useDesignerName } from './designer-name.ts';
import { useHeadingFocus } from './use-heading-focus.ts';

/** "Make a copy to adapt": names the copy, then opens it as a draft (version 1 of a new template). */
export function CopyTemplatePage({
  templateKey,
  withAdditions = false,
}: {
  templateKey: string;
  withAdditions?: boolean;
}) {
  const [id, version] = splitKey(templateKey);
  const source = findTemplateDefinition(id, version);
  useDocumentTitle('Make a copy of a template – EIA Builder');
  const heading = useHeadingFocus();
  const { repository } = useAppStorage();
  const by = useDesignerName();
  const [, navigate] = useLocation();
  const [name, setName] = useState(source ? `${source.shortTitle.en} (adapted)` : '');
  const [welshName, setWelshName] = useState('');
  const [error, setError] = useState<{ message: string; attempt: number } | null>(null);

  if (!source) {
    return (
      <>
        <BackLink href={paths.templates()}>Back to templates</BackLink>
        <h1 className="govuk-heading-l app-page-heading" ref={heading} tabIndex={-1}>
          Template not found
        </h1>
        <p className="govuk-body">There is no template version “{templateKey}” in this browser.</p>
      </>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError({ message: 'Enter a name for your template', attempt: (error?.attempt ?? 0) + 1 });
      return;
    }
    const catalogue = await repository.templateCatalogue();
    const used = new Set([
      ...catalogue.versions.map((v) => v.id),
      ...catalogue.drafts.map((d) => d.templateId),
    ]);
    const copy = copyOfTemplate(
      withAdditions ? withCommonAdditions(source) : source,
      name,
      templateIdFromName(name, used),
      welshName,
    );
    await repository.startTemplateDraft(copy, templateKey, by);
    navigate(paths.templateDraft(copy.id));
  };

  return (
    <>
      <BackLink href={paths.templates()}>Back to templates</BackLink>
      {error ? (
        <ErrorSummary items={[{ message: error.message, targetId: 'copy-name' }]} focusKey={error.attempt} />
      ) : null}
      <h1 className="govuk-heading-l app-page-heading" ref={heading} tabIndex={-1}>
        Make a copy of {source.title.en} (version {source.version})
        {withAdditions ? ' with the common additions' : ''}
      </h1>
      <p className="govuk-body">
        The copy is a new template of your own, starting at version 1. Nothing changes in the original or in
        assessments written on it.
      </p>
      {withAdditions ? (
        <p className="govuk-body">
          It starts with the common additions ready: an impact rating for each equality group, “Carers” and
          “Socio-economic disadvantage”, and the action plan as a table with an owner and a due date for each
          action. Their Welsh versions are marked as needing review by a Welsh speaker.
        </p>
      ) : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextInput
          id="copy-name"
          label="Name of your template"
          labelClassName="govuk-label--m"
          hint="For example, Council equality impact assessment"
          {...(error ? { error: error.message } : {})}
          inputProps={{ value: name, onChange: (e) => setName(e.target.value), spellCheck: false }}
        />
        {templateLanguages(source).includes('cy') ? (
          <TextInput
            id="copy-name-cy"
            label="Name of your template in Welsh (optional)"
            labelClassName="govuk-label--s"
            hint="This template has Welsh. With a Welsh name the copy stays bilingual; without one it is published in English only until you add its Welsh name (its Welsh texts are kept)."
            inputProps={{
              lang: 'cy',
              value: welshName,
              onChange: (e) => setWelshName(e.target.value),
              spellCheck: false,
            }}
          />
        ) : null}
        <button type="submit" className="govuk-button">
          Make the copy
        </button>
      </form>
    </>
  );
}

function splitKey(key: string): [string, string] {
  const at = key.lastIndexOf('@');
  return at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)];
}
