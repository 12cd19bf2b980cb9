import { useT } from '@/components/i18n/use-locale.ts';
import { InEnglish } from '@/components/i18n/in-english.tsx';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import './designer.scss';
import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { BackLink } from '@/components/back-link.tsx';
import { LinkButton } from '@/components/link-button.tsx';
import { paths } from '@/components/paths.ts';
import { SaveStatus } from '@/components/save-status.tsx';
import { TextInput } from '@/components/text-input.tsx';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { newSectionId, withEnglish } from '@/domain/designer/edit-template.ts';
import { reviewed, withWelsh } from '@/domain/designer/welsh-texts.ts';
import type { DraftPageProps } from './draft-page-props.ts';
import { PdfPreviewButtons } from './pdf-preview-buttons.tsx';
import { templateLanguages } from '@schemas/template-definition.ts';
import { LanguageChoice } from './language-choice.tsx';
import { LocalTextField } from './local-text-field.tsx';
import { UndoBar } from './undo-bar.tsx';
import { useDraftHistory } from './use-draft.ts';
import { WelshGaps } from './welsh-gaps.tsx';
import { useFocusAfter } from './use-focus-after.ts';
import { useHeadingFocus } from './use-heading-focus.ts';

/**
 * The draft's first page: its title and version, and its sections (add, rename on their own page,
 * remove, reorder), with Undo and Redo, Preview, and Check and publish.
 */
