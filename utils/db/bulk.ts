import type { PlnDatabase } from './database';
import { ProblemError } from '../errors';
import { withGoal } from './goals';
import { addressesOf, ownersOf } from './sources';
import type { BulkChange, BulkPrevious } from '../model/bulk';
import { TrashedSource, cleanTopics, goalsOf, type Source } from '../model/source';
import { topicKey } from '../text';

/** Bulk edits: one transaction each, and each with its undo. */

export interface BulkUpdateResult {
  /** How many sources changed (those already as asked are left alone). */
  updated: number;
  previous: BulkPrevious[];
}

/**
 * Applies one change to many sources in one transaction: set the category or the status, add or
 * remove topics (removal ignores case), link them to a goal. Ids that are not (or no longer) saved are skipped.
 */
export async function bulkUpdate(
  db: PlnDatabase,
  ids: readonly string[],
  change: BulkChange,
  now: number = Date.now(),
): Promise<BulkUpdateResult> {
  const removing = new Set((change.removeTopics ?? []).map(topicKey));
  return db.transaction('rw', db.sources, db.goals, async () => {
    if (change.addGoal !== undefined && !(await db.goals.get(change.addGoal)))
      throw new ProblemError('problem_goal_not_found');
    const rows = await db.sources.bulkGet([...new Set(ids)]);
    const previous: BulkPrevious[] = [];
    const next: Source[] = [];
    for (const source of rows) {
      if (!source) continue;
      const topics = cleanTopics([
        ...source.topics.filter((t) => !removing.has(topicKey(t))),
        ...(change.addTopics ?? []),
      ]);
      const category = change.category ?? source.category;
      const status = change.status ?? source.status;
      const before = goalsOf(source);
      const goals = change.addGoal === undefined ? before : withGoal(source, change.addGoal);
      const same =
        category === source.category &&
        status === source.status &&
        goals === before &&
        topics.join('\n') === source.topics.join('\n');
      if (same) continue;
      previous.push({
        id: source.id,
        category: source.category,
        status: source.status,
        topics: [...source.topics],
        goals: [...before],
      });
      next.push({ ...source, category, status, topics, goals: [...goals], updatedAt: now });
    }
    await db.sources.bulkPut(next);
    return { updated: next.length, previous };
  });
}

/** Puts back what a bulk change replaced, for the sources still saved; returns how many. */
export async function bulkRevert(
  db: PlnDatabase,
  previous: readonly BulkPrevious[],
  now: number = Date.now(),
): Promise<number> {
  return db.transaction('rw', db.sources, async () => {
    const rows = await db.sources.bulkGet(previous.map((p) => p.id));
    const next: Source[] = [];
    rows.forEach((source, i) => {
      const before = previous[i];
      if (source && before)
        next.push({
          ...source,
          category: before.category,
          status: before.status,
          topics: cleanTopics(before.topics),
          goals: before.goals ?? source.goals,
          updatedAt: now,
        });
    });
    await db.sources.bulkPut(next);
    return next.length;
  });
}

/** Moves many sources to the trash in one transaction; returns the ids moved. */
export async function bulkRemove(db: PlnDatabase, ids: readonly string[], now: number = Date.now()): Promise<string[]> {
  return db.transaction('rw', db.sources, db.trash, async () => {
    const rows = (await db.sources.bulkGet([...new Set(ids)])).filter((row): row is Source => row !== undefined);
    await db.trash.bulkPut(rows.map((source) => TrashedSource.parse({ id: source.id, deletedAt: now, source })));
    await db.sources.bulkDelete(rows.map((source) => source.id));
    return rows.map((source) => source.id);
  });
}

/**
 * Brings many sources back from the trash in one transaction, as `restoreSource` does one:
 * a source whose address was saved again meanwhile stays out (and its clip goes). Returns how
 * many came back.
 */
export async function bulkRestore(db: PlnDatabase, ids: readonly string[]): Promise<number> {
  return db.transaction('rw', db.sources, db.trash, db.clips, async () => {
    const trashed = (await db.trash.bulkGet([...new Set(ids)]))
      .filter((row): row is TrashedSource => row !== undefined)
      // When two of them share an address, the one removed last comes back.
      .sort((a, b) => b.deletedAt - a.deletedAt);
    // An address (its own or a profile's) saved again meanwhile, or by another source of this
    // batch, keeps the source that has it.
    const owners = await ownersOf(
      db,
      trashed.flatMap(({ source }) => addressesOf(source)),
    );
    const taken = new Set(owners.flatMap(addressesOf));
    const back: TrashedSource[] = [];
    const dropped: TrashedSource[] = [];
    for (const item of trashed) {
      const own = addressesOf(item.source);
      if (own.some((a) => taken.has(a))) dropped.push(item);
      else {
        own.forEach((a) => taken.add(a));
        back.push(item);
      }
    }
    await db.trash.bulkDelete(trashed.map((t) => t.id));
    await db.clips.bulkDelete(dropped.map((t) => t.id));
    await db.sources.bulkPut(back.map((t) => t.source));
    return back.length;
  });
}
