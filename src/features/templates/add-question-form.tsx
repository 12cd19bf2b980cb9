import { useT } from '@/components/i18n/use-locale.ts';
import { kindDescription, kindName } from './kind-names.ts';
import { memo, useState, type FormEvent } from 'react';
import { TextInput } from '@/components/text-input.tsx';
import { newQuestionId } from '@/domain/designer/edit-template.ts';
import { QUESTION_KINDS } from '@schemas/kinds/index.ts';
import type { QuestionDefinition } from '@schemas/template-definition.ts';
import type { DesignerDraft } from '@/storage/designer-draft.ts';
import { designerKind } from './kinds/index.ts';

/** Adds a question at the end of a section: its kind (each with a plain description) and its wording. */
export const AddQuestionForm = memo(function AddQuestionForm({
  draft,
  sectionId,
  onAdded,
}: {
  draft: DesignerDraft;
  sectionId: string;
  onAdded: (questionId: string) => void;
}) {
  const t = useT();
  const [kind, setKind] = useState<string>('textarea');
  const [label, setLabel] = useState('');
  const [error, setError] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (label.trim() === '') {
      setError(t('designer.add.error'));
      document.getElementById('new-question-label')?.focus();
      return;
    }
    const id = newQuestionId(draft.getHistory().definition, label);
    const question = {
      id,
      kind,
      label: { en: label.trim() },
      required: false,
      ...designerKind(kind).blank,
    } as QuestionDefinition;
    draft.dispatch({ type: 'edit', command: { type: 'add-question', sectionId, question } });
    setLabel('');
    setError('');
    onAdded(id);
  };
  return (
    <form onSubmit={submit} noValidate className="app-designer-add">
      <h2 className="govuk-heading-m" id="add-question-heading" tabIndex={-1}>
        {t('designer.add.heading')}
      </h2>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
            {t('designer.add.kind')}
          </legend>
          <div className="govuk-radios govuk-radios--small">
            {QUESTION_KINDS.map((k) => (
              <div className="govuk-radios__item" key={k}>
                <input
                  className="govuk-radios__input"
                  id={`new-question-kind-${k}`}
                  name="new-question-kind"
                  type="radio"
                  value={k}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                  aria-describedby={`new-question-kind-${k}-hint`}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`new-question-kind-${k}`}>
                  {kindName(k)}
                </label>
                <div className="govuk-hint govuk-radios__hint" id={`new-question-kind-${k}-hint`}>
                  {kindDescription(k)}
                </div>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <TextInput
        id="new-question-label"
        label={t('designer.add.label')}
        labelClassName="govuk-label--s"
        hint={t('designer.add.hint')}
        {...(error ? { error } : {})}
        inputProps={{ value: label, onChange: (e) => setLabel(e.target.value) }}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        {t('designer.add.button')}
      </button>
    </form>
  );
});
