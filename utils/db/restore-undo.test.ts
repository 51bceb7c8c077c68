import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { problemText } from '../errors';
import { readBackup } from '../io/backup';
import type { PlnDatabase } from './database';
import { addGoal, linkToGoal, updateGoal } from './goals';
import { addJournalEntry, updateJournalEntry } from './journal';
import { restoreBackup } from './restore';
import { saveSource } from './sources';
import { freshDatabase } from './test-db';
import { undoImport } from './undo-import';

/** Undoing a restored backup takes its goals and journal entries out again, but not what the person did since. */

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(() => db.delete());

const goal = (id: string, title: string, updatedAt: number) =>
  `{"id":"${id}","title":"${title}","topics":[],"status":"active","createdAt":1,"updatedAt":${updatedAt}}`;

/** A backup file as this version writes it: one post, five goals, four journal entries. */
const SAVED = `{
  "format": "pln-capture-backup",
  "version": 1,
  "exportedAt": 50,
  "sources": [
    {"id":"s-post","kind":"article","category":"blogs","title":"Ownership","url":"https://rust.example/ownership","creators":[],"topics":[],"feeds":[],"profiles":[],"aliases":["https://rust.example/ownership"],"status":"to_explore","createdAt":2,"updatedAt":3,"visits":0,"goals":["g-rust"]}
  ],
  "trash": [],
  "clips": [],
  "goals": [
    ${goal('g-rust', 'Learn Rust', 5)},
    ${goal('g-typing', 'Touch typing', 6)},
    ${goal('g-stats', 'Statistics', 7)},
    ${goal('g-journal', 'Write more', 8)},
    ${goal('g-here', 'From the backup', 9)}
  ],
  "journal": [
    {"id":"j-rust","text":"Ownership clicked.","createdAt":10,"goalIds":["g-rust"],"sourceIds":["s-post"]},
    {"id":"j-typing","text":"Typing drills.","createdAt":11,"goalIds":["g-typing"],"sourceIds":[]},
    {"id":"j-edited","text":"Edited before the backup.","createdAt":12,"updatedAt":13,"goalIds":[],"sourceIds":[]},
    {"id":"j-here","text":"From the backup.","createdAt":14,"goalIds":[],"sourceIds":[]}
  ]
}`;

function saved() {
  const result = readBackup(SAVED);
  if ('error' in result) throw new Error(problemText(result.error));
  expect(result.invalid).toEqual([]);
  return { fileName: 'backup.json', ...result.backup };
}

const ids = async (table: 'goals' | 'journal') => (await db[table].toArray()).map((row) => row.id).sort();

describe('undoing a restored backup: goals and the journal', () => {
  it('takes out what it restored, keeping what was here before and what the person changed or linked since', async () => {
    // Here before the restore, under ids the backup has too: the restore leaves them as they are.
    await db.goals.put({
      id: 'g-here',
      title: 'Mine',
      why: undefined,
      topics: [],
      status: 'active',
      createdAt: 1,
      updatedAt: 2,
    });
    await db.journal.put({ id: 'j-here', text: 'Mine.', createdAt: 3, goalIds: [], sourceIds: [] });
    const { source: mine } = await saveSource(db, { kind: 'article', title: 'Mine', url: 'https://mine.example/' }, 4);
    const { record } = await restoreBackup(db, saved(), undefined, 100);
    expect(record.goals).toEqual({ 'g-rust': 5, 'g-typing': 6, 'g-stats': 7, 'g-journal': 8 });
    expect(record.journal).toEqual({ 'j-rust': 10, 'j-typing': 11, 'j-edited': 13 });
    expect(await ids('goals')).toEqual(['g-here', 'g-journal', 'g-rust', 'g-stats', 'g-typing']);

    // Since: a goal edited, one linked to a source of the person's, one named by a new entry, an entry edited.
    await updateGoal(db, 'g-typing', { why: 'Faster notes' }, 200);
    await linkToGoal(db, [mine.id], 'g-stats', 201);
    const written = await addJournalEntry(db, { text: 'A new entry.', goalIds: ['g-journal'] }, 202);
    await updateJournalEntry(db, 'j-typing', { text: 'Typing drills, daily.', goalIds: ['g-typing'] }, 203);

    expect(await undoImport(db, record.id, 300)).toEqual({ removed: 1, restored: 0, keptChanged: 0 });
    expect(await ids('goals')).toEqual(['g-here', 'g-journal', 'g-stats', 'g-typing']);
    expect((await db.goals.get('g-here'))?.title).toBe('Mine');
    expect((await db.goals.get('g-typing'))?.why).toBe('Faster notes');
    expect(await ids('journal')).toEqual(['j-here', 'j-typing', written.id].sort());
    expect((await db.journal.get('j-here'))?.text).toBe('Mine.');
    expect((await db.journal.get('j-typing'))?.text).toBe('Typing drills, daily.');
    expect((await db.sources.get(mine.id))?.goals).toEqual(['g-stats']);
  });

  it('keeps a goal that a restored source the person changed since still links to', async () => {
    const { record } = await restoreBackup(db, saved(), undefined, 100);
    await saveSource(db, { id: 's-post', kind: 'article', title: 'Ownership, my notes' }, 200);
    expect(await undoImport(db, record.id, 300)).toEqual({ removed: 0, restored: 0, keptChanged: 1 });
    expect(await ids('goals')).toEqual(['g-rust']);
    expect(await db.journal.count()).toBe(0);
  });

  it('takes everything it restored out again when nothing changed since', async () => {
    const { record } = await restoreBackup(db, saved(), undefined, 100);
    await undoImport(db, record.id, 300);
    expect(await db.goals.count()).toBe(0);
    expect(await db.journal.count()).toBe(0);
    expect(await db.sources.count()).toBe(0);
  });

  it('undoes a restore recorded before goals and entries were, leaving them as they are', async () => {
    const { record } = await restoreBackup(db, saved(), undefined, 100);
    const { goals: _goals, journal: _journal, ...older } = record;
    await db.imports.put(older as typeof record);
    expect(await undoImport(db, record.id, 300)).toEqual({ removed: 1, restored: 0, keptChanged: 0 });
    expect(await db.goals.count()).toBe(5);
    expect(await db.journal.count()).toBe(4);
  });

  it('leaves a goal or an entry the person deleted since, and one added since, alone', async () => {
    const { record } = await restoreBackup(db, saved(), undefined, 100);
    await db.journal.delete('j-rust');
    const mine = await addGoal(db, { title: 'Mine', why: null }, 200);
    await undoImport(db, record.id, 300);
    expect(await ids('goals')).toEqual([mine.id]);
    expect(await db.journal.count()).toBe(0);
  });
});
