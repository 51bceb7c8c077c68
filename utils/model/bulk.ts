import { z } from 'zod';
import { GoalId, SourceId, Topics } from './source';
import { CATEGORIES, STATUSES } from './vocabulary';
import { LIMITS } from './fields';

/** The most sources one bulk action takes: a whole large collection, selected at once. */
export const MAX_BULK = 100_000;

export const BulkIds = z.array(SourceId).min(1).max(MAX_BULK);

/** One change to many sources: set the category or the status, add or remove topics, link to a goal. */
export const BulkChange = z
  .object({
    category: z.enum(CATEGORIES).optional(),
    status: z.enum(STATUSES).optional(),
    addTopics: Topics.optional(),
    removeTopics: z.array(z.string().max(1_000)).max(500).optional(),
    /** A learning goal to link them to. */
    addGoal: GoalId.optional(),
  })
  .refine(
    (c) =>
      c.category !== undefined ||
      c.status !== undefined ||
      !!c.addTopics?.length ||
      !!c.removeTopics?.length ||
      c.addGoal !== undefined,
    {
      message: 'A bulk change changes something',
    },
  );
export type BulkChange = z.input<typeof BulkChange>;

/** The fields a bulk change touches, as they were before it: what its undo puts back. */
export const BulkPrevious = z.object({
  id: SourceId,
  category: z.enum(CATEGORIES),
  status: z.enum(STATUSES),
  topics: Topics,
  /** Optional: undo records written before goals existed have none. */
  goals: z.array(GoalId).max(LIMITS.goals).optional(),
});
export type BulkPrevious = z.output<typeof BulkPrevious>;
