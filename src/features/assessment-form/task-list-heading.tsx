import { useDocumentTitle } from '@/components/use-document-title.ts';
import { type AnswersForm } from './answers-form.ts';
import { useLiveTitle } from './use-live-title.ts';
import { usePageHeadingFocus } from './use-page-heading-focus.ts';

/** The assessment's title as the page heading (and <title>), live as the title is edited. */
export function TaskListHeading({ control, caption }: { control: AnswersForm['control']; caption: string }) {
  const title = useLiveTitle(control);
  const ref = usePageHeadingFocus();
  useDocumentTitle(`${title} – EIA Builder`);
  return (
    <>
      <span className="govuk-caption-l">{caption}</span>
      <h1 className="govuk-heading-xl app-page-heading" tabIndex={-1} ref={ref}>
        {title}
      </h1>
    </>
  );
}
