import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PlnDatabase } from './database';
import { getClip, saveClip } from './clips';
import { getSource, listSources } from './sources';
import { DexieSyncStore } from './sync-store';
import { testSource } from '../model/test-source';
import { initialState } from '../sync/store';
import { addGoal, goalSources, linkToGoal, listGoals } from './goals';
import { addJournalEntry, journalForGoal, listJournal } from './journal';

/**
 * Every schema version upgrades from every earlier one: each test writes data in an older
 * shape with that version's own schema, then opens the database as it is now.
 */
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** The newest schema version (4: the sync's tables; 5: goals and the journal; 6: summaries). */
const CURRENT = 6;

const V1 = {
  sources: 'id, &url, kind, category, status, *topics, *creators, createdAt, updatedAt',
  trash: 'id, deletedAt',
};

/** A database at version 1, as the first release wrote it. */
async function version1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1);
  await v1.open();
  await v1.table('sources').bulkAdd([
    {
      id: 'p1',
      kind: 'person',
      category: 'experts',
      title: 'Jane Doe',
      creators: [],
      topics: [],
      status: 'following',
      createdAt: 1,
      updatedAt: 1,
    },
    {
      id: 'a1',
      kind: 'article',
      category: 'blogs',
      title: 'A post',
      url: 'https://blog.example/a',
      creators: ['p1'],
      topics: ['memory'],
      status: 'to_explore',
      createdAt: 2,
      updatedAt: 2,
      provenance: { pageUrl: 'https://blog.example/a', capturedAt: 2 },
    },
  ]);
  await v1.table('trash').add({
    id: 't1',
    deletedAt: 3,
    source: {
      id: 't1',
      kind: 'video',
      category: 'videos',
      title: 'Old talk',
      creators: [],
      topics: [],
      status: 'to_explore',
      createdAt: 1,
      updatedAt: 1,
    },
  });
  v1.close();
}

/** A database at version 2: sources without feeds, and a clip. */
async function version2(name: string) {
  await version1(name);
  const v2 = new Dexie(name);
  v2.version(1).stores(V1);
  v2.version(2).stores({ clips: 'sourceId, clippedAt' });
  await v2.open();
  await v2
    .table('clips')
    .add({ sourceId: 'a1', blocks: [{ type: 'p', text: 'Kept.' }], truncated: false, words: 1, clippedAt: 5 });
  v2.close();
}

/** A database at version 3, as the release before goals wrote it: sources without `goals`, one in the trash. */
async function version3(name: string) {
  await version2(name);
  const v3 = new Dexie(name);
  v3.version(1).stores(V1);
  v3.version(2).stores({ clips: 'sourceId, clippedAt' });
  v3.version(3).stores({
    sources:
      'id, &url, kind, category, status, *topics, *creators, createdAt, updatedAt, provenance.pageUrl, lastVisitedAt, *aliases',
    imports: 'id, createdAt',
  });
  await v3.open();
  await v3
    .table('sources')
    .toCollection()
    .modify((s: Record<string, unknown>) => {
      s.feeds = [];
      s.visits = 0;
      s.profiles = [];
      s.aliases = typeof s.url === 'string' ? [s.url] : [];
    });
  await v3
    .table('trash')
    .toCollection()
    .modify((t: { source: Record<string, unknown> }) => {
      t.source.feeds = [];
      t.source.visits = 0;
      t.source.profiles = [];
      t.source.aliases = [];
    });
  v3.close();
}

const V3 = {
  ...V1,
  sources:
    'id, &url, kind, category, status, *topics, *creators, createdAt, updatedAt, provenance.pageUrl, lastVisitedAt, *aliases',
  clips: 'sourceId, clippedAt',
  imports: 'id, createdAt',
};

/** Version 5's schema, as the release with goals and the journal wrote it. */
const V5 = {
  ...V3,
  sources:
    'id, &url, kind, category, status, *topics, *creators, createdAt, updatedAt, provenance.pageUrl, lastVisitedAt, *aliases, *goals',
  syncMeta: '[type+id]',
  syncState: 'key',
  goals: 'id, status, createdAt',
  journal: 'id, createdAt, *goalIds, *sourceIds',
};

