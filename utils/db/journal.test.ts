import { describe, expect, it } from 'vitest';
import { addGoal } from './goals';
import {
  addJournalEntry,
  deleteJournalEntry,
  journalForGoal,
  listJournal,
  restoreJournalEntry,
  updateJournalEntry,
} from './journal';
import { freshDatabase } from './test-db';

describe('editing and deleting journal entries', () => {
  it('rewrites an entry: new text and links, same id and day written, the time of the edit kept', async () => {
    const db = freshDatabase();
    const rust = await addGoal(db, { title: 'Rust', why: null });
    const go = await addGoal(db, { title: 'Go', why: null });
    const entry = await addJournalEntry(db, { text: 'Ownership clicked.', goalIds: [rust.id], sourceIds: ['s1'] }, 5);
    const edited = await updateJournalEntry(
      db,
      entry.id,
      { text: ' Ownership and borrowing clicked. ', goalIds: [go.id, go.id], sourceIds: ['s2', 's2'] },
      9,
    );
    expect(edited).toEqual({
      id: entry.id,
      text: 'Ownership and borrowing clicked.',
      createdAt: 5,
      updatedAt: 9,
      goalIds: [go.id],
      sourceIds: ['s2'],
    });
    expect(await db.journal.get(entry.id)).toEqual(edited);
    expect(await journalForGoal(db, rust.id)).toEqual([]);
    expect((await journalForGoal(db, go.id)).map((e) => e.id)).toEqual([entry.id]);
  });

  it('refuses an empty text and an entry that is gone, and changes nothing', async () => {
    const db = freshDatabase();
    const entry = await addJournalEntry(db, { text: 'Kept.' }, 1);
    await expect(updateJournalEntry(db, entry.id, { text: '   ' })).rejects.toThrow();
    await expect(updateJournalEntry(db, 'gone', { text: 'New' })).rejects.toMatchObject({
      code: 'problem_journal_not_found',
    });
    expect(await listJournal(db)).toEqual([entry]);
  });

  it('deletes an entry, returning it, and puts it back as it was on undo', async () => {
    const db = freshDatabase();
    const goal = await addGoal(db, { title: 'Rust', why: null });
    const entry = await addJournalEntry(db, { text: 'Lifetimes next.', goalIds: [goal.id], sourceIds: ['s1'] }, 3);
    const other = await addJournalEntry(db, { text: 'Traits.' }, 4);
    const deleted = await deleteJournalEntry(db, entry.id);
    expect(deleted).toEqual(entry);
    expect((await listJournal(db)).map((e) => e.id)).toEqual([other.id]);
    expect(await deleteJournalEntry(db, entry.id)).toBeUndefined();

    await restoreJournalEntry(db, deleted!);
    expect(await listJournal(db)).toEqual([other, entry]);
    expect((await journalForGoal(db, goal.id)).map((e) => e.id)).toEqual([entry.id]);
  });

  it('keeps an entry written again under the same id since it was deleted', async () => {
    const db = freshDatabase();
    const entry = await addJournalEntry(db, { text: 'First.' }, 1);
    await deleteJournalEntry(db, entry.id);
    const again = { ...entry, text: 'Written again.', updatedAt: 2 };
    await db.journal.put(again);
    await restoreJournalEntry(db, entry);
    expect(await db.journal.get(entry.id)).toEqual(again);
  });
});
