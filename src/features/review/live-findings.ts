import type { Answers } from '@schemas/answers.ts';
import type { Assessment } from '@schemas/assessment.ts';
import type { Template } from '@schemas/template-definition.ts';
import { findingsFor, type Finding } from '@/domain/findings/index.ts';

/**
 * The findings of the assessment being edited, kept current while the user types without re-rendering
 * the form: the editor's onAnswersChange feeds `setAnswers` (recomputed after a short pause), storage's
 * saved record feeds `setAssessment` (recomputed at once), and only the small review pieces that show
 * findings subscribe. Framework-free; use-live-findings.ts is the React side.
 */
export type LiveFindings = {
  get(): Finding[];
  subscribe(listener: () => void): () => void;
  /** The stored record changed (loaded, a comment or status saved): recompute now. */
  setAssessment(assessment: Assessment): void;
  /** The user typed: recompute once they pause. */
  setAnswers(answers: Answers): void;
  dispose(): void;
};

export function createLiveFindings(
  template: Template,
  initial: Assessment,
  options: { delayMs?: number; today?: () => Date } = {},
): LiveFindings {
  const delayMs = options.delayMs ?? 300;
  const today = options.today ?? (() => new Date());
  const listeners = new Set<() => void>();
  let assessment = initial;
  let findings = findingsFor(assessment, template, { today: today() });
  let timer: ReturnType<typeof setTimeout> | null = null;

  const recompute = () => {
    const next = findingsFor(assessment, template, { today: today() });
    // findingsFor gives the very same list when no finding changed: then nobody needs telling.
    if (next === findings) return;
    findings = next;
    for (const listener of listeners) listener();
  };
  let dueAt = 0;
  const arm = () => {
    timer = setTimeout(
      () => {
        timer = null;
        if (Date.now() < dueAt) arm();
        else recompute();
      },
      Math.max(0, dueAt - Date.now()),
    );
  };
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  return {
    get: () => findings,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setAssessment(next) {
      if (next === assessment) return;
      cancel();
      assessment = next;
      recompute();
    },
    setAnswers(answers) {
      assessment = { ...assessment, answers };
      // Due `delayMs` after this change; a timer already set re-sets itself for the time left rather
      // than being replaced at every keystroke.
      dueAt = Date.now() + delayMs;
      if (timer === null) arm();
    },
    dispose() {
      cancel();
      listeners.clear();
    },
  };
}
