import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  type PlnDatabase,
  bulkRemove,
  bulkRestore,
  bulkRevert,
  bulkUpdate,
  recordVisit,
  removeSource,
  restoreSource,
  saveClip,
  saveSource,
} from '../db';
import { testSource } from '../model/test-source';
import { freshDatabase } from '../db/test-db';
import type { IndexCache } from './index-cache';
import { LiveCollection } from './live-collection';
import type { IndexSnapshot } from './search-index';

let db: PlnDatabase;
const running: LiveCollection[] = [];
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  for (const c of running.splice(0)) c.stop();
  await db.delete();
});

function memoryCache(): IndexCache & { saved: IndexSnapshot | undefined } {
  const cache = {
    saved: undefined as IndexSnapshot | undefined,
    load: () => Promise.resolve(cache.saved),
    save: (s: IndexSnapshot) => {
      cache.saved = s;
      return Promise.resolve();
    },
  };
  return cache;
}

async function open(options: ConstructorParameters<typeof LiveCollection>[1] = {}) {
  const collection = new LiveCollection(db, { saveDelayMs: 0, ...options });
  running.push(collection);
  await collection.start();
  await collection.whenIndexed();
  return collection;
}

const found = (c: LiveCollection, query: string) =>
  c
    .sorted('title')
    .filter((e) => c.search(query)?.hasSlot(e.slot) ?? true)
    .map((e) => e.source.title);

/** Waits until the collection has brought a change in. */
const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true), { timeout: 5_000, interval: 10 });

async function seed() {
  const jane = (await saveSource(db, { kind: 'person', title: 'Jane Doe', url: 'https://jane.example/' }, 1)).source;
  const post = (
    await saveSource(
      db,
      {
        kind: 'article',
        title: 'Spaced repetition for engineers',
        url: 'https://www.loop.example/posts/spaced',
        siteName: 'The Learning Loop',
        description: 'Why reviewing at growing intervals works',
        creators: [jane.id],
        topics: ['memory'],
        note: 'Try the five-card plan',
        quote: 'Review just before you would forget',
      },
      2,
    )
  ).source;
  const talk = (
    await saveSource(db, { kind: 'video', title: 'Café au lait explained', url: 'https://video.example/cafe' }, 3)
  ).source;
  return { jane, post, talk };
}

