import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bulkUpdate } from './bulk';
import { followChanges, onLocalWrites, readChange, type DatabaseChange } from './changes';
import { addGoal } from './goals';
import { addJournalEntry } from './journal';
import { saveClip } from './clips';
import type { PlnDatabase } from './database';
import { saveSource } from './sources';
import { freshDatabase, otherContext } from './test-db';
import { removeSource } from './trash';

let db: PlnDatabase;
let other: PlnDatabase;
let changes: DatabaseChange[];
let stop: () => void;
beforeEach(() => {
  db = freshDatabase();
  other = freshDatabase();
  changes = [];
  stop = followChanges(db, (change) => changes.push(change));
});
afterEach(async () => {
  stop();
  await Promise.all([db.delete(), other.delete()]);
});

const save = (i: number) => saveSource(db, { kind: 'article', title: `A${i}`, url: `https://a.example/${i}` }, i);

describe('followChanges', () => {
  it('names the sources a small write touched', async () => {
    const { source } = await save(1);
    await vi.waitFor(() =>
      expect(changes).toContainEqual({ sourceIds: [source.id], sourcesUnnamed: false, clips: false }),
    );
  });

  it('says a write touched sources it did not name, as a bulk edit of many does', async () => {
    const ids = [];
    for (let i = 0; i < 60; i++) ids.push((await save(i)).source.id);
    changes.length = 0;
    await bulkUpdate(db, ids, { addTopics: ['x'] });
    await vi.waitFor(() => expect(changes.some((c) => c.sourcesUnnamed)).toBe(true));
  });

  it('says when clips change, and a removal names its source', async () => {
    const { source } = await save(1);
    await saveClip(db, source.id, { blocks: [{ type: 'p', text: 'Text' }] });
    await vi.waitFor(() => expect(changes.some((c) => c.clips)).toBe(true));
    changes.length = 0;
    await removeSource(db, source.id);
    await vi.waitFor(() => expect(changes.flatMap((c) => c.sourceIds)).toContain(source.id));
  });

  it('ignores other databases, and stops when told', async () => {
    const elsewhere = await saveSource(other, { kind: 'article', title: 'Elsewhere', url: 'https://b.example/' });
    const two = await save(2);
    await vi.waitFor(() => expect(changes.flatMap((c) => c.sourceIds)).toContain(two.source.id));
    expect(changes.flatMap((c) => c.sourceIds)).not.toContain(elsewhere.source.id);
    stop();
    const seen: DatabaseChange[] = [];
    const stopSeen = followChanges(db, (c) => seen.push(c));
    const three = await save(3);
    await vi.waitFor(() => expect(seen.flatMap((c) => c.sourceIds)).toContain(three.source.id));
    stopSeen();
    expect(changes.flatMap((c) => c.sourceIds)).not.toContain(three.source.id);
  });
});

describe('readChange', () => {
  it('reads "all" (a page back from the back-forward cache) as everything changed', () => {
    expect(readChange('pln', { all: true } as never)).toEqual({ sourceIds: [], sourcesUnnamed: true, clips: true });
    expect(readChange('pln', { 'idb://other/sources/': {} } as never)).toBeUndefined();
  });
});

describe('onLocalWrites', () => {
  it('hears the writes of sources, goals and journal entries made here, not those of another context', async () => {
    let heard = 0;
    const stopHere = onLocalWrites(db, () => (heard += 1));
    const elsewhere = otherContext(db);
    await addGoal(elsewhere, { title: 'Elsewhere', why: null });
    expect(heard).toBe(0);
    await save(1);
    await addGoal(db, { title: 'Here', why: null });
    await addJournalEntry(db, { text: 'Here too.' });
    expect(heard).toBe(3);
    stopHere();
    await save(2);
    expect(heard).toBe(3);
    elsewhere.close();
  });

  it('is set before the database opens, or says so', async () => {
    await save(1);
    expect(() => onLocalWrites(db, () => undefined)).toThrow(/before the database opens/);
  });
});
