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

/**
 * Whether everything followed was opened from the extension within STALE_AFTER_DAYS days: there
 * is something followed, and each of those was opened since. (No stale follow is not the same:
 * what was saved lately and never opened is not stale yet, and was not opened either.)
 */
export function allFollowsOpened(sources: readonly Source[], now: number): boolean {
  const cutoff = now - STALE_AFTER_DAYS * DAY_MS;
  const follows = sources.filter((s) => s.status === 'following');
  return follows.length > 0 && follows.every((s) => s.lastVisitedAt !== undefined && s.lastVisitedAt > cutoff);
}
