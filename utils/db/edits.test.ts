import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bulkUpdate } from './bulk';
import type { PlnDatabase } from './database';
import { editSource } from './edits';
import { getSource, saveSource } from './sources';
import { freshDatabase } from './test-db';

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

async function saved() {
  const { source } = await saveSource(
    db,
    { kind: 'article', title: 'Post', url: 'https://blog.example/p', topics: ['a'], note: 'first' },
    10,
  );
  return source;
}

describe('editSource', () => {
  it('saves the fields changed when nothing changed since the form opened', async () => {
    const source = await saved();
    const result = await editSource(
      db,
      { id: source.id, since: 10, changes: { title: 'Post, edited' }, before: { title: 'Post' } },
      20,
    );
    expect(result).toMatchObject({ saved: true, source: { title: 'Post, edited', note: 'first', updatedAt: 20 } });
  });

  it('merges field by field when another save changed other fields meanwhile', async () => {
    const source = await saved();
    await editSource(db, { id: source.id, since: 10, changes: { note: 'second' }, before: { note: 'first' } }, 20);
    const result = await editSource(
      db,
      { id: source.id, since: 10, changes: { title: 'Retitled' }, before: { title: 'Post' } },
      30,
    );
    expect(result.saved).toBe(true);
    expect(await getSource(db, source.id)).toMatchObject({ title: 'Retitled', note: 'second' });
  });

  it('refuses a field changed elsewhere meanwhile, writing nothing', async () => {
    const source = await saved();
    await editSource(db, { id: source.id, since: 10, changes: { note: 'left' }, before: { note: 'first' } }, 20);
    const result = await editSource(
      db,
      {
        id: source.id,
        since: 10,
        changes: { note: 'right', title: 'Right' },
        before: { note: 'first', title: 'Post' },
      },
      30,
    );
    expect(result).toMatchObject({ saved: false, conflicts: ['note'], source: { note: 'left', title: 'Post' } });
    expect(await getSource(db, source.id)).toMatchObject({ note: 'left', title: 'Post', updatedAt: 20 });
  });

  it('keeps a bulk topic change made while the form was open', async () => {
    const source = await saved();
    await bulkUpdate(db, [source.id], { addTopics: ['b'] }, 20);
    await editSource(db, { id: source.id, since: 10, changes: { note: null }, before: { note: 'first' } }, 30);
    const after = await getSource(db, source.id);
    expect(after?.topics).toEqual(['a', 'b']);
    expect(after?.note).toBeUndefined();
  });

  it('compares a cleared field with one never set, and a rating with its reason', async () => {
    const { source } = await saveSource(
      db,
      { kind: 'article', title: 'P', url: 'https://blog.example/q', reliability: { rating: 3, reason: 'ok' } },
      10,
    );
    await saveSource(db, { id: source.id, kind: 'article', title: 'P', url: 'https://blog.example/q' }, 20);
    const result = await editSource(
      db,
      {
        id: source.id,
        since: 10,
        changes: { quote: 'q', reliability: { rating: 4, reason: 'better' } },
        before: { quote: null, reliability: { rating: 3, reason: 'ok' } },
      },
      30,
    );
    expect(result).toMatchObject({ saved: true, source: { quote: 'q', reliability: { rating: 4, reason: 'better' } } });
  });
});