export function DraftOverviewPage({ templateId, draft, saveStatus }: DraftPageProps) {
  const t = useT();
  const definition = useDraftHistory(draft).definition;
  const dispatch = draft.dispatch;
  useDocumentTitle(
    t('title.suffix', {
      page: t('designer.overview.pageTitle', {
        title: definition.title.en || t('designer.overview.template'),
      }),
    }),
  );
  const heading = useHeadingFocus();
  const focusAfter = useFocusAfter();
  const [newTitle, setNewTitle] = useState('');
  const [error, setError] = useState('');
  const sections = definition.sections;

  const addSection = (event: FormEvent) => {
    event.preventDefault();
    if (newTitle.trim() === '') {
      setError(t('designer.overview.newSectionError'));
      focusAfter('new-section-title');
      return;
    }
    const id = newSectionId(definition);
    dispatch({
      type: 'edit',
      command: {
        type: 'add-section',
        section: {
          id,
          number: sections.length + 1,
          title: { en: newTitle.trim() },
          guidance: [],
          questions: [],
        },
      },
    });
    setNewTitle('');
    setError('');
    focusAfter(`section-${id}-link`);
  };

  const move = (sectionId: string, index: number, by: -1 | 1) => {
    dispatch({ type: 'edit', command: { type: 'move-section', sectionId, by } });
    const to = index + by;
    const direction = to === 0 ? 'down' : to === sections.length - 1 ? 'up' : by === -1 ? 'up' : 'down';
    focusAfter(`section-${sectionId}-${direction}`);
  };

  const remove = (sectionId: string, index: number) => {
    dispatch({ type: 'edit', command: { type: 'remove-section', sectionId } });
    const next = sections[index + 1] ?? sections[index - 1];
    focusAfter(next ? `section-${next.id}-link` : 'sections-heading');
  };

  const welsh = templateLanguages(definition).includes('cy');
  const textField = (field: 'title' | 'version', value: string) => ({
    value,
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      dispatch({
        type: 'edit',
        group: `template:${field}`,
        command: {
          type: 'set-template',
          patch:
            field === 'title'
              ? {
                  title: withEnglish(definition.title, e.target.value),
                  shortTitle: withEnglish(definition.shortTitle, e.target.value),
                }
              : { version: e.target.value },
        },
      }),
    onBlur: () => dispatch({ type: 'break' }),
    spellCheck: field === 'title',
  });

  return (
    <>
      <BackLink href={paths.templates()}>{t('designer.overview.back')}</BackLink>
      <SaveStatus status={saveStatus} />
      <span className="govuk-caption-l">
        {t('designer.overview.caption', { version: definition.version })}
      </span>
      <h1 className="govuk-heading-l app-page-heading" ref={heading} tabIndex={-1}>
        <RichMessage
          id="designer.overview.heading"
          values={{
            title: definition.title.en ? (
              <InEnglish>{definition.title.en}</InEnglish>
            ) : (
              t('designer.overview.yourTemplate')
            ),
          }}
        />
      </h1>
      <UndoBar draft={draft} />
      <WelshGaps definition={definition} templateId={templateId} />
      <LocalTextField
        id="template-title"
        label={t('designer.overview.formTitle')}
        name={t('designer.overview.formTitleName')}
        labelClassName="govuk-label--s"
        text={definition.title}
        welsh={welsh}
        onChange={({ next, part }) => {
          const shortTitle =
            part === 'en'
              ? withEnglish(definition.shortTitle, next!.en)
              : part === 'cy'
                ? withWelsh(definition.shortTitle, next!.cy ?? '')
                : reviewed(definition.shortTitle);
          dispatch({
            type: 'edit',
            ...(part === 'reviewed' ? {} : { group: `template:title-${part}` }),
            command: { type: 'set-template', patch: { title: next!, shortTitle } },
          });
        }}
        onBlur={() => dispatch({ type: 'break' })}
      />
      <TextInput
        id="template-version"
        label={t('designer.overview.version')}
        labelClassName="govuk-label--s"
        hint={t('designer.overview.versionHint')}
        widthClassName="govuk-input--width-10"
        inputProps={textField('version', definition.version)}
      />
      <LanguageChoice
        languages={templateLanguages(definition)}
        onChoose={(languages) =>
          dispatch({ type: 'edit', command: { type: 'set-template', patch: { languages } } })
        }
      />
      <h2 className="govuk-heading-m" id="sections-heading" tabIndex={-1}>
        {t('designer.overview.sections')}
      </h2>
      {sections.length === 0 ? <p className="govuk-body">{t('designer.overview.noSections')}</p> : null}
      <ol className="govuk-list app-designer-list">
        {sections.map((section, index) => {
          const name = section.title.en ? (
            <InEnglish>{section.title.en}</InEnglish>
          ) : (
            t('designer.overview.sectionNumbered', { number: index + 1 })
          );
          return (
            <li key={section.id} className="app-designer-list__item">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <span className="govuk-!-font-weight-bold">
                  {t('designer.overview.sectionLabel', { number: index + 1 })}{' '}
                </span>
                <Link
                  href={paths.templateDraftSection(templateId, section.id)}
                  className="govuk-link"
                  id={`section-${section.id}-link`}
                >
                  {name}
                </Link>{' '}
                <span className="govuk-hint govuk-!-font-size-16">
                  {t('designer.overview.questionCount', { count: section.questions.length })}
                </span>
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-0 app-designer-actions">
                {index > 0 ? (
                  <LinkButton id={`section-${section.id}-up`} onClick={() => move(section.id, index, -1)}>
                    <RichMessage id="designer.overview.moveUp" values={{ name }} />
                  </LinkButton>
                ) : null}
                {index < sections.length - 1 ? (
                  <LinkButton id={`section-${section.id}-down`} onClick={() => move(section.id, index, 1)}>
                    <RichMessage id="designer.overview.moveDown" values={{ name }} />
                  </LinkButton>
                ) : null}
                <LinkButton id={`section-${section.id}-remove`} onClick={() => remove(section.id, index)}>
                  <RichMessage id="designer.overview.remove" values={{ name }} />
                </LinkButton>
              </p>
            </li>
          );
        })}
      </ol>
      <form onSubmit={addSection} noValidate className="govuk-!-margin-bottom-6">
        <TextInput
          id="new-section-title"
          label={t('designer.overview.newSection')}
          labelClassName="govuk-label--s"
          {...(error ? { error } : {})}
          inputProps={{ value: newTitle, onChange: (e) => setNewTitle(e.target.value) }}
        />
        <button type="submit" className="govuk-button govuk-button--secondary">
          {t('designer.overview.addSection')}
        </button>
      </form>
      <PdfPreviewButtons definition={definition} />
      <div className="govuk-button-group">
        <Link href={paths.templateDraftPreview(templateId)} className="govuk-button govuk-button--secondary">
          {t('designer.overview.preview')}
        </Link>
        <Link href={paths.templateDraftPublish(templateId)} className="govuk-button">
          {t('designer.overview.publish')}
        </Link>
      </div>
    </>
  );
}
