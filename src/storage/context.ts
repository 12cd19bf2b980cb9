import { type EiaDatabase } from './db.ts';

/** What every storage function needs: the database, who is writing (this tab) and the clock. */
export type StorageContext = {
  db: EiaDatabase;
  /** Identifies this page load, so a tab can tell its own writes from another tab's. */
  tabId: string;
  now: () => Date;
};

/** Edits closer together than this share one history snapshot. */
export const SNAPSHOT_INTERVAL_MS = 10 * 60 * 1000;
/** Snapshots taken while editing are pruned to this many per assessment (others are kept for ever). */
export const MAX_EDITING_SNAPSHOTS = 50;
