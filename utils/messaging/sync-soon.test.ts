import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { addGoal, addJournalEntry, saveSource, type PlnDatabase } from '../db';
import { freshDatabase, otherContext } from '../db/test-db';
import { askSyncAfterWrites } from './sync-soon';

/** A shorter wait than the pages' (what the tests check does not depend on it), still longer than a burst of writes. */
const WAIT = 300;

let db: PlnDatabase;
beforeEach(() => {
  db = freshDatabase();
});
afterEach(async () => {
  await db.delete();
});

describe('askSyncAfterWrites', () => {
  it('asks once a moment after a burst of writes, and no more once stopped', async () => {
    const ask = vi.fn(() => Promise.resolve());
    const stop = askSyncAfterWrites(db, ask, WAIT);
    await addGoal(db, { title: 'Learn Rust', why: null });
    await addJournalEntry(db, { text: 'A first reflection.' });
    expect(ask).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1), { timeout: 5_000 });
    stop();
    await addGoal(db, { title: 'Write a study plan', why: null });
    await new Promise((resolve) => setTimeout(resolve, WAIT * 1.5));
    expect(ask).toHaveBeenCalledTimes(1);
  });

  it('asks nothing for writes another context made (a sync applying what came in, the background)', async () => {
    const ask = vi.fn(() => Promise.resolve());
    const stop = askSyncAfterWrites(db, ask, WAIT);
    const elsewhere = otherContext(db);
    await addGoal(elsewhere, { title: 'Written by another context', why: null });
    await saveSource(elsewhere, { kind: 'article', title: 'Saved elsewhere', url: 'https://a.example/' });
    await new Promise((resolve) => setTimeout(resolve, WAIT * 1.5));
    expect(ask).not.toHaveBeenCalled();
    // The same writes here do ask.
    await saveSource(db, { kind: 'article', title: 'Saved here', url: 'https://b.example/' });
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1), { timeout: 5_000 });
    stop();
    elsewhere.close();
  });

  it('shrugs off a background that cannot be reached', async () => {
    const ask = vi.fn(() => Promise.reject(new Error('Could not establish connection')));
    const stop = askSyncAfterWrites(db, ask, WAIT);
    await addGoal(db, { title: 'Learn Rust', why: null });
    await vi.waitFor(() => expect(ask).toHaveBeenCalledTimes(1), { timeout: 5_000 });
    stop();
  });
});
