import type { Source } from '../model/source';
import { DAY_MS, type InsightRule } from './rule';

export const STALE_AFTER_DAYS = 90;

export interface StaleFollow {
  source: Source;
  /** The last time it was opened from the extension, else when it was saved. */
  since: number;
  /** False when it was never opened from the extension. */
  opened: boolean;
}

/**
 * Sources you follow but have not opened for STALE_AFTER_DAYS days (or, never opened, saved
 * that long ago): worth a visit, or archiving. Longest forgotten first.
 */
export const staleFollows: InsightRule<StaleFollow[]> = (sources: readonly Source[], now: number) => {
  const cutoff = now - STALE_AFTER_DAYS * DAY_MS;
  return sources
    .filter((s) => s.status === 'following')
    .map((source) => ({
      source,
      since: source.lastVisitedAt ?? source.createdAt,
      opened: source.lastVisitedAt !== undefined,
    }))
    .filter((f) => f.since <= cutoff)
    .sort((a, b) => a.since - b.since);
};
