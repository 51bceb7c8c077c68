import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bulkUpdate, removeSource, saveClip, saveSource, type PlnDatabase } from '../db';
import { freshDatabase } from '../db/test-db';
import { SourceStore, type StoreEvent } from './source-store';

let db: PlnDatabase;
let store: SourceStore;
let events: StoreEvent[];
beforeEach(() => {
  db = freshDatabase();
  events = [];
  store = new SourceStore(db, (event) => events.push(event), { firstPage: 2, chunk: 3 });
});
afterEach(async () => {
  store.stop();
  await db.delete();
});

const save = (i: number, extra = {}) =>
  saveSource(db, { kind: 'article', title: `A${i}`, url: `https://a.example/${i}`, ...extra }, i);
const titles = () => [...store.entries.values()].map((e) => e.source.title).sort();
const wait = (check: () => void) => vi.waitFor(check, { timeout: 5_000, interval: 10 });

describe('SourceStore', () => {
  it('reads the newest first, then every source in chunks', async () => {
    for (let i = 1; i <= 7; i++) await save(i);
    await store.loadFirstPage();
    expect(titles()).toEqual(['A6', 'A7']);
    await store.loadAll();
    expect(titles()).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['first-page', 'loaded']));
  });

  it('follows edits, removals and kept texts, with what they did', async () => {
    const one = (await save(1)).source;
    const two = (await save(2)).source;
    await store.loadAll();
    store.follow();
    events.length = 0;
    await saveSource(db, { id: one.id, kind: 'article', title: 'Renamed' });
    await wait(() => expect(store.entries.get(one.id)?.source.title).toBe('Renamed'));
    expect(events).toContainEqual(expect.objectContaining({ type: 'sources', moved: true, removed: [] }));
    await removeSource(db, two.id);
    await wait(() => expect(store.entries.has(two.id)).toBe(false));
    expect(events).toContainEqual(expect.objectContaining({ type: 'sources', removed: [two.id] }));
    await saveClip(db, one.id, { blocks: [{ type: 'p', text: 'Text' }] });
    await wait(() => expect(store.clips.has(one.id)).toBe(true));
    expect(events).toContainEqual({ type: 'clips', changed: new Set([one.id]) });
  });

  it('leaves the kept texts alone when asked to (the network page shows none)', async () => {
    const one = (await save(1)).source;
    await saveClip(db, one.id, { blocks: [{ type: 'p', text: 'Text' }] });
    const quiet = new SourceStore(db, (event) => events.push(event), { clips: false });
    await quiet.loadAll();
    quiet.follow();
    expect(quiet.clips.size).toBe(0);
    await saveClip(db, one.id, { blocks: [{ type: 'p', text: 'Again' }] });
    await saveSource(db, { id: one.id, kind: 'article', title: 'Renamed' });
    await wait(() => expect(quiet.entries.get(one.id)?.source.title).toBe('Renamed'));
    expect(quiet.clips.size).toBe(0);
    expect(events.filter((e) => e.type === 'clips')).toEqual([]);
    quiet.stop();
  });

  it('reads only what a bulk edit of many changed', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) ids.push((await save(i)).source.id);
    await store.loadAll();
    store.follow();
    events.length = 0;
    await bulkUpdate(db, ids.slice(0, 40), { addTopics: ['x'] });
    await wait(() => expect([...store.entries.values()].filter((e) => e.source.topics.includes('x'))).toHaveLength(40));
    const read = new Set(events.flatMap((e) => (e.type === 'sources' ? e.rows.map((r) => r.id) : [])));
    expect(read).toEqual(new Set(ids.slice(0, 40)));
    expect(events.some((e) => e.type === 'sources' && e.moved)).toBe(false);
  });

  it('catches up with what was written before it followed', async () => {
    await save(1);
    await store.loadAll();
    await save(2);
    store.follow();
    await wait(() => expect(titles()).toEqual(['A1', 'A2']));
  });
});
