/** A question kind in plain words, for the move page's "was / now" columns. Unknown kinds show their name. */
const KIND_WORDS: Record<string, string> = {
  text: 'one line of text',
  textarea: 'text',
  date: 'a date',
  'yes-no': 'yes or no',
  choice: 'one choice from a list',
  choices: 'choices from a list',
  impact: 'an impact rating',
  table: 'a table',
};

export function kindWords(kind: string | undefined): string {
  if (!kind) return '';
  return KIND_WORDS[kind] ?? kind;
}
