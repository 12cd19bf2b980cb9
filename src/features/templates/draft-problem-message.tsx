import type { ReactNode } from 'react';
import { draftProblemWords } from '@/components/i18n/designer-text.ts';
import { InEnglish } from '@/components/i18n/in-english.tsx';
import { RichMessage } from '@/components/i18n/rich-message.tsx';
import type { DraftProblem } from '@/domain/designer/draft-problems.ts';

/** A problem before publishing, in the interface language, the template's own (English) words tagged so. */
export function DraftProblemMessage({ problem }: { problem: Pick<DraftProblem, 'code' | 'values'> }) {
  const { id, values } = draftProblemWords<ReactNode>(problem, {
    mark: (text) => <InEnglish>{text}</InEnglish>,
    sub: (subId, subValues) => <RichMessage id={subId} values={subValues} />,
  });
  return <RichMessage id={id} values={values} />;
}
