import './designer.scss';
import { useMemo, useState } from 'react';
import { BackLink } from '@/components/back-link.tsx';
import { Link } from 'wouter';
import { paths } from '@/components/paths.ts';
import { SaveStatus } from '@/components/save-status.tsx';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { withEnglishList } from '@/domain/designer/edit-template.ts';
import { templateLanguages } from '@schemas/template-definition.ts';
import { AddQuestionForm } from './add-question-form.tsx';
import type { DraftPageProps } from './draft-page-props.ts';
import { QuestionEditor } from './question-editor.tsx';
import { UndoBar } from './undo-bar.tsx';
import { useFocusAfter } from './use-focus-after.ts';
import { useHeadingFocus } from './use-heading-focus.ts';
import { ListTextarea } from './list-textarea.tsx';
import { LocalTextField } from './local-text-field.tsx';
import { WelshGaps } from './welsh-gaps.tsx';
import { WelshListFields } from './welsh-list-fields.tsx';

/** One section of a draft, like the form's own section pages: its title, guidance and questions. */
export function DraftSectionPage({
  templateId,
  sectionId,
  history,
  dispatch,
  saveStatus,
}: DraftPageProps & { sectionId: string }) {
  const definition = history.definition;
  const index = definition.sections.findIndex((s) => s.id === sectionId);
  const section = definition.sections[index];
  useDocumentTitle(
    `${section ? `Section ${index + 1}: ${section.title.en || 'no title'}` : 'Section not found'} – Edit ${definition.title.en} – EIA Builder`,
  );
  const heading = useHeadingFocus(sectionId);
  const focusAfter = useFocusAfter();
  const [opened, setOpened] = useState<string | null>(null);
  const welsh = templateLanguages(definition).includes('cy');
  // Stable while no section is added, removed, renamed or moved, so typing in one question re-renders only it.
  const othersKey = JSON.stringify(
    definition.sections.filter((s) => s.id !== sectionId).map((s) => [s.id, s.number, s.title.en]),
  );
  const otherSections = useMemo(
    () =>
      (JSON.parse(othersKey) as Array<[string, number, string]>).map(([id, number, title]) => ({
        id,
        number,
        title: { en: title },
      })),
    [othersKey],
  );

  if (!section) {
    return (
      <>
        <BackLink href={paths.templateDraft(templateId)}>Back to the template</BackLink>
        <h1 className="govuk-heading-l app-page-heading" ref={heading} tabIndex={-1}>
          Section not found
        </h1>
        <p className="govuk-body">
          This draft has no such section (it may have been removed). Undo brings it back.
        </p>
        <UndoBar history={history} dispatch={dispatch} />
      </>
    );
  }
  const previous = definition.sections[index - 1];
  const next = definition.sections[index + 1];
  return (
    <>
      <BackLink href={paths.templateDraft(templateId)}>
        Back to {definition.title.en || 'the template'}
      </BackLink>
      <SaveStatus status={saveStatus} />
      <span className="govuk-caption-l">
        {definition.title.en} (draft version {definition.version})
      </span>
      <h1 className="govuk-heading-l app-page-heading" ref={heading} tabIndex={-1}>
        Section {index + 1}: {section.title.en || 'no title yet'}
      </h1>
      <UndoBar history={history} dispatch={dispatch} />
      <WelshGaps definition={definition} templateId={templateId} sectionId={section.id} />
      <LocalTextField
        id="section-title"
        label="Section title"
        name="section title"
        labelClassName="govuk-label--s"
        text={section.title}
        welsh={welsh}
        onChange={({ next, part }) =>
          dispatch({
            type: 'edit',
            ...(part === 'reviewed' ? {} : { group: `section-title-${part}:${section.id}` }),
            command: { type: 'edit-section', sectionId: section.id, patch: { title: next! } },
          })
        }
        onBlur={() => dispatch({ type: 'break' })}
      />
      <div className={welsh ? 'app-bilingual' : undefined}>
        <div className={welsh ? 'app-bilingual__half' : undefined}>
          <ListTextarea
            id="section-guidance"
            label={
              welsh
                ? 'Guidance at the top of the section (optional, English)'
                : 'Guidance at the top of the section (optional)'
            }
            hint="Shown to the person filling in the form. Separate paragraphs with a blank line."
            items={section.guidance.map((p) => p.text.en).filter((t) => t.trim() !== '')}
            separator="paragraph"
            onChange={(lines) => {
              const texts = withEnglishList(
                section.guidance.map((p) => p.text),
                lines,
              );
              dispatch({
                type: 'edit',
                group: `section-guidance:${section.id}`,
                command: {
                  type: 'edit-section',
                  sectionId: section.id,
                  patch: {
                    guidance: texts.map((text, i) => ({
                      text,
                      printed: section.guidance[i]?.printed ?? false,
                    })),
                  },
                },
              });
            }}
            onBlur={() => dispatch({ type: 'break' })}
          />
        </div>
        {welsh ? (
          <div className="app-bilingual__half">
            <WelshListFields
              context="section guidance"
              id="section-guidance"
              legend="Guidance at the top of the section (Welsh)"
              itemName="paragraph"
              multiline
              texts={section.guidance.map((p) => p.text)}
              onChange={(texts, part) =>
                dispatch({
                  type: 'edit',
                  ...(part === 'cy' ? { group: `section-guidance-cy:${section.id}` } : {}),
                  command: {
                    type: 'edit-section',
                    sectionId: section.id,
                    patch: { guidance: section.guidance.map((p, i) => ({ ...p, text: texts[i]! })) },
                  },
                })
              }
              onBlur={() => dispatch({ type: 'break' })}
            />
          </div>
        ) : null}
      </div>
      <h2 className="govuk-heading-m" id="questions-heading" tabIndex={-1}>
        Questions
      </h2>
      {section.questions.length === 0 ? (
        <p className="govuk-body">This section has no questions yet.</p>
      ) : null}
      <ol className="govuk-list app-designer-list">
        {section.questions.map((question, i) => (
          <QuestionEditor
            key={question.id}
            sectionId={section.id}
            otherSections={otherSections}
            question={question}
            index={i}
            count={section.questions.length}
            nextId={section.questions[i + 1]?.id}
            previousId={section.questions[i - 1]?.id}
            startOpen={opened === question.id}
            welsh={welsh}
            dispatch={dispatch}
            focusAfter={focusAfter}
          />
        ))}
      </ol>
      <AddQuestionForm
        definition={definition}
        section={section}
        dispatch={dispatch}
        onAdded={(id) => {
          setOpened(id);
          focusAfter(`q-${id}-label`);
        }}
      />
      <nav className="govuk-pagination govuk-pagination--block" aria-label="Sections">
        {previous ? (
          <div className="govuk-pagination__prev">
            <Link
              href={paths.templateDraftSection(templateId, previous.id)}
              className="govuk-link govuk-pagination__link"
              rel="prev"
            >
              <span className="govuk-pagination__link-title">Previous section</span>
              <span className="govuk-visually-hidden">:</span>{' '}
              <span className="govuk-pagination__link-label">{previous.title.en}</span>
            </Link>
          </div>
        ) : null}
        {next ? (
          <div className="govuk-pagination__next">
            <Link
              href={paths.templateDraftSection(templateId, next.id)}
              className="govuk-link govuk-pagination__link"
              rel="next"
            >
              <span className="govuk-pagination__link-title">Next section</span>
              <span className="govuk-visually-hidden">:</span>{' '}
              <span className="govuk-pagination__link-label">{next.title.en}</span>
            </Link>
          </div>
        ) : null}
      </nav>
    </>
  );
}
