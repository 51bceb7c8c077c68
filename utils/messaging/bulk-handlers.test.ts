import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type PlnDatabase, getSource } from '../db';
import { freshDatabase } from '../db/test-db';
import { createHandlers } from './handlers';

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

describe('bulk message handlers', () => {
  it('refuse what does not validate, and write nothing', async () => {
    const handlers = createHandlers(db, () => 7);
    const { source } = await handlers.savePage({ page: { kind: 'article', title: 'A', url: 'https://a.example/' } });
    await expect(handlers.bulkUpdate({ ids: [source.id], change: {} })).rejects.toThrow(/changes something/);
    await expect(handlers.bulkUpdate({ ids: [], change: { status: 'archived' } })).rejects.toThrow();
    await expect(handlers.bulkUpdate({ ids: [source.id], change: { status: 'gone' } })).rejects.toThrow();
    await expect(handlers.bulkUpdate({ ids: [source.id], change: { category: 'spam' } })).rejects.toThrow();
    await expect(handlers.bulkUpdate({ ids: 'all', change: { status: 'archived' } })).rejects.toThrow();
    await expect(handlers.bulkRemove({ ids: [42] })).rejects.toThrow();
    await expect(handlers.bulkRestore({})).rejects.toThrow();
    await expect(
      handlers.bulkRevert({ previous: [{ id: source.id, category: 'blogs', status: 'nope', topics: [] }] }),
    ).rejects.toThrow();
    expect(await getSource(db, source.id)).toEqual(source);
  });

  it('update and revert, remove and restore', async () => {
    const handlers = createHandlers(db, () => 9);
    const { source } = await handlers.savePage({ page: { kind: 'article', title: 'A', url: 'https://a.example/' } });
    const result = await handlers.bulkUpdate({
      ids: [source.id],
      change: { status: 'archived', addTopics: ['  #Memory '] },
    });
    expect(result.updated).toBe(1);
    expect(await getSource(db, source.id)).toMatchObject({ status: 'archived', topics: ['Memory'] });
    expect(await handlers.bulkRevert({ previous: result.previous })).toBe(1);
    expect(await getSource(db, source.id)).toMatchObject({ status: 'to_explore', topics: [] });

    expect(await handlers.bulkRemove({ ids: [source.id] })).toEqual([source.id]);
    expect(await getSource(db, source.id)).toBeUndefined();
    expect(await handlers.bulkRestore({ ids: [source.id] })).toBe(1);
    expect(await getSource(db, source.id)).toBeDefined();
  });
});
