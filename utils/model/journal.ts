import { z } from 'zod';
import { Timestamp } from './fields';
import { GoalId, SourceId } from './source';
import { cleanText } from '../text';

export const JOURNAL_TEXT_LIMIT = 20_000;

/**
 * A journal entry: what was learned, when, for which goals, and from which sources (people are
 * sources of kind person). Reflections are journal entries.
 */
export const JournalEntry = z.object({
  id: z.string().min(1).max(64),
  text: z
    .string()
    .transform((s) => cleanText(s, JOURNAL_TEXT_LIMIT))
    .pipe(z.string().min(1)),
  createdAt: Timestamp,
  /** When it was last edited; none while it is as written. */
  updatedAt: Timestamp.optional(),
  goalIds: z.array(GoalId).max(100).default([]),
  sourceIds: z.array(SourceId).max(500).default([]),
});
export type JournalEntry = z.output<typeof JournalEntry>;

export const JournalInput = JournalEntry.pick({ text: true, goalIds: true, sourceIds: true });
export type JournalInput = z.input<typeof JournalInput>;
