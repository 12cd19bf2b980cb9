import { useT } from '@/components/i18n/use-locale.ts';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import type { ReactNode } from 'react';
import { LinkButton } from '@/components/link-button.tsx';
import { TextInput } from '@/components/text-input.tsx';
import { TextareaField } from '@/components/textarea-field.tsx';
import { withEnglish, withOptionalEnglish } from '@/domain/designer/edit-template.ts';
import { reviewed, withOptionalWelsh, withWelsh } from '@/domain/designer/welsh-texts.ts';
import type { LocalText } from '@schemas/local-text.ts';
import { FieldForm } from './field-form.tsx';

export type LocalTextChange = {
  next: LocalText | undefined;
  /** Which part changed: typing in one part is one undo step; marking reviewed is a step of its own. */
  part: 'en' | 'cy' | 'reviewed';
};

/**
 * One text of a template (a label, a title, a hint…). In a template published in English only, its
 * English field. In a template published in Welsh, its English and Welsh fields side by side (stacked on
 * a narrow screen), the Welsh field `lang="cy"` with the id `<id>-cy`; a Welsh text marked as needing
 * review says so, with a button to mark it reviewed. Editing the English keeps the Welsh (marked for
 * review); editing the Welsh keeps the English.
 */
export function LocalTextField({
  id,
  label,
  name,
  hint,
  text,
  welsh,
  optional = false,
  multiline = false,
  labelClassName,
  widthClassName,
  onChange,
  onBlur,
}: {
  id: string;
  label: ReactNode;
  /** What the text is, in words, for the buttons that act on it ("wording of Age", its label tagged English). */
  name: ReactNode;
  hint?: ReactNode;
  text: LocalText | undefined;
  welsh: boolean;
  /** An optional text is removed when it has no words in either language. */
  optional?: boolean;
  multiline?: boolean;
  labelClassName?: string;
  widthClassName?: string;
  onChange: (change: LocalTextChange) => void;
  onBlur?: () => void;
}) {
  const t = useT();
  const english = (value: string) =>
    onChange({
      next: optional ? withOptionalEnglish(text, value) : withEnglish(text, value),
      part: 'en',
    });
  const cymraeg = (value: string) =>
    onChange({ next: optional ? withOptionalWelsh(text, value) : withWelsh(text, value), part: 'cy' });
  const field = (
    part: 'en' | 'cy',
    fieldId: string,
    fieldLabel: ReactNode,
    value: string,
    change: (value: string) => void,
    fieldHint?: ReactNode,
  ) => {
    const common = {
      id: fieldId,
      label: fieldLabel,
      ...(labelClassName ? { labelClassName } : {}),
      ...(fieldHint ? { hint: fieldHint } : {}),
    };
    const lang = part === 'cy' ? { lang: 'cy' } : {};
    return multiline ? (
      <TextareaField
        {...common}
        rows={2}
        textareaProps={{
          value,
          onChange: (e) => change(e.target.value),
          ...lang,
          ...(onBlur ? { onBlur } : {}),
        }}
      />
    ) : (
      <TextInput
        {...common}
        {...(widthClassName ? { widthClassName } : {})}
        inputProps={{
          value,
          onChange: (e) => change(e.target.value),
          ...lang,
          ...(onBlur ? { onBlur } : {}),
        }}
      />
    );
  };
  // In a form of its own: the browser reads this text's fields alone on each keystroke (field-form.tsx).
  if (!welsh) return <FieldForm>{field('en', id, label, text?.en ?? '', english, hint)}</FieldForm>;
  // "Hint (optional)" becomes "Hint (English, optional)" and "Hint (Welsh, optional)".
  const optionalSuffix = ` ${t('designer.text.optional')}`;
  const inLanguage = (language: string) =>
    typeof label === 'string' && label.endsWith(optionalSuffix) ? (
      t('designer.text.inLanguageOptional', { label: label.slice(0, -optionalSuffix.length), language })
    ) : (
      <RichMessage id="designer.text.inLanguage" values={{ label, language }} />
    );
  return (
    <FieldForm>
      <div className="app-bilingual">
        <div className="app-bilingual__half">
          {field('en', id, inLanguage(t('designer.text.english')), text?.en ?? '', english, hint)}
        </div>
        <div className="app-bilingual__half">
          {field('cy', `${id}-cy`, inLanguage(t('designer.text.welsh')), text?.cy ?? '', cymraeg)}
          <WelshReview
            text={text}
            name={name}
            onReviewed={() => onChange({ next: reviewed(text), part: 'reviewed' })}
          />
        </div>
      </div>
    </FieldForm>
  );
}

/** "Welsh needs review" and "Mark the Welsh of … as reviewed", when the text's Welsh is so marked. */
export function WelshReview({
  text,
  name,
  onReviewed,
}: {
  text: LocalText | undefined;
  name: ReactNode;
  onReviewed: () => void;
}) {
  const t = useT();
  if (!text?.cyNeedsReview || !text.cy) return null;
  return (
    <p className="govuk-body-s app-welsh-review">
      <strong className="govuk-tag govuk-tag--yellow">{t('designer.text.needsReview')}</strong>{' '}
      <LinkButton onClick={onReviewed}>
        {t('designer.text.markReviewed')}{' '}
        <span className="govuk-visually-hidden">
          <RichMessage id="designer.text.markReviewedOf" values={{ name }} />
        </span>{' '}
        {t('designer.text.asReviewed')}
      </LinkButton>
    </p>
  );
}
