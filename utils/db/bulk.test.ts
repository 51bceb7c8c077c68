import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import type { PlnDatabase } from './database';
import { bulkRemove, bulkRestore, bulkRevert, bulkUpdate } from './bulk';
import { getSource, saveSource } from './sources';
import { listTrash, removeSource } from './trash';
import { saveClip } from './clips';
import { freshDatabase } from './test-db';
import { addGoal } from './goals';

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

async function three() {
  const a = (
    await saveSource(db, { kind: 'article', title: 'A', url: 'https://a.example/', topics: ['Memory', 'rust'] }, 1)
  ).source;
  const b = (await saveSource(db, { kind: 'video', title: 'B', url: 'https://b.example/', topics: ['memory'] }, 2))
    .source;
  const c = (await saveSource(db, { kind: 'person', title: 'C' }, 3)).source;
  return [a, b, c] as const;
}

describe('bulkUpdate and bulkRevert', () => {
  it('sets the category and the status of many sources, and puts them back', async () => {
    const [a, b, c] = await three();
    const result = await bulkUpdate(db, [a.id, b.id, c.id], { category: 'research', status: 'archived' }, 10);
    expect(result.updated).toBe(3);
    for (const id of [a.id, b.id, c.id])
      expect(await getSource(db, id)).toMatchObject({ category: 'research', status: 'archived', updatedAt: 10 });

    expect(await bulkRevert(db, result.previous, 11)).toBe(3);
    expect(await getSource(db, a.id)).toMatchObject({ category: 'blogs', status: 'to_explore', updatedAt: 11 });
    expect(await getSource(db, b.id)).toMatchObject({ category: 'videos', status: 'to_explore' });
    expect(await getSource(db, c.id)).toMatchObject({ category: 'experts', status: 'following' });
  });

  it('links many sources to a goal, once each, and takes the link back on undo', async () => {
    const [a, b, c] = await three();
    const goal = await addGoal(db, { title: 'Memory', why: null });
    await bulkUpdate(db, [a.id], { addGoal: goal.id });
    const result = await bulkUpdate(db, [a.id, b.id, c.id], { addGoal: goal.id }, 10);
    expect(result.updated).toBe(2);
    for (const id of [a.id, b.id, c.id]) expect((await getSource(db, id))?.goals).toEqual([goal.id]);
    await bulkRevert(db, result.previous, 11);
    expect((await getSource(db, a.id))?.goals).toEqual([goal.id]);
    expect((await getSource(db, b.id))?.goals).toEqual([]);
    await expect(bulkUpdate(db, [a.id], { addGoal: 'gone' })).rejects.toMatchObject({ code: 'problem_goal_not_found' });
  });

  it('adds topics once and removes them whatever their case', async () => {
    const [a, b] = await three();
    const added = await bulkUpdate(db, [a.id, b.id], { addTopics: ['memory', 'Spaced repetition'] }, 10);
    expect(added.updated).toBe(2);
    expect((await getSource(db, a.id))?.topics).toEqual(['Memory', 'rust', 'Spaced repetition']);
    expect((await getSource(db, b.id))?.topics).toEqual(['memory', 'Spaced repetition']);

    const removed = await bulkUpdate(db, [a.id, b.id], { removeTopics: ['MEMORY'] }, 11);
    expect((await getSource(db, a.id))?.topics).toEqual(['rust', 'Spaced repetition']);
    expect((await getSource(db, b.id))?.topics).toEqual(['Spaced repetition']);

    await bulkRevert(db, removed.previous);
    expect((await getSource(db, a.id))?.topics).toEqual(['Memory', 'rust', 'Spaced repetition']);
  });

  it('leaves alone sources already as asked, and ids that are not saved', async () => {
    const [a, b] = await three();
    const result = await bulkUpdate(db, [a.id, b.id, 'gone'], { category: 'blogs' }, 10);
    expect(result.updated).toBe(1);
    expect(result.previous.map((p) => p.id)).toEqual([b.id]);
    expect((await getSource(db, a.id))?.updatedAt).toBe(1);
  });

  it('reverts only the sources still saved', async () => {
    const [a, b] = await three();
    const result = await bulkUpdate(db, [a.id, b.id], { status: 'following' }, 10);
    await bulkRemove(db, [b.id]);
    expect(await bulkRevert(db, result.previous)).toBe(1);
    expect(await getSource(db, b.id)).toBeUndefined();
  });
});

describe('bulkRemove and bulkRestore', () => {
  it('moves many sources to the trash and brings them back unchanged', async () => {
    const [a, b, c] = await three();
    expect(await bulkRemove(db, [a.id, b.id, 'gone'], 50)).toEqual([a.id, b.id]);
    expect(await getSource(db, a.id)).toBeUndefined();
    expect((await listTrash(db)).map((t) => [t.id, t.deletedAt])).toEqual(
      expect.arrayContaining([
        [a.id, 50],
        [b.id, 50],
      ]),
    );
    expect(await getSource(db, c.id)).toBeDefined();

    expect(await bulkRestore(db, [a.id, b.id])).toBe(2);
    expect(await getSource(db, a.id)).toEqual(a);
    expect(await getSource(db, b.id)).toEqual(b);
    expect(await listTrash(db)).toEqual([]);
  });

  it('keeps out a source whose address was saved again meanwhile, and drops its clip', async () => {
    const [a, b] = await three();
    await saveClip(db, a.id, { blocks: [{ type: 'p', text: 'Kept text' }] });
    await bulkRemove(db, [a.id, b.id]);
    const again = (await saveSource(db, { kind: 'article', title: 'A again', url: 'https://a.example/' })).source;
    expect(await bulkRestore(db, [a.id, b.id])).toBe(1);
    expect(await getSource(db, a.id)).toBeUndefined();
    expect((await getSource(db, again.id))?.title).toBe('A again');
    expect(await db.clips.get(a.id)).toBeUndefined();
    expect(await listTrash(db)).toEqual([]);
  });

  it('edits 1,000 sources in one go', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 1_000; i++) ids.push(`s${i}`);
    await db.sources.bulkPut(
      ids.map((id, i) =>
        testSource({
          id,
          title: `T${i}`,
          url: `https://x.example/${i}`,
          createdAt: i,
          updatedAt: i,
        }),
      ),
    );
    const result = await bulkUpdate(db, ids, { addTopics: ['batch'] }, 5_000);
    expect(result.updated).toBe(1_000);
    expect(await db.sources.where('topics').equals('batch').count()).toBe(1_000);
    await bulkRemove(db, ids);
    expect(await db.sources.count()).toBe(0);
    expect(await bulkRestore(db, ids)).toBe(1_000);
  }, 60_000);
});

describe('bulkRestore of two sources with one address', () => {
  it('brings back the one removed last and drops the other, instead of failing', async () => {
    const first = await saveSource(db, { kind: 'article', title: 'First', url: 'https://blog.example/x' }, 1);
    await removeSource(db, first.source.id, 2);
    const second = await saveSource(db, { kind: 'article', title: 'Second', url: 'https://blog.example/x' }, 3);
    await removeSource(db, second.source.id, 4);
    expect(await bulkRestore(db, [first.source.id, second.source.id])).toBe(1);
    expect((await db.sources.toArray()).map((s) => s.title)).toEqual(['Second']);
    expect(await db.trash.count()).toBe(0);
  });
});
