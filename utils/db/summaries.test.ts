import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { testSource } from '../model/test-source';
import { bulkUpdate } from './bulk';
import type { PlnDatabase } from './database';
import { recordVisit, saveSource } from './sources';
import { readSummary, saveSummary, sourcesWithStamp } from './summaries';
import { freshDatabase, otherContext } from './test-db';
import { failWriteAfter } from './test-faults';
import { removeSource } from './trash';

const open: PlnDatabase[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

async function withSources(count = 2): Promise<PlnDatabase> {
  const db = freshDatabase();
  open.push(db);
  await db.sources.bulkAdd(
    Array.from({ length: count }, (_, i) => testSource({ id: `s${i}`, url: `https://a.example/${i}` })),
  );
  return db;
}

/** Saves a summary made now, as a page would: stamp first, then the sources. */
async function saveNow(db: PlnDatabase, value: unknown = { drawn: true }): Promise<boolean> {
  const { stamp } = await readSummary(db, 'network');
  await db.sources.toArray();
  return saveSummary(db, 'network', stamp, value);
}

describe('summaries', () => {
  it('gives back a saved summary while no source is written', async () => {
    const db = await withSources();
    expect((await readSummary(db, 'network')).summary).toBeUndefined();
    expect(await saveNow(db, { total: 2 })).toBe(true);
    const { summary } = await readSummary(db, 'network');
    expect(summary?.value).toEqual({ total: 2 });
    // Writing other tables, or another summary, leaves it standing.
    await db.goals.add({
      id: 'g1',
      title: 'Goal',
      why: null,
      topics: [],
      status: 'active',
      createdAt: 1,
      updatedAt: 1,
    } as never);
    await saveSummary(db, 'other', (await readSummary(db, 'other')).stamp, 1);
    expect((await readSummary(db, 'network')).summary?.value).toEqual({ total: 2 });
  });

  it.each([
    [
      'a save',
      (db: PlnDatabase) =>
        saveSource(db, { kind: 'article', category: 'blogs', title: 'New', url: 'https://b.example/' }),
    ],
    [
      'an edit in a transaction',
      (db: PlnDatabase) => db.transaction('rw', db.sources, () => db.sources.update('s0', { title: 'Renamed' })),
    ],
    ['a visit', (db: PlnDatabase) => recordVisit(db, 's1')],
    ['a removal to the trash', (db: PlnDatabase) => removeSource(db, 's0')],
    ['a bulk edit', (db: PlnDatabase) => bulkUpdate(db, ['s0', 's1'], { addTopics: ['memory'] })],
    ['a clear', (db: PlnDatabase) => db.sources.clear()],
    ['a write from another context', (db: PlnDatabase) => otherContext(db).sources.delete('s1')],
  ])('no longer holds after %s', async (_, write) => {
    const db = await withSources();
    expect(await saveNow(db)).toBe(true);
    await write(db);
    const { stamp, summary } = await readSummary(db, 'network');
    expect(summary).toBeUndefined();
    // A summary made after the write holds again.
    expect(await saveSummary(db, 'network', stamp, { again: true })).toBe(true);
    expect((await readSummary(db, 'network')).summary?.value).toEqual({ again: true });
  });

  it('still holds after a write of nothing (an empty bulk put or delete)', async () => {
    const db = await withSources();
    expect(await saveNow(db)).toBe(true);
    await db.sources.bulkPut([]);
    await db.sources.bulkDelete([]);
    await db.transaction('rw', db.sources, () => db.sources.bulkAdd([]));
    expect((await readSummary(db, 'network')).summary?.value).toEqual({ drawn: true });
  });

  it('is not saved when a source was written after its stamp was read', async () => {
    const db = await withSources();
    const { stamp } = await readSummary(db, 'network');
    await db.sources.update('s0', { title: 'Changed meanwhile' });
    expect(await saveSummary(db, 'network', stamp, { stale: true })).toBe(false);
    expect((await readSummary(db, 'network')).summary).toBeUndefined();
  });

  it('reads every source with the stamp they were read at', async () => {
    const db = await withSources(3);
    const { stamp, sources } = await sourcesWithStamp(db);
    expect(sources.map((s) => s.id).sort()).toEqual(['s0', 's1', 's2']);
    expect(await saveSummary(db, 'network', stamp, 3)).toBe(true);
  });

  it('is not given back at another schema version', async () => {
    const db = await withSources();
    const { stamp } = await readSummary(db, 'network');
    await db.summaries.put({ key: 'network', stamp, version: db.verno - 1, savedAt: Date.now(), value: 1 });
    expect((await readSummary(db, 'network')).summary).toBeUndefined();
  });

  it('leaves a failed write unstamped and the summary standing', async () => {
    const db = await withSources();
    expect(await saveNow(db)).toBe(true);
    await expect(
      db.transaction('rw', db.sources, async () => {
        await db.sources.update('s0', { title: 'Rolled back' });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect((await readSummary(db, 'network')).summary?.value).toEqual({ drawn: true });
  });

  it('fails a write whose stamp is refused (a full disk), so that nothing changes under a summary', async () => {
    const db = await withSources();
    expect(await saveNow(db)).toBe(true);
    // The stamp is the write's first put.
    const restore = failWriteAfter(0);
    try {
      await expect(db.sources.update('s0', { title: 'Not kept' })).rejects.toThrow();
    } finally {
      restore();
    }
    expect((await db.sources.get('s0'))?.title).not.toBe('Not kept');
    expect((await readSummary(db, 'network')).summary?.value).toEqual({ drawn: true });
  });
});
