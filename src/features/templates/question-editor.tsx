import { useLocale, useT } from '@/components/i18n/use-locale.ts';
import { InEnglish } from '@/components/i18n/in-english.tsx';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { kindDescription, roleDescription } from './kind-names.ts';
import { memo, useCallback, useState } from 'react';
import { LinkButton } from '@/components/link-button.tsx';
import { TextInput } from '@/components/text-input.tsx';
import { findQuestion, withEnglishList } from '@/domain/designer/edit-template.ts';
import { questionRoleSchema } from '@schemas/roles.ts';
import type { QuestionDefinition, SectionDefinition } from '@schemas/template-definition.ts';
import { ChangeKindControl } from './change-kind-control.tsx';
import { designerKind } from './kinds/index.ts';
import { ListTextarea } from './list-textarea.tsx';
import { LocalTextField, type LocalTextChange } from './local-text-field.tsx';
import { WelshListFields } from './welsh-list-fields.tsx';
import type { DesignerDraft } from '@/storage/designer-draft.ts';
import { useDraft } from './use-draft.ts';

/**
 * What a question's editor is given by its section page: the one props type of QuestionEditor and of the
 * fields it renders, so a new control of the editor needs a new prop in one place.
 */
export type QuestionEditorProps = {
  draft: DesignerDraft;
  sectionId: string;
  questionId: string;
  /** The sections it can be moved to (a stable array while no section title or order changes). */
  otherSections: ReadonlyArray<Pick<SectionDefinition, 'id' | 'number' | 'title'>>;
  index: number;
  count: number;
  /** The questions after and before it, where focus goes when it leaves the section. */
  nextId: string | undefined;
  previousId: string | undefined;
  startOpen: boolean;
  /** The template is published in Welsh: each text has its Welsh field beside the English. */
  welsh: boolean;
  focusAfter: (id: string) => void;
};

/**
 * One question of a draft: its wording and settings, and the buttons that move or remove it. Every
 * control says which question it acts on ("Move Age down", "Remove question Disability"). Typing in a
 * field is one undo step; leaving the field ends it.
 */
export const QuestionEditor = memo(function QuestionEditor(props: QuestionEditorProps) {
  // This question alone: an edit elsewhere keeps its identity, so this editor does not render again.
  const question = useDraft(props.draft, (h) =>
    findQuestion(h.definition, props.sectionId, props.questionId),
  );
  if (!question) return null;
  return <QuestionFields {...props} question={question} />;
});

