import { InEnglish } from '@/components/i18n/in-english.tsx';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import { useT } from '@/components/i18n/use-locale.ts';
import { optionsFromLabels } from '@/domain/designer/option-list.ts';
import type { LocalText } from '@schemas/local-text.ts';
import { ListTextarea } from '@/features/templates/list-textarea.tsx';
import { WelshListFields } from '@/features/templates/welsh-list-fields.tsx';
import type { KindEditorProps } from './index.ts';

type Option = { value: string; label: LocalText; hint?: LocalText };

/** The options of a choice (radios) or choices (checkboxes) question: one per line, so a pasted list makes many. */
export function OptionsEditor({ question, idPrefix, edit, endTyping, welsh }: KindEditorProps) {
  const t = useT();
  const options = ((question as { options?: Option[] }).options ?? []) as Option[];
  const english = (
    <ListTextarea
      id={`${idPrefix}-options`}
      label={welsh ? t('designer.options.labelEnglish') : t('designer.options.label')}
      hint={t('designer.options.hint')}
      items={options.map((o) => o.label.en)}
      separator="line"
      onChange={(labels) => edit({ options: optionsFromLabels(options, labels) }, `options:${question.id}`)}
      onBlur={endTyping}
    />
  );
  if (!welsh) return english;
  return (
    <div className="app-bilingual">
      <div className="app-bilingual__half">{english}</div>
      <div className="app-bilingual__half">
        <WelshListFields
          context={
            <RichMessage
              id="designer.options.of"
              values={{ label: <InEnglish>{question.label.en}</InEnglish> }}
            />
          }
          id={`${idPrefix}-options`}
          legend={t('designer.options.labelWelsh')}
          itemName={t('designer.options.item')}
          texts={options.map((o) => o.label)}
          onChange={(labels, part) =>
            edit(
              { options: options.map((o, i) => ({ ...o, label: labels[i]! })) },
              part === 'cy' ? `options-cy:${question.id}` : undefined,
            )
          }
          onBlur={endTyping}
        />
      </div>
    </div>
  );
}