/** A name for a database to upgrade, deleted after the test. */
function upgradeName(): string {
  const name = `upgrade-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

/** Opens a database as this version of the extension does, checking it upgraded to the newest version. */
async function openNow(name: string): Promise<PlnDatabase> {
  const db = new PlnDatabase(name);
  await db.open();
  expect(db.verno).toBe(CURRENT);
  return db;
}

describe('database upgrades', () => {
  it('opens a version 5 database with its goals and journal, and stamps its first write to sources', async () => {
    const name = upgradeName();
    const v5 = new Dexie(name);
    v5.version(5).stores(V5);
    await v5.open();
    const post = testSource({ id: 'a1', url: 'https://blog.example/a', title: 'A post', goals: ['g1'] });
    await v5.table('sources').add(post);
    await v5.table('goals').add({
      id: 'g1',
      title: 'Learn memory',
      why: 'For my exams',
      topics: ['memory'],
      status: 'active',
      createdAt: 1,
      updatedAt: 1,
    });
    await v5
      .table('journal')
      .add({ id: 'j1', text: 'Spacing works.', createdAt: 2, goalIds: ['g1'], sourceIds: ['a1'] });
    v5.close();

    const db = await openNow(name);
    expect((await listGoals(db)).map((g) => [g.id, g.title, g.why])).toEqual([['g1', 'Learn memory', 'For my exams']]);
    expect((await journalForGoal(db, 'g1')).map((e) => e.text)).toEqual(['Spacing works.']);
    expect((await goalSources(db, 'g1')).map((s) => s.id)).toEqual(['a1']);
    // No summary yet, and no stamp: the first write to sources makes one.
    expect(await db.summaries.count()).toBe(0);
    await db.sources.update('a1', { title: 'A post, renamed' });
    expect((await db.summaries.get('sources-stamp'))?.stamp).toMatch(/^[0-9a-f-]{36}$/);
    db.close();
  });

  it('opens a version 3 database with its data, and a sync reads it and keeps its state', async () => {
    const name = upgradeName();
    const v3 = new Dexie(name);
    v3.version(3).stores(V3);
    await v3.open();
    const source = testSource({ id: 'a1', url: 'https://blog.example/a', title: 'A post' });
    await v3.table('sources').add({ ...source, aliases: [source.url] });
    await v3.table('trash').add({ id: 't1', deletedAt: 9, source: testSource({ id: 't1', title: 'Old talk' }) });
    await v3
      .table('clips')
      .add({ sourceId: 'a1', blocks: [{ type: 'p', text: 'Kept.' }], truncated: false, words: 1, clippedAt: 5 });
    v3.close();

    const db = await openNow(name);
    const store = new DexieSyncStore(db);
    expect(await store.loadState()).toBeUndefined();
    expect(await store.readMetas()).toEqual([]);
    const records = await store.readRecords();
    expect(records.map((r) => `${r.type}:${r.id}`).sort()).toEqual(['clip:a1', 'source:a1', 'source:t1']);
    expect(records.find((r) => r.id === 't1')?.values.trashedAt).toBe(9);
    await store.saveState(initialState('dev-a'));
    expect(await store.loadState()).toEqual(initialState('dev-a'));
    db.close();
  });

  it('opens a version 3 database with no goals or journal, every source and trashed one on none', async () => {
    const name = upgradeName();
    await version3(name);
    const db = await openNow(name);
    expect(await listGoals(db)).toEqual([]);
    expect(await listJournal(db)).toEqual([]);
    expect((await getSource(db, 'a1'))?.goals).toEqual([]);
    expect((await getSource(db, 'a1'))?.creators).toEqual(['p1']);
    expect((await db.trash.get('t1'))?.source.goals).toEqual([]);
    expect((await getClip(db, 'a1'))?.blocks).toEqual([{ type: 'p', text: 'Kept.' }]);
    // The saved sources can be linked to a new goal, found by it, and written about.
    const goal = await addGoal(db, { title: 'Learn memory', why: null });
    expect(await linkToGoal(db, ['a1', 'p1'], goal.id)).toBe(2);
    expect((await goalSources(db, goal.id)).map((s) => s.id).sort()).toEqual(['a1', 'p1']);
    await addJournalEntry(db, { text: 'Spacing works.', goalIds: [goal.id], sourceIds: ['a1'] });
    expect((await journalForGoal(db, goal.id)).map((e) => e.text)).toEqual(['Spacing works.']);
    db.close();
  });

  it('opens a version 2 database with its sources and clips', async () => {
    const name = upgradeName();
    await version2(name);
    const db = await openNow(name);
    expect((await getSource(db, 'a1'))?.feeds).toEqual([]);
    expect((await getClip(db, 'a1'))?.blocks).toEqual([{ type: 'p', text: 'Kept.' }]);
    db.close();
  });

  it('opens a version 1 database at the current version with its data intact, and can clip', async () => {
    const name = upgradeName();
    await version1(name);
    const db = await openNow(name);
    expect((await listSources(db)).map((s) => s.id)).toEqual(['a1', 'p1']);
    expect(await getSource(db, 'p1')).toMatchObject({ feeds: [], visits: 0 });
    expect((await getSource(db, 'a1'))?.creators).toEqual(['p1']);
    expect((await db.trash.get('t1'))?.source.feeds).toEqual([]);
    await saveClip(db, 'a1', { blocks: [{ type: 'p', text: 'Kept offline.' }] });
    expect((await getClip(db, 'a1'))?.words).toBe(2);
    db.close();
  });
});

describe('an older version held open elsewhere', () => {
  it('does not leave the upgrade hanging: the old connection steps aside', async () => {
    const name = upgradeName();
    await version1(name);
    // Another tab still runs the previous release, with the database open.
    const old = new Dexie(name);
    old.version(1).stores(V1);
    await old.open();
    const db = await openNow(name);
    expect(old.isOpen()).toBe(false);
    expect(await db.sources.count()).toBe(2);
    db.close();
  });
});
