import type { PlnDatabase } from './database';
import { ProblemError } from '../errors';
import { JournalEntry, JournalInput, type JournalInput as JournalInputType } from '../model/journal';

/** The journal: what was learned, when, for which goals and from which sources or people. */

/** The input checked, each goal and source once. */
function cleanInput(input: JournalInputType) {
  const parsed = JournalInput.parse(input);
  return { ...parsed, goalIds: [...new Set(parsed.goalIds)], sourceIds: [...new Set(parsed.sourceIds)] };
}

/** Writes a journal entry (a reflection, say). */
export async function addJournalEntry(
  db: PlnDatabase,
  input: JournalInputType,
  now: number = Date.now(),
): Promise<JournalEntry> {
  const entry = JournalEntry.parse({ ...cleanInput(input), id: crypto.randomUUID(), createdAt: now });
  await db.journal.add(entry);
  return entry;
}

/**
 * Rewrites an entry: its text, goals and sources are replaced, it keeps its id and the day it was
 * written, and `updatedAt` says when it was edited.
 */
export async function updateJournalEntry(
  db: PlnDatabase,
  id: string,
  input: JournalInputType,
  now: number = Date.now(),
): Promise<JournalEntry> {
  const changes = cleanInput(input);
  return db.transaction('rw', db.journal, async () => {
    const existing = await db.journal.get(id);
    if (!existing) throw new ProblemError('problem_journal_not_found');
    const entry = JournalEntry.parse({ ...changes, id, createdAt: existing.createdAt, updatedAt: now });
    await db.journal.put(entry);
    return entry;
  });
}

/** Every journal entry, newest first. */
export function listJournal(db: PlnDatabase): Promise<JournalEntry[]> {
  return db.journal.orderBy('createdAt').reverse().toArray();
}

/** The entries written for a goal, newest first. */
export async function journalForGoal(db: PlnDatabase, goalId: string): Promise<JournalEntry[]> {
  const entries = await db.journal.where('goalIds').equals(goalId).toArray();
  return entries.sort((a, b) => b.createdAt - a.createdAt);
}

/** Deletes an entry; returns it as it was (for undo), or nothing when it was not there. */
export async function deleteJournalEntry(db: PlnDatabase, id: string): Promise<JournalEntry | undefined> {
  return db.transaction('rw', db.journal, async () => {
    const entry = await db.journal.get(id);
    if (entry) await db.journal.delete(id);
    return entry;
  });
}

/** Puts a deleted entry back as it was (undo); an entry with its id written since is kept. */
export async function restoreJournalEntry(db: PlnDatabase, entry: JournalEntry): Promise<void> {
  const parsed = JournalEntry.parse(entry);
  await db.transaction('rw', db.journal, async () => {
    if (!(await db.journal.get(parsed.id))) await db.journal.add(parsed);
  });
}
