import { memo, useCallback, useState } from 'react';
import { LinkButton } from '@/components/link-button.tsx';
import { TextInput } from '@/components/text-input.tsx';
import { findQuestion, withEnglishList } from '@/domain/designer/edit-template.ts';
import type { DesignerAction } from '@/domain/designer/designer-history.ts';
import { questionKinds, isQuestionKind } from '@schemas/kinds/index.ts';
import { questionRoleSchema, ROLE_DESCRIPTIONS } from '@schemas/roles.ts';
import type { QuestionDefinition, SectionDefinition } from '@schemas/template-definition.ts';
import { designerKind } from './kinds/index.ts';
import { ListTextarea } from './list-textarea.tsx';
import { LocalTextField, type LocalTextChange } from './local-text-field.tsx';
import { WelshListFields } from './welsh-list-fields.tsx';
import type { DesignerDraft } from '@/storage/designer-draft.ts';
import { useDraft } from './use-draft.ts';

/**
 * One question of a draft: its wording and settings, and the buttons that move or remove it. Every
 * control says which question it acts on ("Move Age down", "Remove question Disability"). Typing in a
 * field is one undo step; leaving the field ends it.
 */
export const QuestionEditor = memo(function QuestionEditor({
  draft,
  sectionId,
  questionId,
  otherSections,
  index,
  count,
  nextId,
  previousId,
  startOpen,
  welsh,
  focusAfter,
}: {
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
}) {
  // This question alone: an edit elsewhere keeps its identity, so this editor does not render again.
  const question = useDraft(draft, (h) => findQuestion(h.definition, sectionId, questionId));
  if (!question) return null;
  return (
    <QuestionFields
      dispatch={draft.dispatch}
      sectionId={sectionId}
      question={question}
      otherSections={otherSections}
      index={index}
      count={count}
      nextId={nextId}
      previousId={previousId}
      startOpen={startOpen}
      welsh={welsh}
      focusAfter={focusAfter}
    />
  );
});

function QuestionFields({
  dispatch,
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
}: {
  dispatch: (action: DesignerAction) => void;
  sectionId: string;
  question: QuestionDefinition;
  otherSections: ReadonlyArray<Pick<SectionDefinition, 'id' | 'number' | 'title'>>;
  index: number;
  count: number;
  nextId: string | undefined;
  previousId: string | undefined;
  startOpen: boolean;
  welsh: boolean;
  focusAfter: (id: string) => void;
}) {
  const [open, setOpen] = useState(startOpen);
  const [moveTo, setMoveTo] = useState('');
  const id = `q-${question.id}`;
  const name = question.label.en.trim() || `question ${index + 1}`;
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
    name: `${what} of ${name}`,
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
        {index + 1}. {question.label.en.trim() || <span className="govuk-hint">No label yet</span>}
      </h3>
      <p className="govuk-body-s govuk-hint govuk-!-margin-bottom-2 app-designer-meta">
        {isQuestionKind(question.kind) ? questionKinds[question.kind].description : question.kind} Answer key:{' '}
        {question.id}
        {question.required ? '. Required.' : '.'}
      </p>
      <p className="govuk-body-s app-designer-actions">
        {index > 0 ? (
          <LinkButton id={`${id}-up`} onClick={() => move(-1)}>
            Move {name} up
          </LinkButton>
        ) : null}
        {index < count - 1 ? (
          <LinkButton id={`${id}-down`} onClick={() => move(1)}>
            Move {name} down
          </LinkButton>
        ) : null}
        <LinkButton id={`${id}-remove`} onClick={remove}>
          Remove question {name}
        </LinkButton>
      </p>
      <details className="govuk-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="govuk-details__summary" id={`${id}-edit`}>
          <span className="govuk-details__summary-text">Edit {name}</span>
        </summary>
        <div className="govuk-details__text">
          <LocalTextField
            id={`${id}-label`}
            label={
              <>
                Question<span className="govuk-visually-hidden"> {index + 1} wording</span>
              </>
            }
            labelClassName="govuk-label--s"
            {...text('label', 'wording')}
          />
          <LocalTextField
            id={`${id}-descriptor`}
            label="Descriptor (optional)"
            labelClassName="govuk-label--s"
            hint="Printed with the question, e.g. “includes children and young people”"
            {...text('descriptor', 'descriptor')}
          />
          <LocalTextField
            id={`${id}-hint`}
            label="Hint (optional)"
            labelClassName="govuk-label--s"
            hint="Shown under the question in the form; not printed"
            {...text('hint', 'hint')}
          />
          <div className={welsh ? 'app-bilingual' : undefined}>
            <div className={welsh ? 'app-bilingual__half' : undefined}>
              <ListTextarea
                id={`${id}-guidance`}
                label={welsh ? 'Guidance (optional, English)' : 'Guidance (optional)'}
                hint="Shown in a “Guidance” block beside the question; not printed. Separate paragraphs with a blank line."
                items={(question.guidance ?? []).map((g) => g.en).filter((t) => t.trim() !== '')}
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
                  context={`guidance of ${name}`}
                  id={`${id}-guidance`}
                  legend="Guidance (Welsh)"
                  itemName="paragraph"
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
                  Must be answered to complete the section
                </label>
              </div>
            </div>
          </div>
          {question.required ? (
            <LocalTextField
              id={`${id}-required-message`}
              label="Message when it is not answered (optional)"
              labelClassName="govuk-label--s"
              hint="Say what to do, e.g. “Enter the name of the impact assessor”"
              {...text('requiredMessage', 'message when not answered')}
            />
          ) : null}
          <TextInput
            id={`${id}-max-length`}
            label="Maximum number of characters (optional)"
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
              What the question is for (optional)
            </label>
            <div className="govuk-hint" id={`${id}-role-hint`}>
              Review rules and outputs read this, e.g. the title names the assessment everywhere
            </div>
            <select
              className="govuk-select app-designer-select"
              id={`${id}-role`}
              aria-describedby={`${id}-role-hint`}
              value={question.role ?? ''}
              onChange={(e) => edit({ role: e.target.value === '' ? undefined : e.target.value })}
            >
              <option value="">Nothing in particular</option>
              {questionRoleSchema.options.map((role) => (
                <option key={role} value={role}>
                  {ROLE_DESCRIPTIONS[role]}
                </option>
              ))}
            </select>
          </div>
          {kind.Editor ? (
            <kind.Editor question={question} idPrefix={id} edit={edit} endTyping={endTyping} welsh={welsh} />
          ) : null}
        </div>
      </details>
      {others.length > 0 ? (
        <div className="govuk-form-group app-designer-move">
          <label className="govuk-label govuk-!-font-size-16" htmlFor={`${id}-move-to`}>
            Move {name} to another section
          </label>
          <select
            className="govuk-select app-designer-select"
            id={`${id}-move-to`}
            value={moveTo}
            onChange={(e) => setMoveTo(e.target.value)}
          >
            <option value="">Choose a section</option>
            {others.map((s) => (
              <option key={s.id} value={s.id}>
                Section {s.number}: {s.title.en}
              </option>
            ))}
          </select>{' '}
          <button
            type="button"
            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
            onClick={moveToSection}
          >
            {'Move '}
            <span className="govuk-visually-hidden">{name}</span>
          </button>
        </div>
      ) : null}
    </li>
  );
}
