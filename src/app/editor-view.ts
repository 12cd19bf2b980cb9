import type { EditorView } from '@/features/assessment-form/assessment-editor.tsx';

/**
 * Which page of an open assessment a path shows. `rest` is what follows `/assessments/:id/`.
 * Pages the editor does not own (history, review) return their own kind so the route can keep the same
 * draft open while the user moves between them.
 */
export type AssessmentPage =
  | { kind: 'editor'; view: EditorView }
  | { kind: 'history' }
  | { kind: 'review' }
  | { kind: 'agree' }
  | { kind: 'publication' }
  | { kind: 'move-version'; version: string }
  | { kind: 'unknown' };

export function assessmentPage(rest: string | undefined): AssessmentPage {
  const parts = (rest ?? '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { kind: 'editor', view: { page: 'tasks' } };
  if (parts.length === 1 && parts[0] === 'check') return { kind: 'editor', view: { page: 'check' } };
  if (parts.length === 1 && parts[0] === 'history') return { kind: 'history' };
  if (parts.length === 1 && parts[0] === 'review') return { kind: 'review' };
  if (parts.length === 2 && parts[0] === 'review' && parts[1] === 'agree') return { kind: 'agree' };
  if (parts.length === 1 && parts[0] === 'publication') return { kind: 'publication' };
  if (parts.length === 2 && parts[0] === 'move-version') return { kind: 'move-version', version: parts[1]! };
  if (parts[0] === 'sections' && parts[1] && parts.length <= 3) {
    return { kind: 'editor', view: { page: 'section', sectionId: parts[1], focusQuestionId: parts[2] } };
  }
  return { kind: 'unknown' };
}