function QuestionFields({
  draft,
  sectionId,
  question,
  otherSections,
  index,
  count,
  nextId,
  previousId,
  startOpen,
  welsh,
  focusAfter,
}: QuestionEditorProps & { question: QuestionDefinition }) {
  const dispatch = draft.dispatch;
  const t = useT();
  const locale = useLocale();
  const [open, setOpen] = useState(startOpen);
  const [moveTo, setMoveTo] = useState('');
  const id = `q-${question.id}`;
  const label = question.label.en.trim();
  const name = label || t('designer.question.numbered', { number: index + 1 });
  // The question's own wording in the buttons' names: tagged as English on a Welsh page.
  const nameNode = label ? <InEnglish>{label}</InEnglish> : name;
  const say = (message: string) => <RichMessage id={message} values={{ name: nameNode }} />;
  // Stable for the question's life, so the editors of its own settings (a table's columns, the options)
  // skip rendering while its label is typed into.
  const edit = useCallback(
    (patch: Record<string, unknown>, group?: string) =>
      dispatch({
        type: 'edit',
        command: { type: 'edit-question', sectionId, questionId: question.id, patch },
        ...(group ? { group } : {}),
      }),
    [dispatch, sectionId, question.id],
  );
  const endTyping = useCallback(() => dispatch({ type: 'break' }), [dispatch]);
  const text = (field: 'label' | 'descriptor' | 'hint' | 'requiredMessage', what: string) => ({
    text: question[field],
    welsh,
    name: <RichMessage id={what} values={{ name: nameNode }} />,
    optional: field !== 'label',
    onChange: ({ next, part }: LocalTextChange) =>
      edit(
        { [field]: next },
        part === 'reviewed' ? undefined : `${field}${part === 'cy' ? '-cy' : ''}:${question.id}`,
      ),
    onBlur: endTyping,
  });

  const move = (by: -1 | 1) => {
    dispatch({
      type: 'edit',
      command: { type: 'move-question', sectionId, questionId: question.id, by },
    });
    const to = index + by;
    focusAfter(`${id}-${to === 0 ? 'down' : to === count - 1 ? 'up' : by === -1 ? 'up' : 'down'}`);
  };
  const afterLeaving = () => {
    const next = nextId ?? previousId;
    focusAfter(next ? `q-${next}-heading` : 'questions-heading');
  };
  const remove = () => {
    dispatch({
      type: 'edit',
      command: { type: 'remove-question', sectionId, questionId: question.id },
    });
    afterLeaving();
  };
  const moveToSection = () => {
    if (!moveTo) return;
    dispatch({
      type: 'edit',
      command: {
        type: 'move-question-to-section',
        sectionId,
        questionId: question.id,
        toSectionId: moveTo,
      },
    });
    setMoveTo('');
    afterLeaving();
  };

  const kind = designerKind(question.kind);
  const others = otherSections;
  return (
    <li className="app-designer-question" aria-labelledby={`${id}-heading`}>
      <h3 className="govuk-heading-s govuk-!-margin-bottom-1" id={`${id}-heading`} tabIndex={-1}>
        {index + 1}.{' '}
        {label ? (
          <InEnglish>{label}</InEnglish>
        ) : (
          <span className="govuk-hint">{t('designer.question.noLabel')}</span>
        )}
      </h3>
      <p className="govuk-body-s govuk-hint govuk-!-margin-bottom-2 app-designer-meta">
        {kindDescription(question.kind)} {t('designer.question.answerKey', { key: question.id })}
        {question.required ? `. ${t('designer.question.required')}` : '.'}
      </p>
      <p className="govuk-body-s app-designer-actions">
        {index > 0 ? (
          <LinkButton id={`${id}-up`} onClick={() => move(-1)}>
            {say('designer.question.moveUp')}
          </LinkButton>
        ) : null}
        {index < count - 1 ? (
          <LinkButton id={`${id}-down`} onClick={() => move(1)}>
            {say('designer.question.moveDown')}
          </LinkButton>
        ) : null}
        <LinkButton id={`${id}-remove`} onClick={remove}>
          {say('designer.question.remove')}
        </LinkButton>
      </p>
      <details className="govuk-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="govuk-details__summary" id={`${id}-edit`}>
          <span className="govuk-details__summary-text">{say('designer.question.edit')}</span>
        </summary>
        <div className="govuk-details__text">
          <LocalTextField
            id={`${id}-label`}
            label={
              <>
                {t('designer.question.wording')}
                <span className="govuk-visually-hidden">
                  {' '}
                  {t('designer.question.wordingHidden', { number: index + 1 })}
                </span>
              </>
            }
            labelClassName="govuk-label--s"
            {...text('label', 'designer.question.wordingOf')}
          />
          <LocalTextField
            id={`${id}-descriptor`}
            label={t('designer.question.descriptor')}
            labelClassName="govuk-label--s"
            hint={t('designer.question.descriptorHint')}
            {...text('descriptor', 'designer.question.descriptorOf')}
          />
          <LocalTextField
            id={`${id}-hint`}
            label={t('designer.question.hint')}
            labelClassName="govuk-label--s"
            hint={t('designer.question.hintHint')}
            {...text('hint', 'designer.question.hintOf')}
          />
          <div className={welsh ? 'app-bilingual' : undefined}>
            <div className={welsh ? 'app-bilingual__half' : undefined}>
              <ListTextarea
                id={`${id}-guidance`}
                label={welsh ? t('designer.question.guidanceEnglish') : t('designer.question.guidance')}
                hint={t('designer.question.guidanceHint')}
                items={(question.guidance ?? []).map((g) => g.en).filter((g) => g.trim() !== '')}
                separator="paragraph"
                onChange={(lines) => {
                  const guidance = withEnglishList(question.guidance, lines);
                  edit({ guidance: guidance.length ? guidance : undefined }, `guidance:${question.id}`);
                }}
                onBlur={endTyping}
              />
            </div>
            {welsh ? (
              <div className="app-bilingual__half">
                <WelshListFields
                  context={<RichMessage id="designer.question.guidanceOf" values={{ name: nameNode }} />}
                  id={`${id}-guidance`}
                  legend={t('designer.question.guidanceWelsh')}
                  itemName={t('designer.question.paragraph')}
                  multiline
                  texts={question.guidance ?? []}
                  onChange={(guidance, part) =>
                    edit({ guidance }, part === 'cy' ? `guidance-cy:${question.id}` : undefined)
                  }
                  onBlur={endTyping}
                />
              </div>
            ) : null}
          </div>
          <div className="govuk-form-group">
            <div className="govuk-checkboxes govuk-checkboxes--small">
              <div className="govuk-checkboxes__item">
                <input
                  className="govuk-checkboxes__input"
                  id={`${id}-required`}
                  type="checkbox"
                  checked={question.required}
                  onChange={(e) => edit({ required: e.target.checked })}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={`${id}-required`}>
                  {t('designer.question.mustAnswer')}
                </label>
              </div>
            </div>
          </div>
          {question.required ? (
            <LocalTextField
              id={`${id}-required-message`}
              label={t('designer.question.requiredMessage')}
              labelClassName="govuk-label--s"
              hint={t('designer.question.requiredMessageHint')}
              {...text('requiredMessage', 'designer.question.requiredMessageOf')}
            />
          ) : null}
          <TextInput
            id={`${id}-max-length`}
            label={t('designer.question.maxLength')}
            labelClassName="govuk-label--s"
            widthClassName="govuk-input--width-5"
            inputProps={{
              inputMode: 'numeric',
              value: question.maxLength === undefined ? '' : String(question.maxLength),
              onChange: (e) => {
                const digits = e.target.value.replace(/\D/g, '');
                edit({ maxLength: digits === '' ? undefined : Number(digits) }, `max:${question.id}`);
              },
              onBlur: endTyping,
            }}
          />
          <div className="govuk-form-group">
            <label className="govuk-label govuk-label--s" htmlFor={`${id}-role`}>
              {t('designer.question.role')}
            </label>
            <div className="govuk-hint" id={`${id}-role-hint`}>
              {t('designer.question.roleHint')}
            </div>
            <select
              className="govuk-select app-designer-select"
              id={`${id}-role`}
              aria-describedby={`${id}-role-hint`}
              value={question.role ?? ''}
              onChange={(e) => edit({ role: e.target.value === '' ? undefined : e.target.value })}
            >
              <option value="">{t('designer.question.noRole')}</option>
              {questionRoleSchema.options.map((role) => (
                <option key={role} value={role}>
                  {roleDescription(role)}
                </option>
              ))}
            </select>
          </div>
          <ChangeKindControl
            question={question}
            idPrefix={id}
            name={nameNode}
            onChange={(next) =>
              dispatch({
                type: 'edit',
                command: {
                  type: 'change-question-kind',
                  sectionId,
                  questionId: question.id,
                  kind: next,
                  ...(designerKind(next).blank ? { blank: designerKind(next).blank } : {}),
                },
              })
            }
          />
          {kind.Editor ? (
            <kind.Editor question={question} idPrefix={id} edit={edit} endTyping={endTyping} welsh={welsh} />
          ) : null}
        </div>
      </details>
      {others.length > 0 ? (
        <div className="govuk-form-group app-designer-move">
          <label className="govuk-label govuk-!-font-size-16" htmlFor={`${id}-move-to`}>
            {say('designer.question.moveToSection')}
          </label>
          <select
            className="govuk-select app-designer-select"
            id={`${id}-move-to`}
            value={moveTo}
            onChange={(e) => setMoveTo(e.target.value)}
          >
            <option value="">{t('designer.question.chooseSection')}</option>
            {others.map((s) =>
              // The section's own title is English. An option cannot tag part of its text: on a page in
              // another language it is the number and the title alone ("5. Summary of Analysis"), tagged.
              locale === 'en' ? (
                <option key={s.id} value={s.id}>
                  {t('designer.section.heading', { number: s.number, title: s.title.en })}
                </option>
              ) : (
                <option key={s.id} value={s.id} lang="en">
                  {s.number}. {s.title.en}
                </option>
              ),
            )}
          </select>{' '}
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            onClick={moveToSection}
          >
            {t('designer.question.move')} <span className="govuk-visually-hidden">{nameNode}</span>
          </button>
        </div>
      ) : null}
    </li>
  );
}
