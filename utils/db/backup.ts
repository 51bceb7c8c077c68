import type { PlnDatabase } from './database';
import type { Clip } from '../model/clip';
import type { Source, TrashedSource } from '../model/source';

/** Everything a backup holds, read at one moment. */
export interface Snapshot {
  sources: Source[];
  trash: TrashedSource[];
  clips: Clip[];
}

/**
 * Every source (newest first), trashed source (last removed first) and clip, read in one
 * transaction: a snapshot, so that a write meanwhile cannot leave a clip without its source.
 */
export function exportAll(db: PlnDatabase): Promise<Snapshot> {
  return db.transaction('r', db.sources, db.trash, db.clips, async () => {
    const [sources, trash, clips] = await Promise.all([
      db.sources.orderBy('createdAt').reverse().toArray(),
      db.trash.orderBy('deletedAt').reverse().toArray(),
      db.clips.toArray(),
    ]);
    return { sources, trash, clips };
  });
}
