import { useT } from '@/components/i18n/use-locale.ts';
import { TemplateName } from '@/components/template-text.tsx';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
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
  const t = useT();
  const source = findTemplateDefinition(id, version);
  useDocumentTitle(t('title.suffix', { page: t('designer.copy.pageTitle') }));
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
        <BackLink href={paths.templates()}>{t('designer.overview.back')}</BackLink>
        <h1 className="govuk-heading-l app-page-heading" ref={heading} tabIndex={-1}>
          {t('designer.copy.notFound')}
        </h1>
        <p className="govuk-body">{t('designer.copy.noSuch', { key: templateKey })}</p>
      </>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError({ message: t('designer.copy.nameError'), attempt: (error?.attempt ?? 0) + 1 });
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
      <BackLink href={paths.templates()}>{t('designer.overview.back')}</BackLink>
      {error ? (
        <ErrorSummary items={[{ message: error.message, targetId: 'copy-name' }]} focusKey={error.attempt} />
      ) : null}
      <h1 className="govuk-heading-l app-page-heading" ref={heading} tabIndex={-1}>
        <RichMessage
          id={withAdditions ? 'designer.copy.headingAdditions' : 'designer.copy.heading'}
          values={{ title: <TemplateName name={source.title} />, version: source.version }}
        />
      </h1>
      <p className="govuk-body">{t('designer.copy.intro')}</p>
      {withAdditions ? <p className="govuk-body">{t('designer.copy.additions')}</p> : null}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextInput
          id="copy-name"
          label={t('designer.copy.name')}
          labelClassName="govuk-label--m"
          hint={t('designer.copy.nameHint')}
          {...(error ? { error: error.message } : {})}
          inputProps={{ value: name, onChange: (e) => setName(e.target.value), spellCheck: false }}
        />
        {templateLanguages(source).includes('cy') ? (
          <TextInput
            id="copy-name-cy"
            label={t('designer.copy.welshName')}
            labelClassName="govuk-label--s"
            hint={t('designer.copy.welshNameHint')}
            inputProps={{
              lang: 'cy',
              value: welshName,
              onChange: (e) => setWelshName(e.target.value),
              spellCheck: false,
            }}
          />
        ) : null}
        <button type="submit" className="govuk-button">
          {t('designer.copy.button')}
        </button>
      </form>
    </>
  );
}

function splitKey(key: string): [string, string] {
  const at = key.lastIndexOf('@');
  return at < 0 ? [key, ''] : [key.slice(0, at), key.slice(at + 1)];
}
