import type { Language } from '@schemas/local-text.ts';
import type { ReactNode } from 'react';
import { TemplateText } from '../template-text.tsx';
import { wordProblem, type WordedProblem } from './problem-text.ts';
import { RichMessage } from './rich-message.tsx';
import { useLocale } from './use-locale.ts';

type Problem = Parameters<typeof wordProblem>[0];

/**
 * An answer's problem as the page shows it: the message in the interface language, and inside it the
 * template's own words (a question's label, a group) marked with the template's language when it is not
 * the page's, e.g. on a Welsh page "Rhaid i’r ateb fod yn 250 o nodau neu lai: <span lang="en-GB">Project
 * title</span>". The text is exactly problemText()'s.
 */
export function ProblemMessage({ problem, language }: { problem: Problem; language: Language }) {
  useLocale();
  const worded = wordProblem(problem);
  if (!worded) return <>{problem.message}</>;
  return <RichMessage id={worded.id} values={richValues(worded, language)} />;
}

function richValues(worded: WordedProblem, language: Language): Record<string, ReactNode> {
  const values: Record<string, ReactNode> = { ...worded.values };
  for (const key of worded.templateKeys) {
    values[key] = <TemplateText language={language}>{String(worded.values[key] ?? '')}</TemplateText>;
  }
  if (worded.inRow) {
    const { key, id, values: inRow } = worded.inRow;
    values[key] = (
      <RichMessage
        id={id}
        values={{
          ...inRow,
          label: <TemplateText language={language}>{String(inRow.label ?? '')}</TemplateText>,
          // The table's name for a row ("action") is the template's words too.
          ...(inRow.rowName
            ? { rowName: <TemplateText language={language}>{String(inRow.rowName)}</TemplateText> }
            : {}),
        }}
      />
    );
  }
  return values;
}
