import { useState } from 'react';
import { TextareaField } from '@/components/textarea-field.tsx';
import { FieldForm } from './field-form.tsx';

/**
 * A textarea that edits a list of texts: one per line (options: paste a list to make many at once), or
 * one per paragraph (guidance: paragraphs separated by a blank line). What is typed stays as typed (a
 * new empty line is kept while typing); the list it makes is sent on every change. When the list
 * changes from elsewhere (undo, redo) the text is rebuilt from it.
 */
export function ListTextarea({
  id,
  label,
  hint,
  items,
  separator,
  onChange,
  onBlur,
  error,
}: {
  id: string;
  label: string;
  hint?: string;
  items: readonly string[];
  separator: 'line' | 'paragraph';
  onChange: (items: string[]) => void;
  onBlur?: () => void;
  error?: string;
}) {
  const join = (list: readonly string[]) => list.join(separator === 'line' ? '\n' : '\n\n');
  const [text, setText] = useState(() => join(items));
  const [shown, setShown] = useState<readonly string[]>(items);
  if (shown !== items && join(shown) !== join(items)) {
    setShown(items);
    setText(join(items));
  }
  // In a form of its own: the browser reads this field alone on each keystroke (field-form.tsx).
  return (
    <FieldForm>
      <TextareaField
        id={id}
        label={label}
        labelClassName="govuk-label--s"
        {...(hint ? { hint } : {})}
        {...(error ? { error } : {})}
        rows={separator === 'line' ? 4 : 3}
        textareaProps={{
          value: text,
          onChange: (event) => {
            const next = splitList(event.target.value, separator);
            setText(event.target.value);
            setShown(next);
            onChange(next);
          },
          ...(onBlur ? { onBlur } : {}),
        }}
      />
    </FieldForm>
  );
}

export function splitList(text: string, separator: 'line' | 'paragraph'): string[] {
  return text
    .split(separator === 'line' ? /\r?\n/ : /\r?\n\s*\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
