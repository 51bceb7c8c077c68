import { describe, expect, it } from 'vitest';
import { syncOnce } from '../sync/engine';
import { canonical } from '../sync/hash';
import { Hlc } from '../sync/hlc';
import { freshFolder } from '../sync/test-devices';
import { done, withSyncServer } from '../sync/test-sync';
import { createWebDavClient } from '../sync/webdav';
import { testSource } from '../model/test-source';
import { followChanges, type DatabaseChange } from './changes';
import { getClip, saveClip } from './clips';
import { addGoal, linkToGoal, listGoals, updateGoal } from './goals';
import { addJournalEntry, deleteJournalEntry, listJournal, updateJournalEntry } from './journal';
import { saveSource, getSource } from './sources';
import { removeSource, listTrash } from './trash';
import { DexieSyncStore } from './sync-store';
import { freshDatabase } from './test-db';
import { failWriteAfter } from './test-faults';
import type { PlnDatabase } from './database';

/** The sync engine over two databases on fake-indexeddb, through a real rclone WebDAV server. */
const context = withSyncServer();

async function pair() {
  const url = await freshFolder(context.server);
  const device = (id: string) => {
    const db = freshDatabase();
    const store = new DexieSyncStore(db);
    const client = createWebDavClient({ url, username: context.server.user, password: context.server.password });
    const clock = new Hlc(id);
    return {
      db,
      store,
      sync: (confirmDeletes = false) =>
        syncOnce({ store, client, key: context.key, deviceId: id, clock, confirmDeletes }),
    };
  };
  return { a: device('dev-a'), b: device('dev-b') };
}

async function everything(db: PlnDatabase) {
  return canonical({
    sources: await db.sources.toArray(),
    trash: await db.trash.toArray(),
    clips: await db.clips.toArray(),
    meta: await db.syncMeta.toArray(),
    state: await db.syncState.toArray(),
  });
}

