import type { PlnDatabase } from './database';
import { ProblemError } from '../errors';
import { Goal, GoalInput, type GoalInput as GoalInputType } from '../model/goal';
import { LIMITS } from '../model/fields';
import { goalsOf, type Source } from '../model/source';

/**
 * Learning goals: adding, editing, listing them, and linking sources and people to them. A link
 * is the goal's id in the source's `goals` (see Source), so a source keeps its goals wherever it goes.
 */

/** Adds a goal (active unless said otherwise). */
export async function addGoal(db: PlnDatabase, input: GoalInputType, now: number = Date.now()): Promise<Goal> {
  const parsed = GoalInput.parse(input);
  const goal = Goal.parse({
    ...withoutNulls(parsed),
    title: parsed.title,
    status: parsed.status ?? 'active',
    id: crypto.randomUUID(),
    createdAt: now,
    updatedAt: now,
  });
  await db.goals.add(goal);
  return goal;
}

function withoutNulls(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
}

/** Changes a goal's fields: left out keeps the value, `null` clears it. */
export async function updateGoal(
  db: PlnDatabase,
  id: string,
  input: GoalInputType,
  now: number = Date.now(),
): Promise<Goal> {
  const parsed = GoalInput.parse(input);
  return db.transaction('rw', db.goals, async () => {
    const existing = await db.goals.get(id);
    if (!existing) throw new ProblemError('problem_goal_not_found');
    const merged: Record<string, unknown> = { ...existing };
    for (const [key, value] of Object.entries(parsed)) {
      if (value === null) delete merged[key];
      else if (value !== undefined) merged[key] = value;
    }
    const goal = Goal.parse({ ...merged, id, createdAt: existing.createdAt, updatedAt: now });
    await db.goals.put(goal);
    return goal;
  });
}

export function getGoal(db: PlnDatabase, id: string): Promise<Goal | undefined> {
  return db.goals.get(id);
}

/** Every goal: active ones first, then reached, then dropped; newest first within each. */
export async function listGoals(db: PlnDatabase): Promise<Goal[]> {
  const order = { active: 0, reached: 1, dropped: 2 } as const;
  const goals = await db.goals.toArray();
  return goals.sort((a, b) => order[a.status] - order[b.status] || b.createdAt - a.createdAt);
}

/** The sources and people linked to a goal. */
export function goalSources(db: PlnDatabase, goalId: string): Promise<Source[]> {
  return db.sources.where('goals').equals(goalId).toArray();
}

/**
 * The goals of `source` with `goalId` added (the same array when it has it already). A source
 * has at most LIMITS.goals goals (the schema refuses more): one more is refused, naming it.
 */
export function withGoal(source: Source, goalId: string): readonly string[] {
  const goals = goalsOf(source);
  if (goals.includes(goalId)) return goals;
  if (goals.length >= LIMITS.goals) throw new ProblemError('problem_goals_full', source.title, String(LIMITS.goals));
  return [...goals, goalId];
}

/**
 * Links sources to a goal (each once); returns how many changed. Ids not saved are skipped.
 * Runs inside the caller's transaction when there is one.
 */
export async function linkToGoal(
  db: PlnDatabase,
  sourceIds: readonly string[],
  goalId: string,
  now: number = Date.now(),
): Promise<number> {
  return db.transaction('rw', db.sources, db.goals, async () => {
    if (!(await db.goals.get(goalId))) throw new ProblemError('problem_goal_not_found');
    const rows = await db.sources.bulkGet([...new Set(sourceIds)]);
    const next = rows.filter((s): s is Source => !!s && !goalsOf(s).includes(goalId));
    await db.sources.bulkPut(next.map((s) => ({ ...s, goals: [...withGoal(s, goalId)], updatedAt: now })));
    return next.length;
  });
}

/** Takes sources off a goal; returns how many changed. */
export async function unlinkFromGoal(
  db: PlnDatabase,
  sourceIds: readonly string[],
  goalId: string,
  now: number = Date.now(),
): Promise<number> {
  return db.transaction('rw', db.sources, async () => {
    const rows = await db.sources.bulkGet([...new Set(sourceIds)]);
    const next = rows.filter((s): s is Source => !!s && goalsOf(s).includes(goalId));
    await db.sources.bulkPut(
      next.map((s) => ({ ...s, goals: goalsOf(s).filter((g) => g !== goalId), updatedAt: now })),
    );
    return next.length;
  });
}
