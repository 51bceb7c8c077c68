import type { PlnDatabase } from './database';
import { SourceNotFoundError } from './errors';
import { Clip, ClipInput, clipText, countWords, type ClipInput as ClipInputType } from '../model/clip';

/** Clips: an article's readable text, kept apart from its source so that listing never loads it. */

/** Keeps an article's readable text for a source, replacing any earlier clip of it. */
export async function saveClip(
  db: PlnDatabase,
  sourceId: string,
  input: ClipInputType,
  now: number = Date.now(),
): Promise<Clip> {
  const parsed = ClipInput.parse(input);
  const clip = Clip.parse({ ...parsed, sourceId, words: countWords(clipText(parsed)), clippedAt: now });
  return db.transaction('rw', db.sources, db.clips, async () => {
    if (!(await db.sources.get(sourceId))) throw new SourceNotFoundError(sourceId);
    await db.clips.put(clip);
    return clip;
  });
}

export function getClip(db: PlnDatabase, sourceId: string): Promise<Clip | undefined> {
  return db.clips.get(sourceId);
}

export async function getClips(db: PlnDatabase, sourceIds: readonly string[]): Promise<Clip[]> {
  const rows = await db.clips.bulkGet([...sourceIds]);
  return rows.filter((row): row is Clip => row !== undefined);
}

/** When each clip was kept, by source id, without reading the clips' text. */
export async function clipStamps(db: PlnDatabase): Promise<Map<string, number>> {
  return db.transaction('r', db.clips, async () => {
    const [keys, ids] = await Promise.all([
      db.clips.orderBy('clippedAt').keys(),
      db.clips.orderBy('clippedAt').primaryKeys(),
    ]);
    return new Map(ids.map((id, i) => [String(id), Number(keys[i])]));
  });
}
