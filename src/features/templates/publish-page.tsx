import { useT } from '@/components/i18n/use-locale.ts';
import { TemplateName } from '@/components/template-text.tsx';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { ChangeLine } from './change-line.tsx';
import './designer.scss';
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { BackLink } from '@/components/back-link.tsx';
import { ErrorSummary } from '@/components/error-summary.tsx';
import { paths } from '@/components/paths.ts';
import { TextInput } from '@/components/text-input.tsx';
import { TextareaField } from '@/components/textarea-field.tsx';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { draftProblemText } from '@/components/i18n/designer-text.ts';
import { draftProblems } from '@/domain/designer/draft-problems.ts';
import { DraftProblemMessage } from './draft-problem-message.tsx';
import { templateChanges } from '@/domain/designer/template-changes.ts';
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
  const t = useT();
  const definition = useDraftHistory(draft).definition;
  const dispatch = draft.dispatch;
  useDocumentTitle(
    t('title.suffix', {
      page: t('designer.publish.pageTitle', { title: definition.title.en || (definition.title.cy ?? '') }),
    }),
  );
  const title = <TemplateName name={definition.title} />;
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
            {t('designer.publish.published', { version: definition.version })}
          </h1>
          <div className="govuk-panel__body">{title}</div>
        </div>
        <p className="govuk-body">{t('designer.publish.neverChanges')}</p>
        <ul className="govuk-list">
          <li>
            <Link href={paths.home()} className="govuk-link">
              {t('designer.publish.toAssessments')}
            </Link>
          </li>
          <li>
            <Link href={paths.templates()} className="govuk-link">
              {t('designer.publish.toTemplates')}
            </Link>
          </li>
        </ul>
      </>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const items = [
      ...(note.trim() === '' ? [{ message: t('designer.publish.noteError'), targetId: 'publish-note' }] : []),
      ...(name.trim() === '' ? [{ message: t('designer.publish.nameError'), targetId: 'publish-name' }] : []),
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
      <BackLink href={paths.templateDraft(templateId)}>
        {definition.title.en || definition.title.cy ? (
          <RichMessage id="designer.publish.backTo" values={{ title }} />
        ) : (
          t('designer.publish.backToDraft')
        )}
      </BackLink>
      {problems.length > 0 ? (
        <ErrorSummary
          title={t('designer.publish.fixFirst')}
          focusKey={1}
          items={problems.map((p) => ({
            message: <DraftProblemMessage problem={p} />,
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
      <span className="govuk-caption-l">{title}</span>
      <h1 className="govuk-heading-l app-page-heading" ref={heading} tabIndex={-1}>
        {t('designer.publish.heading', { version: definition.version })}
      </h1>
      <LanguageChoice
        languages={templateLanguages(definition)}
        onChoose={(languages) =>
          dispatch({ type: 'edit', command: { type: 'set-template', patch: { languages } } })
        }
        {...(welshProblem ? { error: draftProblemText(welshProblem) } : {})}
      />
      <h2 className="govuk-heading-m">{t('designer.publish.whatChanged')}</h2>
      {previous ? (
        changes.length === 0 ? (
          <p className="govuk-body">
            <RichMessage
              id="designer.publish.noChange"
              values={{ title: <TemplateName name={previous.title} />, version: previous.version }}
            />
          </p>
        ) : (
          <>
            <p className="govuk-body">
              <RichMessage
                id="designer.publish.comparedWith"
                values={{ title: <TemplateName name={previous.title} />, version: previous.version }}
              />
            </p>
            <ul className="govuk-list govuk-list--bullet" id="change-list">
              {changes.map((c) => (
                <li key={`${c.type}:${c.questionId}`}>
                  <ChangeLine change={c} />
                </li>
              ))}
            </ul>
          </>
        )
      ) : (
        <p className="govuk-body">{t('designer.publish.newTemplate')}</p>
      )}
      {problems.length === 0 ? <MovePreview definition={definition} /> : null}
      {problems.length === 0 ? (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <TextareaField
            id="publish-note"
            label={t('designer.publish.note')}
            labelClassName="govuk-label--s"
            hint={t('designer.publish.noteHint')}
            rows={3}
            {...(errorFor('publish-note') ? { error: errorFor('publish-note')! } : {})}
            textareaProps={{ value: note, onChange: (e) => setNote(e.target.value) }}
          />
          <TextInput
            id="publish-name"
            label={t('designer.publish.name')}
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
              <span className="govuk-visually-hidden">{t('designer.publish.warning')}</span>
              {t('designer.publish.warningText')}
            </strong>
          </div>
          <button type="submit" className="govuk-button">
            {t('designer.publish.button', { version: definition.version })}
          </button>
        </form>
      ) : (
        <p className="govuk-body">
          <Link href={paths.templateDraft(templateId)} className="govuk-link">
            {t('designer.publish.goBack')}
          </Link>
        </p>
      )}
    </>
  );
}
