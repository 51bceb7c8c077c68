import type { PlnDatabase } from './database';
import { SourceNotFoundError } from './errors';
import { addressesOf, ownersOf } from './sources';
import { TrashedSource, type Source } from '../model/source';

/** The trash: removed sources wait here TRASH_DAYS days, restorable unchanged. */

/** How long a removed source stays in the trash before it is deleted for good. */
export const TRASH_DAYS = 30;

/** Moves a source to the trash, from where `restoreSource` brings it back unchanged. */
export async function removeSource(db: PlnDatabase, id: string, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.sources, db.trash, async () => {
    const source = await db.sources.get(id);
    if (!source) throw new SourceNotFoundError(id);
    await db.trash.put(TrashedSource.parse({ id, deletedAt: now, source }));
    await db.sources.delete(id);
  });
}

/**
 * Brings a source back from the trash. If its address was saved again in the meantime, the
 * newer source stays and the trashed one is dropped.
 */
export async function restoreSource(db: PlnDatabase, id: string): Promise<Source> {
  return db.transaction('rw', db.sources, db.trash, db.clips, async () => {
    const trashed = await db.trash.get(id);
    if (!trashed) throw new SourceNotFoundError(id);
    const { source } = trashed;
    // Its address (or a profile's) may have been saved again meanwhile, or merged into a person.
    const [clash] = await ownersOf(db, addressesOf(source));
    await db.trash.delete(id);
    if (clash) {
      await db.clips.delete(id);
      return clash;
    }
    await db.sources.put(source);
    return source;
  });
}

export function listTrash(db: PlnDatabase): Promise<TrashedSource[]> {
  return db.trash.orderBy('deletedAt').reverse().toArray();
}

/** Deletes a trashed source for good, with its clip. */
export async function deleteForever(db: PlnDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.trash, db.clips, db.sources, async () => {
    await db.trash.delete(id);
    // A clip belongs to the source; keep it only if the source is back in the collection.
    if (!(await db.sources.get(id))) await db.clips.delete(id);
  });
}

/** Empties the trash of what was removed more than TRASH_DAYS ago; returns how many went. */
export async function purgeTrash(db: PlnDatabase, now: number = Date.now()): Promise<number> {
  const cutoff = now - TRASH_DAYS * 24 * 60 * 60 * 1000;
  const old = await db.trash.where('deletedAt').below(cutoff).primaryKeys();
  for (const id of old) await deleteForever(db, String(id));
  return old.length;
}
