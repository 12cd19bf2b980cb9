import { type Template } from '@schemas/template-definition.ts';
import { type AnswersForm } from './answers-form.ts';
import { useLiveCompletedCount } from './use-live-status.ts';

/** "2 of 6 sections completed", live. */
export function CompletedCount({
  control,
  template,
  completedSections,
}: {
  control: AnswersForm['control'];
  template: Template;
  completedSections: readonly string[];
}) {
  const count = useLiveCompletedCount(control, template, completedSections);
  return (
    <p className="govuk-body">
      {count} of {template.sections.length} sections completed
    </p>
  );
}
