import { useT } from '@/components/i18n/use-locale.ts';
import { InEnglish } from '@/components/i18n/in-english.tsx';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import './designer.scss';
import { useCallback, useMemo, useState } from 'react';
import { BackLink } from '@/components/back-link.tsx';
import { Link } from 'wouter';
import { paths } from '@/components/paths.ts';
import { SaveStatus } from '@/components/save-status.tsx';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import type { DesignerHistory } from '@/domain/designer/designer-history.ts';
import { withEnglishList } from '@/domain/designer/edit-template.ts';
import type { LocalText } from '@schemas/local-text.ts';
import { templateLanguages, type SectionDefinition } from '@schemas/template-definition.ts';
import { AddQuestionForm } from './add-question-form.tsx';
import type { DraftPageProps } from './draft-page-props.ts';
import { QuestionEditor } from './question-editor.tsx';
import { UndoBar } from './undo-bar.tsx';
import { useFocusAfter } from './use-focus-after.ts';
import { useHeadingFocus } from './use-heading-focus.ts';
import { ListTextarea } from './list-textarea.tsx';
import { LocalTextField } from './local-text-field.tsx';
import { sameFields, useDraft } from './use-draft.ts';
import { DraftWelshGaps } from './welsh-gaps.tsx';
import { WelshListFields } from './welsh-list-fields.tsx';

/**
 * What the section page itself shows of the draft. It keeps its identity while a question is typed into
 * (questions are rendered by their own editors, each subscribed to its question), so a keystroke in a
 * question re-renders that question's editor alone.
 */
type SectionPageShape = {
  templateTitle: string;
  version: string;
  welsh: boolean;
  index: number;
  section: Pick<SectionDefinition, 'id' | 'title' | 'guidance'> | undefined;
  /** The section's question ids, one per line (a string, so that it compares by value). */
  questionIds: string;
  previous: { id: string; title: string } | undefined;
  next: { id: string; title: string } | undefined;
  /** The other sections (id, number, title), as JSON: the "Move to another section" choices. */
  others: string;
};

function sectionPageShape({ definition }: DesignerHistory, sectionId: string): SectionPageShape {
  const index = definition.sections.findIndex((s) => s.id === sectionId);
  const section = definition.sections[index];
  const near = (s: SectionDefinition | undefined) => (s ? { id: s.id, title: s.title.en } : undefined);
  return {
    templateTitle: definition.title.en,
    version: definition.version,
    welsh: templateLanguages(definition).includes('cy'),
    index,
    section: section && { id: section.id, title: section.title, guidance: section.guidance },
    questionIds: section ? section.questions.map((q) => q.id).join('\n') : '',
    previous: index > 0 ? near(definition.sections[index - 1]) : undefined,
    next: index >= 0 ? near(definition.sections[index + 1]) : undefined,
    others: JSON.stringify(
      definition.sections.filter((s) => s.id !== sectionId).map((s) => [s.id, s.number, s.title.en]),
    ),
  };
}

function sameShape(a: SectionPageShape, b: SectionPageShape): boolean {
  return (
    sameFields(a, b, ['previous', 'next', 'section']) &&
    sameFields(a.previous, b.previous) &&
    sameFields(a.next, b.next) &&
    sameFields(a.section, b.section)
  );
}

