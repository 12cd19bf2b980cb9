import './designer.scss';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { formatDateTime } from '@/components/format-date-time.ts';
import { paths } from '@/components/paths.ts';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { useHeadingFocus } from './use-heading-focus.ts';
import type { TemplateCatalogue, TemplateVersionInfo } from '@/storage/template-drafts-store.ts';
import { useAppStorage } from '@/storage/storage-context.tsx';
import { useLive } from '@/storage/use-live.ts';
import { useDesignerName } from './designer-name.ts';
import { nextVersion } from './next-version.ts';
import { findTemplateDefinition } from '@schemas/templates/index.ts';
import { LinkButton } from '@/components/link-button.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { InEnglish } from '@/components/i18n/in-english.tsx';
import { TemplateName } from '@/components/template-text.tsx';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { TemplateExportButton } from './template-export-button.tsx';
import { TemplateFileActions } from './template-file-actions.tsx';

/**
 * The templates page (`/templates`): every template with its versions and draft, their status, who
 * changed them last and when, and how many assessments use each version. Built-in templates can be
 * copied, never edited. Actions: make a copy to adapt, start or edit a draft, preview, publish, retire.
 */
export function TemplatesPage() {
  const t = useT();
  useDocumentTitle(t('title.suffix', { page: t('designer.templates.title') }));
  const heading = useHeadingFocus();
  const { repository } = useAppStorage();
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void repository.loadDesigner().then(() => setLoaded(true));
  }, [repository]);
  const catalogue = useLive(
    () => (loaded ? repository.templateCatalogue() : Promise.resolve(undefined)),
    [repository, loaded],
  );
  return (
    <>
      <h1 className="govuk-heading-l app-page-heading" ref={heading} tabIndex={-1}>
        {t('designer.templates.title')}
      </h1>
      <p className="govuk-body">{t('designer.templates.intro')}</p>
      {catalogue.error ? (
        <p className="govuk-error-message">
          {t('designer.templates.cannotRead', { error: String(catalogue.error) })}
        </p>
      ) : catalogue.value ? (
        <TemplateList catalogue={catalogue.value} />
      ) : (
        <p className="govuk-body" role="status">
          {t('designer.loading')}
        </p>
      )}
      <TemplateFileActions />
    </>
  );
}

/** Who published a version: a name, "Built in" or the file it was imported from (storage says which, in English). */
function publishedBy(v: TemplateVersionInfo, t: ReturnType<typeof useT>): string {
  const IMPORTED = 'Imported from ';
  if (!v.publishedBy) return '';
  if (v.builtIn && !v.publishedAt) return t('designer.templates.builtInBy');
  const who = v.publishedBy.startsWith(IMPORTED)
    ? t('designer.templates.importedFrom', { source: v.publishedBy.slice(IMPORTED.length) })
    : t('designer.templates.byName', { name: v.publishedBy });
  return v.publishedAt ? ` ${who}` : who;
}

function TemplateList({ catalogue }: { catalogue: TemplateCatalogue }) {
  const ids = [
    ...new Set([...catalogue.versions.map((v) => v.id), ...catalogue.drafts.map((d) => d.templateId)]),
  ];
  return (
    <>
      {ids.map((id) => (
        <TemplateBlock
          key={id}
          versions={catalogue.versions.filter((v) => v.id === id)}
          draft={catalogue.drafts.find((d) => d.templateId === id)}
          templateId={id}
        />
      ))}
    </>
  );
}

