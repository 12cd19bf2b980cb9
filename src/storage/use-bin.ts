import { useAppStorage } from './storage-context.tsx';
import { useLive } from './use-live.ts';

export const BIN_PAGE_SIZE = 50;

/** One page of the bin (newest deletions first), live across tabs. */
export function useBinPage(offset: number) {
  const { repository } = useAppStorage();
  return useLive(() => repository.listBin({ offset, limit: BIN_PAGE_SIZE }), [repository, offset]);
}
