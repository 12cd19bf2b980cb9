import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Assessment } from '@schemas/assessment.ts';
import type { Template } from '@schemas/template-definition.ts';
import type { Finding } from '@/domain/findings/index.ts';
import { createLiveFindings, type LiveFindings } from './live-findings.ts';

/**
 * One LiveFindings for the open assessment, following the stored record. Pass `live.setAnswers` along
 * with storage's onAnswersChange so findings follow the typing too:
 *
 *   const live = useLiveFindings(draft.assessment, template);
 *   onAnswersChange={(answers) => { draft.onAnswersChange(answers); live.setAnswers(answers); }}
 */
export function useLiveFindings(assessment: Assessment, template: Template): LiveFindings {
  const [live] = useState(() => createLiveFindings(template, assessment));
  useEffect(() => live.setAssessment(assessment), [live, assessment]);
  useEffect(() => () => live.dispose(), [live]);
  return live;
}

/** The current findings; re-renders only the component that asks. */
export function useFindingsOf(live: LiveFindings): Finding[] {
  return useSyncExternalStore(live.subscribe, live.get, live.get);
}