describe('LiveCollection', () => {
  it('loads every source, a first page first', async () => {
    await seed();
    const collection = new LiveCollection(db, { firstPage: 1, chunk: 2 });
    running.push(collection);
    const seen: boolean[] = [];
    let firstPage: string[] | undefined;
    collection.subscribe(() => {
      seen.push(collection.status.loaded);
      if (!collection.status.loaded) firstPage ??= collection.sorted('newest').map((e) => e.source.title);
    });
    // Asked before anything is read, the order is empty; it must not stay so.
    expect(collection.sorted('newest')).toEqual([]);
    await collection.start();
    await collection.whenIndexed();
    expect(seen[0]).toBe(false); // the first page, then the rest
    expect(firstPage).toEqual(['Café au lait explained']);
    expect(collection.status).toMatchObject({ loaded: true, total: 3, indexing: undefined });
    expect(collection.sorted('newest').map((e) => e.source.title)).toEqual([
      'Café au lait explained',
      'Spaced repetition for engineers',
      'Jane Doe',
    ]);
  });

  it.each([
    ['spaced', ['Spaced repetition for engineers']], // title
    ['learning loop', ['Spaced repetition for engineers']], // site name
    ['loop.example', ['Spaced repetition for engineers']], // host
    ['intervals', ['Spaced repetition for engineers']], // description
    ['jane', ['Jane Doe', 'Spaced repetition for engineers']], // the person, and her post
    ['memory', ['Spaced repetition for engineers']], // topic
    ['five-card', ['Spaced repetition for engineers']], // note
    ['forget', ['Spaced repetition for engineers']], // quote
    ['CAFE', ['Café au lait explained']], // case and accents folded
    ['rep eng', ['Spaced repetition for engineers']], // word starts, every word
    ['repetition video', []],
  ])('searches %j', async (query, titles) => {
    await seed();
    expect(found(await open(), query)).toEqual(titles);
  });

  it('searches kept article text', async () => {
    const { talk } = await seed();
    await saveClip(db, talk.id, { blocks: [{ type: 'p', text: 'Steamed milk and a strong brew.' }] });
    expect(found(await open(), 'steamed')).toEqual(['Café au lait explained']);
  });

  it('follows edits, deletions, restorations, renamed people, new clips and visits', async () => {
    const { jane, post, talk } = await seed();
    const collection = await open();

    await saveSource(db, { id: post.id, kind: 'article', title: 'Spaced practice, a field guide' });
    await until(() => found(collection, 'field guide').length === 1);
    expect(found(collection, 'engineers')).toEqual([]);

    await saveSource(db, { id: jane.id, kind: 'person', title: 'Jane Roe' });
    await until(() => found(collection, 'roe').length === 2);
    expect(found(collection, 'doe')).toEqual([]);

    await removeSource(db, talk.id);
    await until(() => collection.size === 2);
    expect(found(collection, 'cafe')).toEqual([]);
    await restoreSource(db, talk.id);
    await until(() => found(collection, 'cafe').length === 1);

    await saveClip(db, post.id, { blocks: [{ type: 'p', text: 'Leitner boxes' }] });
    await until(() => found(collection, 'leitner').length === 1);
    expect(collection.hasClip(post.id)).toBe(true);

    await recordVisit(db, talk.id, 99);
    await until(() => collection.get(talk.id)?.lastVisitedAt === 99);
    expect(collection.sorted('visited')[0]?.source.id).toBe(talk.id);

    await bulkRemove(db, [post.id, talk.id]);
    await until(() => collection.size === 1);
    await bulkRestore(db, [post.id, talk.id]);
    await until(() => found(collection, 'leitner').length === 1);
    expect(collection.size).toBe(3);
  });

  it('sees changes whatever their dates: bulk edits of many, rows dated ahead, and rows put back as they were', async () => {
    const rows = Array.from({ length: 120 }, (_, i) =>
      testSource({
        id: `s${i}`,
        title: `Note ${i}`,
        url: `https://n.example/${i}`,
        // Dated an hour ahead, as from a computer whose clock runs fast.
        createdAt: Date.now() + 3_600_000,
        updatedAt: Date.now() + 3_600_000,
      }),
    );
    await db.sources.bulkPut(rows);
    const collection = await open();
    // More than a few rows at once: Dexie names a range, not the rows.
    const { previous } = await bulkUpdate(
      db,
      rows.map((r) => r.id),
      { addTopics: ['zettel'] },
    );
    await until(() => found(collection, 'zettel').length === 120);
    await bulkRevert(db, previous);
    await until(() => found(collection, 'zettel').length === 0);
    // A row put back with its old date (undoing an import does that).
    const before = rows[7]!;
    await saveSource(db, { id: before.id, kind: 'article', title: 'Renamed' });
    await until(() => collection.get(before.id)?.title === 'Renamed');
    await db.sources.put(before);
    await until(() => collection.get(before.id)?.title === 'Note 7');
    expect(found(collection, 'renamed')).toEqual([]);
  });

  it('catches up with what was written while it loaded', async () => {
    await seed();
    const collection = new LiveCollection(db, { chunk: 1, yieldToPage: () => new Promise((r) => setTimeout(r, 5)) });
    running.push(collection);
    const started = collection.start();
    await saveSource(db, { kind: 'article', title: 'Written meanwhile', url: 'https://late.example/' });
    await started;
    await until(() => found(collection, 'meanwhile').length === 1);
  });

  it('saves its index, and the next time re-indexes only what changed meanwhile', async () => {
    const { post } = await seed();
    const cache = memoryCache();
    const first = await open({ cache });
    await first.save();
    expect(cache.saved).toBeDefined();
    expect(first.stats).toEqual({ fromCache: 0, indexed: 3 });
    first.stop();

    await saveSource(db, { id: post.id, kind: 'article', title: 'Renamed while closed' });
    const second = await open({ cache });
    expect(second.stats).toEqual({ fromCache: 2, indexed: 1 });
    expect(found(second, 'renamed')).toEqual(['Renamed while closed']);
    expect(found(second, 'jane')).toEqual(['Jane Doe', 'Renamed while closed']);
    expect(found(second, 'engineers')).toEqual([]);
  });

  it('re-indexes what credits a person renamed while it was closed', async () => {
    const { jane } = await seed();
    const cache = memoryCache();
    const first = await open({ cache });
    await first.save();
    first.stop();
    await saveSource(db, { id: jane.id, kind: 'person', title: 'Jane Roe' });
    const second = await open({ cache });
    expect(second.stats.indexed).toBe(2);
    expect(found(second, 'roe')).toEqual(['Jane Roe', 'Spaced repetition for engineers']);
  });

  it('ignores a saved index it cannot read', async () => {
    await seed();
    const cache = memoryCache();
    cache.saved = { format: 0 } as unknown as IndexSnapshot;
    const collection = await open({ cache });
    expect(collection.stats.indexed).toBe(3);
    expect(found(collection, 'jane')).toHaveLength(2);
  });

  it('keeps its orders right through edits, removals and renames', async () => {
    const { jane, post, talk } = await seed();
    const collection = await open();
    const titles = (sort: 'newest' | 'title') => collection.sorted(sort).map((e) => e.source.title);
    expect(titles('title')).toEqual(['Café au lait explained', 'Jane Doe', 'Spaced repetition for engineers']);
    await bulkUpdate(db, [jane.id, post.id], { addTopics: ['x'] });
    await until(() => collection.get(post.id)?.topics.includes('x') === true);
    expect(titles('title')).toEqual(['Café au lait explained', 'Jane Doe', 'Spaced repetition for engineers']);
    await removeSource(db, jane.id);
    await until(() => collection.size === 2);
    expect(titles('newest')).toEqual(['Café au lait explained', 'Spaced repetition for engineers']);
    await saveSource(db, { id: talk.id, kind: 'video', title: 'Zebra talk' });
    await until(() => collection.get(talk.id)?.title === 'Zebra talk');
    expect(titles('title')).toEqual(['Spaced repetition for engineers', 'Zebra talk']);
    await restoreSource(db, jane.id);
    await until(() => collection.size === 3);
    expect(titles('title')).toEqual(['Jane Doe', 'Spaced repetition for engineers', 'Zebra talk']);
  });

  it('lists what a person made and what came from a site', async () => {
    const { jane, post } = await seed();
    const collection = await open();
    expect(collection.creditedTo(jane.id).map((s) => s.id)).toEqual([post.id]);
    expect(collection.fromHost('loop.example').map((s) => s.id)).toEqual([post.id]);
    expect(collection.topics()).toEqual(['memory']);
  });
});
