import { optionsFromLabels } from '@/domain/designer/option-list.ts';
import type { LocalText } from '@schemas/local-text.ts';
import { ListTextarea } from '@/features/templates/list-textarea.tsx';
import type { KindEditorProps } from './index.ts';

type Option = { value: string; label: LocalText; hint?: LocalText };

/** The options of a choice (radios) or choices (checkboxes) question: one per line, so a pasted list makes many. */
export function OptionsEditor({ question, idPrefix, edit, endTyping }: KindEditorProps) {
  const options = ((question as { options?: Option[] }).options ?? []) as Option[];
  return (
    <ListTextarea
      id={`${idPrefix}-options`}
      label="Options"
      hint="One option per line. Paste a list to add many at once."
      items={options.map((o) => o.label.en)}
      separator="line"
      onChange={(labels) => edit({ options: optionsFromLabels(options, labels) }, `options:${question.id}`)}
      onBlur={endTyping}
    />
  );
}