function TemplateBlock({
  templateId,
  versions,
  draft,
}: {
  templateId: string;
  versions: TemplateVersionInfo[];
  draft: TemplateCatalogue['drafts'][number] | undefined;
}) {
  const t = useT();
  const { repository } = useAppStorage();
  const name = useDesignerName();
  const [, navigate] = useLocation();
  // The template's own name: in the page's language when the template has it, else tagged with its own.
  const templateName = draft?.name ?? versions.at(-1)?.name;
  const title = templateName ? <TemplateName name={templateName} /> : <InEnglish>{templateId}</InEnglish>;
  const hidden = (id: string, values: Record<string, string> = {}) => (
    <span className="govuk-visually-hidden">
      {' '}
      <RichMessage id={id} values={{ title, ...values }} />
    </span>
  );
  const builtIn = versions.some((v) => v.builtIn);
  const latest = versions.at(-1);
  const headingId = `template-${templateId}`;

  const startNewVersion = async () => {
    if (!latest) return;
    const definition = findTemplateDefinition(latest.id, latest.version);
    if (!definition) return;
    await repository.startTemplateDraft(
      { ...definition, version: nextVersion(versions.map((v) => v.version)) },
      latest.key,
      name,
    );
    navigate(paths.templateDraft(templateId));
  };

  return (
    <section aria-labelledby={headingId} className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id={headingId}>
        {title}
        {builtIn ? <span className="govuk-caption-m">{t('designer.templates.builtIn')}</span> : null}
      </h2>
      <div>
        <table className="govuk-table app-versions-table">
          <caption className="govuk-visually-hidden">
            <RichMessage id="designer.templates.versionsOf" values={{ title }} />
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                {t('designer.templates.version')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('designer.templates.status')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('designer.templates.lastChanged')}
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                {t('designer.templates.assessments')}
              </th>
              <th scope="col" className="govuk-table__header">
                {t('designer.templates.actions')}
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {draft ? (
              <tr className="govuk-table__row">
                <td
                  data-label={t('designer.templates.version')}
                  className="govuk-table__cell app-designer-version"
                >
                  {draft.version}
                </td>
                <td data-label={t('designer.templates.status')} className="govuk-table__cell">
                  <strong className="govuk-tag govuk-tag--yellow">{t('designer.templates.draft')}</strong>
                </td>
                <td data-label={t('designer.templates.lastChanged')} className="govuk-table__cell">
                  {formatDateTime(draft.updatedAt)}
                  {draft.updatedBy ? ` ${t('designer.templates.byName', { name: draft.updatedBy })}` : ''}
                </td>
                <td
                  data-label={t('designer.templates.assessments')}
                  className="govuk-table__cell govuk-table__cell--numeric"
                >
                  0
                </td>
                <td data-label={t('designer.templates.actions')} className="govuk-table__cell">
                  <ul className="govuk-list">
                    <li>
                      <Link href={paths.templateDraft(templateId)} className="govuk-link">
                        {t('designer.templates.editDraft')}
                        {hidden('designer.templates.ofTemplate')}
                      </Link>
                    </li>
                    <li>
                      <Link href={paths.templateDraftPreview(templateId)} className="govuk-link">
                        {t('designer.templates.preview')}
                        {hidden('designer.templates.theDraftOf')}
                      </Link>
                    </li>
                    <li>
                      <Link href={paths.templateDraftPublish(templateId)} className="govuk-link">
                        {t('designer.templates.publish')}
                        {hidden('designer.templates.theDraftOf')}
                      </Link>
                    </li>
                  </ul>
                </td>
              </tr>
            ) : null}
            {[...versions].reverse().map((v) => (
              <tr className="govuk-table__row" key={v.key}>
                <td
                  data-label={t('designer.templates.version')}
                  className="govuk-table__cell app-designer-version"
                >
                  {v.version}
                </td>
                <td data-label={t('designer.templates.status')} className="govuk-table__cell">
                  {v.status === 'retired' ? (
                    <strong className="govuk-tag govuk-tag--grey">{t('designer.templates.retired')}</strong>
                  ) : (
                    <strong className="govuk-tag govuk-tag--green">
                      {t('designer.templates.published')}
                    </strong>
                  )}
                  {v.note ? (
                    <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                      <InEnglish>{v.note}</InEnglish>
                    </p>
                  ) : null}
                </td>
                <td data-label={t('designer.templates.lastChanged')} className="govuk-table__cell">
                  {v.publishedAt ? formatDateTime(v.publishedAt) : ''}
                  {publishedBy(v, t)}
                </td>
                <td
                  data-label={t('designer.templates.assessments')}
                  className="govuk-table__cell govuk-table__cell--numeric"
                >
                  {v.assessments}
                </td>
                <td data-label={t('designer.templates.actions')} className="govuk-table__cell">
                  <ul className="govuk-list">
                    <li>
                      <Link href={paths.templateCopy(v.key)} className="govuk-link">
                        {t('designer.templates.copy')}
                        {hidden('designer.templates.titleVersion', { version: v.version })}
                      </Link>
                    </li>
                    {v.builtIn ? (
                      <li>
                        <Link href={paths.templateCopyWithAdditions(v.key)} className="govuk-link">
                          {t('designer.templates.copyWithAdditions')}
                          {hidden('designer.templates.titleVersion', { version: v.version })}
                        </Link>
                        <span className="govuk-hint govuk-!-font-size-16 govuk-!-display-block">
                          {t('designer.templates.additionsHint')}
                        </span>
                      </li>
                    ) : null}
                    {!v.builtIn && !draft && v === latest ? (
                      <li>
                        <LinkButton onClick={() => void startNewVersion()}>
                          {t('designer.templates.newVersion')}
                          {hidden('designer.templates.ofTemplate')}
                        </LinkButton>
                      </li>
                    ) : null}
                    {!v.builtIn ? (
                      <li>
                        <LinkButton
                          onClick={() =>
                            void repository.setTemplateRetired(v.key, v.status !== 'retired', name)
                          }
                        >
                          {v.status === 'retired'
                            ? t('designer.templates.bringBack')
                            : t('designer.templates.retire')}
                          {hidden('designer.templates.titleVersion', { version: v.version })}
                        </LinkButton>
                      </li>
                    ) : null}
                    <li>
                      <TemplateExportButton
                        id={v.id}
                        version={v.version}
                        label={hidden('designer.templates.titleVersion', { version: v.version })}
                      />
                    </li>
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
