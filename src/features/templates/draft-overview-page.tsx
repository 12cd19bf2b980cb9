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
  const definition = useDraftHistory(draft).definition;
  const dispatch = draft.dispatch;
  useDocumentTitle(`Edit ${definition.title.en || 'template'} (draft) – EIA Builder`);
  const heading = useHeadingFocus();
  const focusAfter = useFocusAfter();
  const [newTitle, setNewTitle] = useState('');
  const [error, setError] = useState('');
  const sections = definition.sections;

  const addSection = (event: FormEvent) => {
    event.preventDefault();
    if (newTitle.trim() === '') {
      setError('Enter a title for the new section');
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
      <BackLink href={paths.templates()}>Back to templates</BackLink>
      <SaveStatus status={saveStatus} />
      <span className="govuk-caption-l">Draft version {definition.version}</span>
      <h1 className="govuk-heading-l app-page-heading" ref={heading} tabIndex={-1}>
        Edit {definition.title.en || 'your template'}
      </h1>
      <UndoBar draft={draft} />
      <WelshGaps definition={definition} templateId={templateId} />
      <LocalTextField
        id="template-title"
        label="Title of the form"
        name="title of the form"
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
        label="Version number"
        labelClassName="govuk-label--s"
        hint="Assessments record the version they were written on. A published version never changes."
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
        Sections
      </h2>
      {sections.length === 0 ? <p className="govuk-body">This template has no sections yet.</p> : null}
      <ol className="govuk-list app-designer-list">
        {sections.map((section, index) => {
          const name = section.title.en || `Section ${index + 1}`;
          return (
            <li key={section.id} className="app-designer-list__item">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <span className="govuk-!-font-weight-bold">Section {index + 1}: </span>
                <Link
                  href={paths.templateDraftSection(templateId, section.id)}
                  className="govuk-link"
                  id={`section-${section.id}-link`}
                >
                  {name}
                </Link>{' '}
                <span className="govuk-hint govuk-!-font-size-16">
                  ({section.questions.length} question{section.questions.length === 1 ? '' : 's'})
                </span>
              </p>
              <p className="govuk-body-s govuk-!-margin-bottom-0 app-designer-actions">
                {index > 0 ? (
                  <LinkButton id={`section-${section.id}-up`} onClick={() => move(section.id, index, -1)}>
                    Move {name} up
                  </LinkButton>
                ) : null}
                {index < sections.length - 1 ? (
                  <LinkButton id={`section-${section.id}-down`} onClick={() => move(section.id, index, 1)}>
                    Move {name} down
                  </LinkButton>
                ) : null}
                <LinkButton id={`section-${section.id}-remove`} onClick={() => remove(section.id, index)}>
                  Remove section {name}
                </LinkButton>
              </p>
            </li>
          );
        })}
      </ol>
      <form onSubmit={addSection} noValidate className="govuk-!-margin-bottom-6">
        <TextInput
          id="new-section-title"
          label="Title of a new section"
          labelClassName="govuk-label--s"
          {...(error ? { error } : {})}
          inputProps={{ value: newTitle, onChange: (e) => setNewTitle(e.target.value) }}
        />
        <button type="submit" className="govuk-button govuk-button--secondary">
          Add section
        </button>
      </form>
      <PdfPreviewButtons definition={definition} />
      <div className="govuk-button-group">
        <Link href={paths.templateDraftPreview(templateId)} className="govuk-button govuk-button--secondary">
          Preview
        </Link>
        <Link href={paths.templateDraftPublish(templateId)} className="govuk-button">
          Check and publish
        </Link>
      </div>
    </>
  );
}
