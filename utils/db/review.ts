import type { PlnDatabase } from './database';
import { SourceNotFoundError } from './errors';
import { Source } from '../model/source';
import { afterReview, type ReviewAction } from '../review/queue';

/**
 * Records what the person did with a source the review queue brought back (see utils/review):
 * reviewed, put off till later, or archived. Answers the source as saved.
 */
export async function reviewSource(
  db: PlnDatabase,
  id: string,
  action: ReviewAction,
  now: number = Date.now(),
): Promise<Source> {
  return db.transaction('rw', db.sources, async () => {
    const stored = await db.sources.get(id);
    if (!stored) throw new SourceNotFoundError(id);
    const next = Source.parse({ ...stored, ...afterReview(stored, action, now), updatedAt: now });
    await db.sources.put(next);
    return next;
  });
}
