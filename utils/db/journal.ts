import type { PlnDatabase } from './database';
import { JournalEntry, JournalInput, type JournalInput as JournalInputType } from '../model/journal';

/** The journal: what was learned, when, for which goals and from which sources or people. */

/** Writes a journal entry (a reflection, say). */
export async function addJournalEntry(
  db: PlnDatabase,
  input: JournalInputType,
  now: number = Date.now(),
): Promise<JournalEntry> {
  const parsed = JournalInput.parse(input);
  const entry = JournalEntry.parse({
    ...parsed,
    goalIds: [...new Set(parsed.goalIds)],
    sourceIds: [...new Set(parsed.sourceIds)],
    id: crypto.randomUUID(),
    createdAt: now,
  });
  await db.journal.add(entry);
  return entry;
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

export function deleteJournalEntry(db: PlnDatabase, id: string): Promise<void> {
  return db.journal.delete(id);
}
