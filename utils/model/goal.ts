import { z } from 'zod';
import { LIMITS, Timestamp, line, optionalText } from './fields';
import { GoalId, Topics } from './source';

export const GOAL_STATUSES = ['active', 'reached', 'dropped'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

/** What the learner is learning, and why: sources and people link to it (Source.goals). */
export const Goal = z.object({
  id: GoalId,
  title: line(LIMITS.title),
  why: optionalText(LIMITS.description),
  /** The day it should be reached by, as epoch ms (midnight UTC of that day). */
  targetDate: Timestamp.optional(),
  topics: Topics.default([]),
  status: z.enum(GOAL_STATUSES),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Goal = z.output<typeof Goal>;

/** A new goal, or changes to one: a field left out keeps its value, `null` clears it. */
export const GoalInput = z.object({
  title: Goal.shape.title.optional(),
  why: Goal.shape.why.nullable(),
  targetDate: Timestamp.nullable().optional(),
  topics: Topics.optional(),
  status: Goal.shape.status.optional(),
});
export type GoalInput = z.input<typeof GoalInput>;
