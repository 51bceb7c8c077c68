import type { PlnDatabase } from './database';
import type { Clip } from '../model/clip';
import type { Goal } from '../model/goal';
import type { JournalEntry } from '../model/journal';
import type { Source, TrashedSource } from '../model/source';

/** Everything a backup holds, read at one moment. */
export interface Snapshot {
  sources: Source[];
  trash: TrashedSource[];
  clips: Clip[];
  goals: Goal[];
  journal: JournalEntry[];
}

/**
 * Every source (newest first), trashed source (last removed first), clip, goal and journal entry
 * (oldest first), read in one transaction: a snapshot, so that a write meanwhile cannot leave a
 * clip without its source.
 */
export function exportAll(db: PlnDatabase): Promise<Snapshot> {
  return db.transaction('r', [db.sources, db.trash, db.clips, db.goals, db.journal], async () => {
    const [sources, trash, clips, goals, journal] = await Promise.all([
      db.sources.orderBy('createdAt').reverse().toArray(),
      db.trash.orderBy('deletedAt').reverse().toArray(),
      db.clips.toArray(),
      db.goals.orderBy('createdAt').toArray(),
      db.journal.orderBy('createdAt').toArray(),
    ]);
    return { sources, trash, clips, goals, journal };
  });
}
