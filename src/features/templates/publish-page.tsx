import './designer.scss';
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { BackLink } from '@/components/back-link.tsx';
import { ErrorSummary } from '@/components/error-summary.tsx';
import { paths } from '@/components/paths.ts';
import { TextInput } from '@/components/text-input.tsx';
import { TextareaField } from '@/components/textarea-field.tsx';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { draftProblems } from '@/domain/designer/draft-problems.ts';
import { describeChange, templateChanges } from '@/domain/designer/template-changes.ts';
import { useAppStorage } from '@/storage/storage-context.tsx';
import { findTemplateDefinition } from '@schemas/templates/index.ts';
import { rememberDesignerName, useDesignerName } from './designer-name.ts';
import type { DraftPageProps } from './draft-page-props.ts';
import { useDraftHistory } from './use-draft.ts';
import { LanguageChoice } from './language-choice.tsx';
import { MovePreview } from './move-preview.tsx';
import { templateLanguages } from '@schemas/template-definition.ts';
import { useHeadingFocus } from './use-heading-focus.ts';

/**
 * Check and publish: the problems that must be fixed first (GOV.UK error summary, each linking to its
 * section), the change list against the version the draft started from, a short note of what changed,
 * and Publish, which freezes the version (a published version never changes).
 */
export function PublishPage({
  templateId,
  draft,
  basedOn,
  flush,
}: DraftPageProps & { basedOn: string | null; flush: () => Promise<boolean> }) {
  const definition = useDraftHistory(draft).definition;
  const dispatch = draft.dispatch;
  useDocumentTitle(`Check and publish ${definition.title.en} – EIA Builder`);
  const heading = useHeadingFocus();
  const { repository } = useAppStorage();
  const rememberedName = useDesignerName();
  const [note, setNote] = useState('');
  const [name, setName] = useState(rememberedName);
  const [errors, setErrors] = useState<{
    items: Array<{ message: string; targetId: string }>;
    attempt: number;
  } | null>(null);
  const [published, setPublished] = useState<string | null>(null);
  const problems = useMemo(() => draftProblems(definition), [definition]);
  const welshProblem = problems.find((p) => p.field === 'welsh');
  const previous = useMemo(() => {
    if (!basedOn) return undefined;
    const at = basedOn.lastIndexOf('@');
    return findTemplateDefinition(basedOn.slice(0, at), basedOn.slice(at + 1));
  }, [basedOn]);
  const changes = useMemo(
    () => (previous ? templateChanges(previous, definition) : []),
    [previous, definition],
  );

  if (published) {
    return (
      <>
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title app-page-heading" ref={heading} tabIndex={-1}>
            Version {definition.version} is published
          </h1>
          <div className="govuk-panel__body">{definition.title.en}</div>
        </div>
        <p className="govuk-body">
          New assessments can now be written on it. It will never change: to change it, start a new version
          from the templates page.
        </p>
        <ul className="govuk-list">
          <li>
            <Link href={paths.home()} className="govuk-link">
              Go to your assessments to start one on it
            </Link>
          </li>
          <li>
            <Link href={paths.templates()} className="govuk-link">
              Go to templates
            </Link>
          </li>
        </ul>
      </>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const items = [
      ...(note.trim() === ''
        ? [{ message: 'Enter a short note of what changed in this version', targetId: 'publish-note' }]
        : []),
      ...(name.trim() === '' ? [{ message: 'Enter your name', targetId: 'publish-name' }] : []),
    ];
    if (items.length) {
      setErrors({ items, attempt: (errors?.attempt ?? 0) + 1 });
      return;
    }
    await flush();
    rememberDesignerName(name);
    const result = await repository.publishTemplateDraft(templateId, note, name.trim());
    if (!result.ok) {
      setErrors({
        items: result.problems.map((message) => ({ message, targetId: 'publish-note' })),
        attempt: (errors?.attempt ?? 0) + 1,
      });
      return;
    }
    setPublished(result.key);
  };

  const errorFor = (id: string) => errors?.items.find((i) => i.targetId === id)?.message;
  return (
    <>
      <BackLink href={paths.templateDraft(templateId)}>Back to {definition.title.en || 'the draft'}</BackLink>
      {problems.length > 0 ? (
        <ErrorSummary
          title="Fix these before publishing"
          focusKey={1}
          items={problems.map((p) => ({
            message: p.message,
            targetId:
              p.field === 'welsh'
                ? 'template-languages-en'
                : p.targetId
                  ? p.targetId
                  : p.questionId
                    ? `q-${p.questionId}-heading`
                    : p.sectionId
                      ? `section-${p.sectionId}-link`
                      : 'template-title',
            href: p.sectionId
              ? paths.templateDraftSection(templateId, p.sectionId)
              : paths.templateDraft(templateId),
          }))}
        />
      ) : errors ? (
        <ErrorSummary items={errors.items} focusKey={errors.attempt} />
      ) : null}
      <span className="govuk-caption-l">{definition.title.en}</span>
      <h1 className="govuk-heading-l app-page-heading" ref={heading} tabIndex={-1}>
        Check and publish version {definition.version}
      </h1>
      <LanguageChoice
        languages={templateLanguages(definition)}
        onChoose={(languages) =>
          dispatch({ type: 'edit', command: { type: 'set-template', patch: { languages } } })
        }
        {...(welshProblem ? { error: welshProblem.message } : {})}
      />
      <h2 className="govuk-heading-m">What changed</h2>
      {previous ? (
        changes.length === 0 ? (
          <p className="govuk-body">
            No question changed from {previous.title.en} version {previous.version}.
          </p>
        ) : (
          <>
            <p className="govuk-body">
              Compared with {previous.title.en} version {previous.version}:
            </p>
            <ul className="govuk-list govuk-list--bullet" id="change-list">
              {changes.map((c) => (
                <li key={`${c.type}:${c.questionId}`}>{describeChange(c)}</li>
              ))}
            </ul>
          </>
        )
      ) : (
        <p className="govuk-body">This is a new template: every question is new.</p>
      )}
      {problems.length === 0 ? <MovePreview definition={definition} /> : null}
      {problems.length === 0 ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextareaField
            id="publish-note"
            label="A short note of what changed in this version"
            labelClassName="govuk-label--s"
            hint="Assessors and other EDI managers see it beside the version, e.g. Added Carers and an impact rating per group"
            rows={3}
            {...(errorFor('publish-note') ? { error: errorFor('publish-note')! } : {})}
            textareaProps={{ value: note, onChange: (e) => setNote(e.target.value) }}
          />
          <TextInput
            id="publish-name"
            label="Your name"
            labelClassName="govuk-label--s"
            widthClassName="govuk-!-width-one-half"
            {...(errorFor('publish-name') ? { error: errorFor('publish-name')! } : {})}
            inputProps={{
              value: name,
              onChange: (e) => setName(e.target.value),
              autoComplete: 'name',
              spellCheck: false,
            }}
          />
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>A published version can never be changed.
            </strong>
          </div>
          <button type="submit" className="govuk-button">
            Publish version {definition.version}
          </button>
        </form>
      ) : (
        <p className="govuk-body">
          <Link href={paths.templateDraft(templateId)} className="govuk-link">
            Go back to the draft to fix them
          </Link>
        </p>
      )}
    </>
  );
}
