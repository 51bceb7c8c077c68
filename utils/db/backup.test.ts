import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportAll } from './backup';
import { saveClip } from './clips';
import type { PlnDatabase } from './database';
import { saveSource } from './sources';
import { freshDatabase } from './test-db';
import { removeSource } from './trash';

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

describe('exportAll', () => {
  it('reads every source, trashed source and clip, newest first', async () => {
    const a = await saveSource(db, { kind: 'article', title: 'A', url: 'https://a.example/' }, 1);
    const b = await saveSource(db, { kind: 'article', title: 'B', url: 'https://b.example/' }, 2);
    const gone = await saveSource(db, { kind: 'video', title: 'Gone', url: 'https://c.example/' }, 3);
    await saveClip(db, a.source.id, { blocks: [{ type: 'p', text: 'Kept text' }] }, 4);
    await removeSource(db, gone.source.id, 5);
    const snapshot = await exportAll(db);
    expect(snapshot.sources.map((s) => s.title)).toEqual(['B', 'A']);
    expect(snapshot.trash).toEqual([{ id: gone.source.id, deletedAt: 5, source: gone.source }]);
    expect(snapshot.clips.map((c) => c.sourceId)).toEqual([a.source.id]);
    expect(b.created).toBe(true);
  });

  it('is one snapshot: a write that starts meanwhile is either all in or all out', async () => {
    const { source } = await saveSource(db, { kind: 'article', title: 'A', url: 'https://a.example/' }, 1);
    await saveClip(db, source.id, { blocks: [{ type: 'p', text: 'Kept text' }] }, 2);
    const [snapshot] = await Promise.all([exportAll(db), removeSource(db, source.id, 3)]);
    const inTrash = snapshot.trash.some((t) => t.id === source.id);
    const inSources = snapshot.sources.some((s) => s.id === source.id);
    expect(inTrash !== inSources).toBe(true);
  });
});
