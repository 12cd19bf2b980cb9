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
import { TemplateExportButton } from './template-export-button.tsx';
import { TemplateFileActions } from './template-file-actions.tsx';

/**
 * The templates page (`/templates`): every template with its versions and draft, their status, who
 * changed them last and when, and how many assessments use each version. Built-in templates can be
 * copied, never edited. Actions: make a copy to adapt, start or edit a draft, preview, publish, retire.
 */
export function TemplatesPage() {
  useDocumentTitle('Templates – EIA Builder');
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
        Templates
      </h1>
      <p className="govuk-body">
        The forms assessors fill in. Make a copy of a template to adapt it to your organisation, preview it
        exactly as assessors will see it, then publish it. A published version never changes: assessments
        written on it keep it, and a change is a new version.
      </p>
      {catalogue.error ? (
        <p className="govuk-error-message">The templates could not be read: {String(catalogue.error)}</p>
      ) : catalogue.value ? (
        <TemplateList catalogue={catalogue.value} />
      ) : (
        <p className="govuk-body" role="status">
          Loading…
        </p>
      )}
      <TemplateFileActions />
    </>
  );
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
  const { repository } = useAppStorage();
  const name = useDesignerName();
  const [, navigate] = useLocation();
  const title = draft?.title ?? versions.at(-1)?.title ?? templateId;
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
        {builtIn ? <span className="govuk-caption-m">Built in: it can be copied, not edited</span> : null}
      </h2>
      <div>
        <table className="govuk-table app-versions-table">
          <caption className="govuk-visually-hidden">Versions of {title}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Version
              </th>
              <th scope="col" className="govuk-table__header">
                Status
              </th>
              <th scope="col" className="govuk-table__header">
                Last changed
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Assessments
              </th>
              <th scope="col" className="govuk-table__header">
                Actions
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {draft ? (
              <tr className="govuk-table__row">
                <td data-label="Version" className="govuk-table__cell app-designer-version">
                  {draft.version}
                </td>
                <td data-label="Status" className="govuk-table__cell">
                  <strong className="govuk-tag govuk-tag--yellow">Draft</strong>
                </td>
                <td data-label="Last changed" className="govuk-table__cell">
                  {formatDateTime(draft.updatedAt)}
                  {draft.updatedBy ? ` by ${draft.updatedBy}` : ''}
                </td>
                <td data-label="Assessments" className="govuk-table__cell govuk-table__cell--numeric">
                  0
                </td>
                <td data-label="Actions" className="govuk-table__cell">
                  <ul className="govuk-list">
                    <li>
                      <Link href={paths.templateDraft(templateId)} className="govuk-link">
                        Edit draft<span className="govuk-visually-hidden"> of {title}</span>
                      </Link>
                    </li>
                    <li>
                      <Link href={paths.templateDraftPreview(templateId)} className="govuk-link">
                        Preview<span className="govuk-visually-hidden"> the draft of {title}</span>
                      </Link>
                    </li>
                    <li>
                      <Link href={paths.templateDraftPublish(templateId)} className="govuk-link">
                        Publish<span className="govuk-visually-hidden"> the draft of {title}</span>
                      </Link>
                    </li>
                  </ul>
                </td>
              </tr>
            ) : null}
            {[...versions].reverse().map((v) => (
              <tr className="govuk-table__row" key={v.key}>
                <td data-label="Version" className="govuk-table__cell app-designer-version">
                  {v.version}
                </td>
                <td data-label="Status" className="govuk-table__cell">
                  {v.status === 'retired' ? (
                    <strong className="govuk-tag govuk-tag--grey">Retired</strong>
                  ) : (
                    <strong className="govuk-tag govuk-tag--green">Published</strong>
                  )}
                  {v.note ? (
                    <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">{v.note}</p>
                  ) : null}
                </td>
                <td data-label="Last changed" className="govuk-table__cell">
                  {v.publishedAt ? formatDateTime(v.publishedAt) : ''}
                  {v.publishedBy ? ` ${v.publishedAt ? 'by ' : ''}${v.publishedBy}` : ''}
                </td>
                <td data-label="Assessments" className="govuk-table__cell govuk-table__cell--numeric">
                  {v.assessments}
                </td>
                <td data-label="Actions" className="govuk-table__cell">
                  <ul className="govuk-list">
                    <li>
                      <Link href={paths.templateCopy(v.key)} className="govuk-link">
                        Make a copy to adapt
                        <span className="govuk-visually-hidden">
                          : {title} version {v.version}
                        </span>
                      </Link>
                    </li>
                    {v.builtIn ? (
                      <li>
                        <Link href={paths.templateCopyWithAdditions(v.key)} className="govuk-link">
                          Make a copy with the common additions
                          <span className="govuk-visually-hidden">
                            : {title} version {v.version}
                          </span>
                        </Link>
                        <span className="govuk-hint govuk-!-font-size-16 govuk-!-display-block">
                          Impact rating per group, Carers, Socio-economic disadvantage, action plan as a table
                        </span>
                      </li>
                    ) : null}
                    {!v.builtIn && !draft && v === latest ? (
                      <li>
                        <LinkButton onClick={() => void startNewVersion()}>
                          Start a new version<span className="govuk-visually-hidden"> of {title}</span>
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
                          {v.status === 'retired' ? 'Bring back' : 'Retire'}
                          <span className="govuk-visually-hidden">
                            {' '}
                            {title} version {v.version}
                          </span>
                        </LinkButton>
                      </li>
                    ) : null}
                    <li>
                      <TemplateExportButton
                        id={v.id}
                        version={v.version}
                        label={`${title} version ${v.version}`}
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
