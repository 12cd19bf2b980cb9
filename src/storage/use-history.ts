import { type Assessment } from '@schemas/assessment.ts';
import { type Snapshot } from './history-store.ts';
import { useAppStorage } from './storage-context.tsx';
import { useLive } from './use-live.ts';

export type AssessmentHistory = { current: Assessment | null; snapshots: Snapshot[] };

/** An assessment as it is now and its kept versions (newest first), live across tabs. */
export function useAssessmentHistory(id: string) {
  const { repository } = useAppStorage();
  return useLive<AssessmentHistory>(async () => {
    const [current, snapshots] = await Promise.all([repository.get(id), repository.listSnapshots(id)]);
    return { current: current?.assessment ?? null, snapshots };
  }, [repository, id]);
}