/** One section of a draft, like the form's own section pages: its title, guidance and questions. */
export function DraftSectionPage({
  templateId,
  sectionId,
  draft,
  saveStatus,
}: DraftPageProps & { sectionId: string }) {
  const t = useT();
  const shape = useDraft(draft, (h) => sectionPageShape(h, sectionId), sameShape);
  const { index, section, welsh, previous, next } = shape;
  const dispatch = draft.dispatch;
  useDocumentTitle(
    t('title.suffix', {
      page: t('designer.section.pageTitle', {
        section: section
          ? t('designer.section.heading', {
              number: index + 1,
              title: section.title.en || t('designer.section.noTitle'),
            })
          : t('designer.section.notFound'),
        template: shape.templateTitle,
      }),
    }),
  );
  const heading = useHeadingFocus(sectionId);
  const focusAfter = useFocusAfter();
  const [opened, setOpened] = useState<string | null>(null);
  const questionIds = useMemo(
    () => (shape.questionIds === '' ? [] : shape.questionIds.split('\n')),
    [shape.questionIds],
  );
  const otherSections = useMemo(
    () =>
      (JSON.parse(shape.others) as Array<[string, number, string]>).map(([id, number, title]) => ({
        id,
        number,
        title: { en: title } as LocalText,
      })),
    [shape.others],
  );
  const onAdded = useCallback(
    (id: string) => {
      setOpened(id);
      focusAfter(`q-${id}-label`);
    },
    [focusAfter],
  );

  if (!section) {
    return (
      <>
        <BackLink href={paths.templateDraft(templateId)}>{t('designer.section.backToTemplate')}</BackLink>
        <h1 className="govuk-heading-l app-page-heading" ref={heading} tabIndex={-1}>
          {t('designer.section.notFound')}
        </h1>
        <p className="govuk-body">{t('designer.section.notFoundBody')}</p>
        <UndoBar draft={draft} />
      </>
    );
  }
  return (
    <>
      <BackLink href={paths.templateDraft(templateId)}>
        {shape.templateTitle ? (
          <RichMessage
            id="designer.section.backTo"
            values={{ title: <InEnglish>{shape.templateTitle}</InEnglish> }}
          />
        ) : (
          t('designer.section.backToTemplate')
        )}
      </BackLink>
      <SaveStatus status={saveStatus} />
      <span className="govuk-caption-l">
        <RichMessage
          id="designer.section.caption"
          values={{ title: <InEnglish>{shape.templateTitle}</InEnglish>, version: shape.version }}
        />
      </span>
      <h1 className="govuk-heading-l app-page-heading" ref={heading} tabIndex={-1}>
        <RichMessage
          id="designer.section.heading"
          values={{
            number: index + 1,
            title: section.title.en ? (
              <InEnglish>{section.title.en}</InEnglish>
            ) : (
              t('designer.section.noTitleYet')
            ),
          }}
        />
      </h1>
      <UndoBar draft={draft} />
      <DraftWelshGaps draft={draft} templateId={templateId} sectionId={section.id} />
      <LocalTextField
        id="section-title"
        label={t('designer.section.title')}
        name={t('designer.section.titleName')}
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
            label={welsh ? t('designer.section.guidanceEnglish') : t('designer.section.guidance')}
            hint={t('designer.section.guidanceHint')}
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
              context={t('designer.section.guidanceContext')}
              id="section-guidance"
              legend={t('designer.section.guidanceWelsh')}
              itemName={t('designer.question.paragraph')}
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
        {t('designer.section.questions')}
      </h2>
      {questionIds.length === 0 ? <p className="govuk-body">{t('designer.section.noQuestions')}</p> : null}
      <ol className="govuk-list app-designer-list">
        {questionIds.map((questionId, i) => (
          <QuestionEditor
            key={questionId}
            draft={draft}
            sectionId={section.id}
            questionId={questionId}
            otherSections={otherSections}
            index={i}
            count={questionIds.length}
            nextId={questionIds[i + 1]}
            previousId={questionIds[i - 1]}
            startOpen={opened === questionId}
            welsh={welsh}
            focusAfter={focusAfter}
          />
        ))}
      </ol>
      <AddQuestionForm draft={draft} sectionId={section.id} onAdded={onAdded} />
      <nav className="govuk-pagination govuk-pagination--block" aria-label={t('designer.section.sections')}>
        {previous ? (
          <div className="govuk-pagination__prev">
            <Link
              href={paths.templateDraftSection(templateId, previous.id)}
              className="govuk-link govuk-pagination__link"
              rel="prev"
            >
              <span className="govuk-pagination__link-title">{t('designer.section.previous')}</span>
              <span className="govuk-visually-hidden">:</span>{' '}
              <span className="govuk-pagination__link-label" lang="en">
                {previous.title}
              </span>
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
              <span className="govuk-pagination__link-title">{t('designer.section.next')}</span>
              <span className="govuk-visually-hidden">:</span>{' '}
              <span className="govuk-pagination__link-label" lang="en">
                {next.title}
              </span>
            </Link>
          </div>
        ) : null}
      </nav>
    </>
  );
}
