import type { PlnDatabase } from './database';
import type { Source } from '../model/source';

/** Reading the collection in pieces, and what changed in it (the side panel's live collection). */

/** The newest sources, for a first screen while the rest loads. */
export function newestSources(db: PlnDatabase, limit: number): Promise<Source[]> {
  return db.sources.orderBy('createdAt').reverse().limit(limit).toArray();
}

/** Up to `limit` sources in id order, after the id `after` (from the first when undefined). */
export function sourcesAfter(db: PlnDatabase, after: string | undefined, limit: number): Promise<Source[]> {
  const from = after === undefined ? db.sources.toCollection() : db.sources.where(':id').above(after);
  return from.limit(limit).toArray();
}

/** What changed since a reader last looked, as keys only: cheap enough to ask on every change. */
export interface SourceChangeKeys {
  /** Every id in the collection, in id order. */
  ids: string[];
  /** [id, updatedAt] of the sources updated at or after `sinceUpdated`. */
  updated: [string, number][];
  /** [id, lastVisitedAt] of the sources opened at or after `sinceVisited`. */
  visited: [string, number][];
}

export async function sourceChangeKeys(
  db: PlnDatabase,
  sinceUpdated: number,
  sinceVisited: number,
): Promise<SourceChangeKeys> {
  return db.transaction('r', db.sources, async () => {
    const pairs = async (index: 'updatedAt' | 'lastVisitedAt', since: number): Promise<[string, number][]> => {
      const range = db.sources.where(index).aboveOrEqual(since);
      const [keys, ids] = await Promise.all([range.keys(), range.primaryKeys()]);
      return ids.map((id, i) => [String(id), Number(keys[i])]);
    };
    const [ids, updated, visited] = await Promise.all([
      db.sources.toCollection().primaryKeys(),
      pairs('updatedAt', sinceUpdated),
      pairs('lastVisitedAt', sinceVisited),
    ]);
    return { ids: ids.map(String), updated, visited };
  });
}
