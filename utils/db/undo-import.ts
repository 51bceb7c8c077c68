import type { PlnDatabase } from './database';
import { ImportRecord } from './imports';
import { TrashedSource, goalsOf, type Source } from '../model/source';

/** How many records undo reads or writes at a time. */
const BATCH = 500;

export interface UndoImportResult {
  /** Sources the import added, untouched since: moved to the trash, from where they can be restored. */
  removed: number;
  /** Sources it merged into, untouched since: put back as they were. */
  restored: number;
  /** Sources it added or merged into that the person changed (or removed) since: left as they are. */
  keptChanged: number;
}

/**
 * Undoes an import as a whole, without losing anything the person did since:
 * - a source it added goes to the trash (restorable, with its kept text), unless the person
 *   changed it since (its `updatedAt` or its kept text is newer than the import), or a source
 *   that stays names it as its creator: then it stays, counted as kept;
 * - a source it merged into is put back as it was, unless the person changed or removed it since;
 * - trashed sources and kept texts a backup brought are taken out again, unless changed since;
 * - so are the goals and journal entries a backup brought, and a goal stays while a source or an
 *   entry that stays is linked to it.
 */
export async function undoImport(db: PlnDatabase, id: string, now: number = Date.now()): Promise<UndoImportResult> {
  return db.transaction('rw', [db.sources, db.trash, db.clips, db.imports, db.goals, db.journal], async () => {
    const stored = await db.imports.get(id);
    if (!stored) throw new Error('This import can no longer be undone.');
    // Parsed, so that a record written before `stamps` existed has its defaults.
    const record = ImportRecord.parse(stored);
    if (record.undone) throw new Error('This import was already undone.');
    const restoredClips = new Set(record.clips);

    // The added sources still here, and whether the person touched each since.
    const untouched = new Map<string, Source>();
    let keptChanged = 0;
    for (let i = 0; i < record.created.length; i += BATCH) {
      const ids = record.created.slice(i, i + BATCH);
      const [sources, clips] = await Promise.all([db.sources.bulkGet(ids), db.clips.bulkGet(ids)]);
      sources.forEach((source, j) => {
        if (!source) return;
        const clip = clips[j];
        const written = record.stamps[source.id] ?? record.createdAt;
        const clipChanged = clip !== undefined && (!restoredClips.has(source.id) || clip.clippedAt > record.createdAt);
        if (source.updatedAt !== written || clipChanged) keptChanged += 1;
        else untouched.set(source.id, source);
      });
    }
    // A source that stays may name an added person as its creator: that person stays too.
    for (let referenced = await referencedBy(db, untouched); referenced.length > 0;) {
      for (const personId of referenced) untouched.delete(personId);
      keptChanged += referenced.length;
      referenced = await referencedBy(db, untouched);
    }
    const removing = [...untouched.values()];
    for (let i = 0; i < removing.length; i += BATCH) {
      const batch = removing.slice(i, i + BATCH);
      await db.trash.bulkPut(batch.map((source) => TrashedSource.parse({ id: source.id, deletedAt: now, source })));
      await db.sources.bulkDelete(batch.map((s) => s.id));
    }

    let restored = 0;
    for (const before of record.merged) {
      // Changed since, or removed since: the person's later decision stands.
      const current = await db.sources.get(before.id);
      if (!current || current.updatedAt !== record.createdAt) {
        keptChanged += 1;
        continue;
      }
      await db.sources.put(before);
      restored += 1;
      // Kept text the backup brought to a source that had none goes with the merge.
      const clip = restoredClips.has(before.id) ? await db.clips.get(before.id) : undefined;
      if (clip && clip.clippedAt <= record.createdAt) await db.clips.delete(before.id);
    }
    await undoTrash(db, record);
    await undoPractice(db, record);
    await db.imports.put({ ...record, undone: true });
    return { removed: removing.length, restored, keptChanged };
  });
}

/** The added sources, of those about to go, that a source staying names as its creator. */
async function referencedBy(db: PlnDatabase, going: ReadonlyMap<string, Source>): Promise<string[]> {
  const people = [...going.values()].filter((s) => s.kind === 'person').map((s) => s.id);
  if (people.length === 0) return [];
  const naming = await db.sources.where('creators').anyOf(people).toArray();
  const referenced = new Set<string>();
  for (const source of naming) {
    if (going.has(source.id)) continue;
    for (const creator of source.creators) if (going.has(creator)) referenced.add(creator);
  }
  return [...referenced];
}

/** Takes out the trashed sources a backup brought, with their kept text, unless restored since. */
async function undoTrash(db: PlnDatabase, record: ImportRecord): Promise<void> {
  if (record.trashed.length === 0) return;
  const [inTrash, inSources] = await Promise.all([
    db.trash.bulkGet(record.trashed),
    db.sources.bulkGet(record.trashed),
  ]);
  const restoredClips = new Set(record.clips);
  const going = record.trashed.filter((_, j) => inTrash[j] !== undefined && inSources[j] === undefined);
  await db.trash.bulkDelete(going);
  await db.clips.bulkDelete(going.filter((trashId) => restoredClips.has(trashId)));
}

/**
 * Takes out the goals and journal entries a backup brought that are as it wrote them (the time
 * each was written with is unchanged): entries first, then goals that no source or entry here is
 * linked to any more (sources the undo moved to the trash no longer count).
 */
async function undoPractice(db: PlnDatabase, record: ImportRecord): Promise<void> {
  const entryIds = Object.keys(record.journal);
  const goalIds = Object.keys(record.goals);
  if (entryIds.length === 0 && goalIds.length === 0) return;
  const entries = await db.journal.bulkGet(entryIds);
  await db.journal.bulkDelete(
    entries.flatMap((e) => (e && (e.updatedAt ?? e.createdAt) === record.journal[e.id] ? e.id : [])),
  );
  const goals = await db.goals.bulkGet(goalIds);
  const untouched = goals.flatMap((g) => (g && g.updatedAt === record.goals[g.id] ? g.id : []));
  if (untouched.length === 0) return;
  const [sources, stayingEntries] = await Promise.all([
    db.sources.where('goals').anyOf(untouched).toArray(),
    db.journal.where('goalIds').anyOf(untouched).toArray(),
  ]);
  const linked = new Set([...sources.flatMap((s) => goalsOf(s)), ...stayingEntries.flatMap((e) => e.goalIds)]);
  await db.goals.bulkDelete(untouched.filter((id) => !linked.has(id)));
}
