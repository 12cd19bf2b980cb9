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
  const answers = { ...current.answers } as Record<keyof Answers, Answers[keyof Answers]>;
  for (const key of Object.keys(next.answers) as Array<keyof Answers>) {
    if (JSON.stringify(next.answers[key]) !== JSON.stringify(base.answers[key])) {
      answers[key] = next.answers[key];
    }
  }
  const sectionsChanged = JSON.stringify(next.completedSections) !== JSON.stringify(base.completedSections);
  return {
    ...next,
    answers: answers as Answers,
    completedSections: sectionsChanged ? next.completedSections : current.completedSections,
  };
}
