import { afterEach, describe, expect, it } from 'vitest';
import { problemText } from '../errors';
import { readBackup, writeBackup } from '../io/backup';
import { jobChunks } from '../messaging/import-port';
import { exportAll } from './backup';
import type { PlnDatabase } from './database';
import { addGoal, linkToGoal, updateGoal } from './goals';
import { addJournalEntry } from './journal';
import { restoreBackup } from './restore';
import { saveSource } from './sources';
import { freshDatabase } from './test-db';
import { removeSource } from './trash';

/** Goals and the journal in the JSON backup: written, read and restored without a loss. */

const opened: PlnDatabase[] = [];
function database() {
  const db = freshDatabase();
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

function read(text: string) {
  const result = readBackup(text);
  if ('error' in result) throw new Error(problemText(result.error));
  return result;
}

async function collection(db: PlnDatabase) {
  const goal = await addGoal(
    db,
    { title: 'Learn Rust', why: 'A new job', topics: ['rust'], targetDate: 86_400_000 },
    1,
  );
  const reached = await addGoal(db, { title: 'Touch typing', why: null }, 2);
  await updateGoal(db, reached.id, { why: undefined, status: 'reached' }, 3);
  const { source: post } = await saveSource(db, { kind: 'article', title: 'Ownership', url: 'https://a.example/' }, 4);
  const { source: ada } = await saveSource(db, { kind: 'person', title: 'Ada' }, 5);
  const { source: gone } = await saveSource(db, { kind: 'video', title: 'Gone', url: 'https://v.example/' }, 6);
  await linkToGoal(db, [post.id, ada.id, gone.id], goal.id, 7);
  await removeSource(db, gone.id, 8);
  await addJournalEntry(
    db,
    { text: 'Ownership clicked.\nNext: lifetimes.', goalIds: [goal.id], sourceIds: [post.id, ada.id] },
    9,
  );
  await addJournalEntry(db, { text: 'No goal here.' }, 10);
}

describe('goals and the journal in the backup', () => {
  it('round-trips losslessly into a new profile', async () => {
    const db = database();
    await collection(db);
    const before = await exportAll(db);
    expect(before.goals).toHaveLength(2);
    expect(before.journal).toHaveLength(2);
    const { backup, invalid } = read(writeBackup({ ...before, exportedAt: 50 }));
    expect(invalid).toEqual([]);

    const other = database();
    await restoreBackup(other, { fileName: 'backup.json', ...backup }, undefined, 100);
    const after = await exportAll(other);
    expect(after.goals).toEqual(before.goals);
    expect(after.journal).toEqual(before.journal);
    expect(after.sources).toEqual(before.sources);
    expect(after.trash).toEqual(before.trash);
  });

  it('goes through the import port’s chunks whole', async () => {
    const db = database();
    await collection(db);
    const { backup } = read(writeBackup(await exportAll(db)));
    const lists = [...jobChunks({ kind: 'backup', fileName: 'b.json', ...backup }, 100)].map(([list]) => list);
    expect(lists).toContain('goals');
    expect(lists).toContain('journal');
  });

  it('keeps a goal or an entry already here, and maps a merged source in the journal', async () => {
    const db = database();
    await collection(db);
    const snapshot = await exportAll(db);
    const other = database();
    // Here, the same post was saved under another id, and the goal was renamed.
    const { source: mine } = await saveSource(other, { kind: 'article', title: 'Mine', url: 'https://a.example/' }, 1);
    const [goal] = snapshot.goals;
    await other.goals.put({ ...goal!, title: 'Rust, renamed here' });
    await restoreBackup(other, { fileName: 'b.json', ...read(writeBackup(snapshot)).backup }, undefined, 100);
    expect((await other.goals.get(goal!.id))?.title).toBe('Rust, renamed here');
    const entry = (await other.journal.toArray()).find((e) => e.goalIds.length > 0);
    expect(entry?.sourceIds[0]).toBe(mine.id);
    expect((await other.sources.get(mine.id))?.goals).toEqual([goal!.id]);
  });

  it('reads and restores a backup made before goals, which has neither list', async () => {
    const old = `{
  "format": "pln-capture-backup",
  "version": 1,
  "exportedAt": 50,
  "sources": [
    {"id":"a1","kind":"article","category":"blogs","title":"Old post","url":"https://old.example/","creators":[],"topics":[],"feeds":[],"profiles":[],"aliases":["https://old.example/"],"status":"to_explore","createdAt":1,"updatedAt":1,"visits":0}
  ],
  "trash": [],
  "clips": []
}`;
    const { backup, invalid } = read(old);
    expect(invalid).toEqual([]);
    expect(backup).toMatchObject({ goals: [], journal: [] });
    const db = database();
    await restoreBackup(db, { fileName: 'old.json', ...backup }, undefined, 100);
    expect((await db.sources.get('a1'))?.goals).toEqual([]);
    expect(await db.goals.count()).toBe(0);
  });

  it('leaves out a bad goal or entry and says which', () => {
    const text = writeBackup({
      sources: [],
      trash: [],
      clips: [],
      goals: [{ id: 'g', title: '<b>x</b>', why: undefined, status: 'active', topics: [], createdAt: 1, updatedAt: 1 }],
      journal: [{ id: 'j', text: 'ok', createdAt: 1, goalIds: [], sourceIds: [] }],
    })
      .replace('"status":"active"', '"status":"sideways"')
      .replace('"text":"ok"', '"text":"   "');
    const { backup, invalid } = read(text);
    expect(backup.goals).toEqual([]);
    expect(backup.journal).toEqual([]);
    expect(invalid.map((i) => problemText(i.problem))).toEqual([
      expect.stringMatching(/^goal 1 \("<b>x<\/b>"\): status/),
      expect.stringMatching(/^journal entry 1: text/),
    ]);
  });
});
