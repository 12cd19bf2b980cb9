import type { AssessmentSummary } from '@/domain/assessment-summary.ts';

/** A summary row with just the parts a test cares about changed. */
export function buildSummary(partial: Partial<AssessmentSummary> = {}): AssessmentSummary {
  return {
    id: 'a',
    title: 'A title',
    assessorName: 'Katherine Timms',
    status: 'draft',
    revision: 1,
    completedSections: 2,
    totalSections: 6,
    createdAt: '2026-03-01T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    missingCount: 0,
    weakCount: 0,
    openComments: 0,
    groups: { age: 'answered', race: 'weak', sex: 'missing' },
    summaryVersion: 2,
    ...partial,
  };
}
