import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlnDatabase } from './database';
import { SourceNotFoundError } from './errors';
import { exportAll } from './backup';
import { reviewSource } from './review';
import { getSource, saveSource } from './sources';
import { freshDatabase } from './test-db';
import { isDue } from '../review/queue';

const DAY = 24 * 60 * 60 * 1000;
let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

async function saved() {
  const { source } = await saveSource(db, { kind: 'article', title: 'Post', url: 'https://blog.example/p' }, 10);
  return source;
}

describe('reviewSource', () => {
  it('counts a review, so that the source comes back a week later', async () => {
    const source = await saved();
    const reviewed = await reviewSource(db, source.id, 'reviewed', 10 + 2 * DAY);
    expect(reviewed).toMatchObject({ review: { step: 1, at: 10 + 2 * DAY }, updatedAt: 10 + 2 * DAY });
    const stored = await getSource(db, source.id);
    expect(stored?.review).toEqual({ step: 1, at: 10 + 2 * DAY });
    expect(isDue(stored!, 10 + 8 * DAY)).toBe(false);
    expect(isDue(stored!, 10 + 9 * DAY)).toBe(true);
  });

  it('puts a source off without counting a review, and archives one', async () => {
    const source = await saved();
    expect((await reviewSource(db, source.id, 'later', 10 + DAY)).review).toEqual({ step: 0, at: 10 + DAY });
    const archived = await reviewSource(db, source.id, 'archive', 10 + 2 * DAY);
    expect(archived.status).toBe('archived');
    expect(archived.review).toEqual({ step: 0, at: 10 + DAY });
  });

  it('keeps the review through later saves and in the backup', async () => {
    const source = await saved();
    await reviewSource(db, source.id, 'reviewed', 10 + DAY);
    await saveSource(db, { id: source.id, kind: 'article', title: 'Post, renamed' }, 10 + 2 * DAY);
    expect((await getSource(db, source.id))?.review).toEqual({ step: 1, at: 10 + DAY });
    const snapshot = await exportAll(db);
    expect(snapshot.sources[0]?.review).toEqual({ step: 1, at: 10 + DAY });
  });

  it('refuses a source that does not exist', async () => {
    await expect(reviewSource(db, 'missing', 'reviewed', 10)).rejects.toBeInstanceOf(SourceNotFoundError);
  });
});
