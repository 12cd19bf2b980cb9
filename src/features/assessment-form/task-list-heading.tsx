import { useWatch } from 'react-hook-form';
import { UNTITLED } from '@/domain/assessment-summary.ts';
import { useDocumentTitle } from '@/components/use-document-title.ts';
import { type AnswersForm } from './answers-form.ts';
import { usePageHeadingFocus } from './use-page-heading-focus.ts';

/** The assessment's title as the page heading (and <title>), live as the title is edited. */
export function TaskListHeading({ control, caption }: { control: AnswersForm['control']; caption: string }) {
  const title = useWatch({
    control,
    name: 'projectTitle',
    exact: true,
    compute: (value: string | undefined) => (value ?? '').trim() || UNTITLED,
  });
  const ref = usePageHeadingFocus();
  useDocumentTitle(`${title} – EIA Builder`);
  return (
    <>
      <span className="govuk-caption-l">{caption}</span>
      <h1 className="govuk-heading-xl" tabIndex={-1} ref={ref}>
        {title}
      </h1>
    </>
  );
}
