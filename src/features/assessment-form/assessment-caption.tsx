import { type Template } from '@schemas/template-definition.ts';
import { type AnswersForm } from './answers-form.ts';
import { useLiveTitle } from './use-live-title.ts';

/** The assessment's title above a page heading, so the user always knows which EIA they are in. */
export function AssessmentCaption({
  control,
  template,
}: {
  control: AnswersForm['control'];
  template: Template;
}) {
  return <span className="govuk-caption-l">{useLiveTitle(control, template)}</span>;
}