describe('DexieSyncStore', () => {
  it('syncs a saved source, its clip and the trash between two databases', async () => {
    const { a, b } = await pair();
    const { source } = await saveSource(a.db, {
      kind: 'article',
      title: 'Learning in public',
      url: 'https://blog.example/learning',
    });
    await saveClip(a.db, source.id, { blocks: [{ type: 'p', text: 'Kept offline.' }] });
    const kept = await saveSource(a.db, { kind: 'article', title: 'To the trash', url: 'https://blog.example/trash' });
    done(await a.sync());
    done(await b.sync());
    expect(await getSource(b.db, source.id)).toEqual(await getSource(a.db, source.id));
    expect((await getClip(b.db, source.id))?.blocks).toEqual([{ type: 'p', text: 'Kept offline.' }]);

    await removeSource(b.db, kept.source.id);
    done(await b.sync());
    done(await a.sync());
    expect(await getSource(a.db, kept.source.id)).toBeUndefined();
    expect((await listTrash(a.db)).map((t) => t.id)).toEqual([kept.source.id]);
    // A second sync with nothing new writes nothing, and open pages hear of no change.
    const before = canonical(await a.db.sources.toArray());
    const heard: DatabaseChange[] = [];
    const stop = followChanges(a.db, (change) => heard.push(change));
    expect(done(await a.sync())).toMatchObject({ applied: 0, uploaded: 0 });
    expect(canonical(await a.db.sources.toArray())).toBe(before);
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    expect(heard).toEqual([]);
  });

  it('syncs learning goals (field by field) and journal entries (whole), deletions included', async () => {
    const { a, b } = await pair();
    const goal = await addGoal(a.db, { title: 'Learn Rust', why: 'For work' });
    const { source } = await saveSource(a.db, { kind: 'article', title: 'Ownership', url: 'https://rust.example/own' });
    await linkToGoal(a.db, [source.id], goal.id);
    const entry = await addJournalEntry(a.db, {
      text: 'Ownership clicked.',
      goalIds: [goal.id],
      sourceIds: [source.id],
    });
    done(await a.sync());
    done(await b.sync());
    expect(await listGoals(b.db)).toEqual(await listGoals(a.db));
    expect(await listJournal(b.db)).toEqual([entry]);
    expect((await getSource(b.db, source.id))?.goals).toEqual([goal.id]);

    // Two fields edited on two computers: both kept. The same entry edited on both: the later wins.
    await updateGoal(a.db, goal.id, { title: 'Learn Rust well', why: null }, Date.now());
    await updateGoal(b.db, goal.id, { status: 'reached', why: null }, Date.now() + 1);
    await updateJournalEntry(a.db, entry.id, { text: 'Written on A.', goalIds: [goal.id], sourceIds: [] }, Date.now());
    await updateJournalEntry(
      b.db,
      entry.id,
      { text: 'Written on B.', goalIds: [], sourceIds: [source.id] },
      Date.now() + 5,
    );
    done(await a.sync());
    done(await b.sync());
    done(await a.sync());
    for (const db of [a.db, b.db]) {
      expect(await listGoals(db)).toMatchObject([{ id: goal.id, title: 'Learn Rust well', status: 'reached' }]);
      expect((await listGoals(db))[0]?.why).toBeUndefined();
      expect(await listJournal(db)).toMatchObject([
        { id: entry.id, text: 'Written on B.', goalIds: [], sourceIds: [source.id] },
      ]);
    }

    await deleteJournalEntry(b.db, entry.id);
    done(await b.sync());
    done(await a.sync());
    expect(await listJournal(a.db)).toEqual([]);
  });

  it('names the surviving source in a journal entry when two computers saved the same address', async () => {
    const { a, b } = await pair();
    // The smaller id survives a merge: the entry names the other one.
    await a.db.sources.put(testSource({ id: 'a-page', title: 'Same page', url: 'https://same.example/page' }));
    done(await a.sync());
    await b.db.sources.put(testSource({ id: 'b-page', title: 'Same page', url: 'https://same.example/page' }));
    const entry = await addJournalEntry(b.db, { text: 'Read it twice.', sourceIds: ['b-page'] });
    done(await b.sync());
    done(await a.sync());
    done(await b.sync());
    for (const db of [a.db, b.db]) {
      expect((await db.sources.toArray()).map((s) => s.id)).toEqual(['a-page']);
      expect(await listJournal(db)).toMatchObject([{ id: entry.id, sourceIds: ['a-page'] }]);
    }
  });

  it('refuses a batch when a record was edited meanwhile, and the engine merges again', async () => {
    const { a, b } = await pair();
    await a.db.sources.put(testSource({ id: 's1', title: 'Original', url: 'https://x.example/1', updatedAt: 1 }));
    done(await a.sync());
    done(await b.sync());
    await b.db.sources.update('s1', { note: 'From B', updatedAt: Date.now() });
    done(await b.sync());
    // While A merges B's note, A's title changes: the store refuses, the merge runs again.
    const apply = a.store.applyBatch.bind(a.store);
    let edited = false;
    a.store.applyBatch = async (batch) => {
      if (!edited) {
        edited = true;
        await a.db.sources.update('s1', { title: 'From A', updatedAt: Date.now() });
      }
      return apply(batch);
    };
    done(await a.sync());
    expect(await getSource(a.db, 's1')).toMatchObject({ title: 'From A', note: 'From B' });
  });

  it('writes nothing of a batch that fails midway, and the next sync converges', async () => {
    const { a, b } = await pair();
    for (let i = 0; i < 5; i++)
      await saveSource(a.db, { kind: 'article', title: `Source ${i}`, url: `https://x.example/${i}` });
    done(await a.sync());
    const before = await everything(b.db);
    const restore = failWriteAfter(3);
    try {
      await expect(b.sync()).rejects.toThrow();
    } finally {
      restore();
    }
    expect(await everything(b.db)).toBe(before);
    done(await b.sync());
    expect(await b.db.sources.count()).toBe(5);
  });
});
