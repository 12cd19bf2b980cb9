import type { ReactNode } from 'react';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { TextInput } from '@/components/text-input.tsx';
import { TextareaField } from '@/components/textarea-field.tsx';
import { reviewed, withWelsh } from '@/domain/designer/welsh-texts.ts';
import type { LocalText } from '@schemas/local-text.ts';
import { WelshReview } from './local-text-field.tsx';

/**
 * The Welsh of a list of texts (options, guidance paragraphs), one field per text beside the English
 * list, so each Welsh text stays with its English one. The first field has the id `<id>-cy`.
 * `onChange` receives the whole list; `part` says whether Welsh was typed or a text marked reviewed.
 */
export function WelshListFields({
  id,
  legend,
  itemName,
  context,
  texts,
  multiline = false,
  onChange,
  onBlur,
}: {
  id: string;
  legend: string;
  /** What one text is ("option", "paragraph"). */
  itemName: string;
  /** What the list is, for the buttons that act on one text ("guidance of Age", its label tagged English). */
  context: ReactNode;
  texts: readonly LocalText[];
  multiline?: boolean;
  onChange: (texts: LocalText[], part: 'cy' | 'reviewed') => void;
  onBlur?: () => void;
}) {
  const t = useT();
  const set = (i: number, next: LocalText, part: 'cy' | 'reviewed') =>
    onChange(
      texts.map((old, j) => (j === i ? next : old)),
      part,
    );
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-4">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
      {texts.length === 0 ? <p className="govuk-body-s">{t('designer.text.addEnglishFirst')}</p> : null}
      {texts.map((text, i) => {
        const fieldId = i === 0 ? `${id}-cy` : `${id}-cy-${i + 1}`;
        const english = text.en.trim() || `${itemName} ${i + 1}`;
        const label = (
          <span>
            {t('designer.text.welshOf', { item: itemName, number: i + 1 })}
            <span className="govuk-hint govuk-!-font-size-16" lang={text.en.trim() ? 'en' : undefined}>
              {' '}
              ({english.length > 40 ? `${english.slice(0, 40)}…` : english})
            </span>
          </span>
        );
        const change = (value: string) => set(i, withWelsh(text, value), 'cy');
        return (
          <div key={i}>
            {multiline ? (
              <TextareaField
                id={fieldId}
                label={label}
                rows={2}
                textareaProps={{
                  lang: 'cy',
                  value: text.cy ?? '',
                  onChange: (e) => change(e.target.value),
                  ...(onBlur ? { onBlur } : {}),
                }}
              />
            ) : (
              <TextInput
                id={fieldId}
                label={label}
                inputProps={{
                  lang: 'cy',
                  value: text.cy ?? '',
                  onChange: (e) => change(e.target.value),
                  ...(onBlur ? { onBlur } : {}),
                }}
              />
            )}
            <div>
              <WelshReview
                text={text}
                name={
                  <RichMessage
                    id="designer.text.itemOf"
                    values={{ item: itemName, number: i + 1, context }}
                  />
                }
                onReviewed={() => set(i, reviewed(text), 'reviewed')}
              />
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
