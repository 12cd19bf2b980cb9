import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
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

/**
 * The current findings that `key` names (a question, a section), picked by `pick` (a function that
 * stays the same from render to render, given the key): the component
 * re-renders only when those change, not when findings elsewhere in the assessment do.
 */
export function useFindingsWhere(
  live: LiveFindings,
  key: string,
  pick: (finding: Finding, key: string) => boolean,
): Finding[] {
  const last = useRef<{ key: string; all: Finding[]; picked: Finding[] } | null>(null);
  const get = useCallback(() => {
    const all = live.get();
    const kept = last.current?.key === key ? last.current : null;
    if (kept?.all === all) return kept.picked;
    const next = all.filter((f) => pick(f, key));
    const picked =
      kept && kept.picked.length === next.length && kept.picked.every((f, i) => f === next[i])
        ? kept.picked
        : next;
    last.current = { key, all, picked };
    return picked;
  }, [live, key, pick]);
  return useSyncExternalStore(live.subscribe, get, get);
}
