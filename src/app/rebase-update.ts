import { type Answers } from '@schemas/answers.ts';
import { type Assessment } from '@schemas/assessment.ts';

/**
 * The review tools (status changes, comments) compute their change from the assessment as last rendered,
 * but typing does not re-render it (the draft holds newer answers). Saving their result as it is would put
 * back the answers as they were before the typing. This applies only what the tool changed (`base` →
 * `next`) to the draft's current assessment: answers and completed sections the tool did not touch keep
 * what was typed; everything else (status, history, comments, revision, publication) is the tool's.
 */
export function rebaseUpdate(base: Assessment, next: Assessment, current: Assessment): Assessment {
  const answers: Answers = { ...current.answers };
  for (const [key, value] of Object.entries(next.answers)) {
    if (JSON.stringify(value) !== JSON.stringify(base.answers[key])) answers[key] = value;
  }
  const sectionsChanged = JSON.stringify(next.completedSections) !== JSON.stringify(base.completedSections);
  return {
    ...next,
    answers,
    completedSections: sectionsChanged ? next.completedSections : current.completedSections,
  };
}
