import type { PlnDatabase } from './database';
import type { Problem } from '../errors';
import { BATCH, ImportRecord, existingFor, pruneImports, type Progress } from './imports';
import { cleanProfiles } from './sources';
import { Clip } from '../model/clip';
import { Goal } from '../model/goal';
import { JournalEntry } from '../model/journal';
import { Source, TrashedSource, cleanTopics, goalsOf, mergeFeeds, type Profile } from '../model/source';

/**
 * Restoring a backup: every record keeps its id and times, and what is here already is kept.
 * Nothing in the file is trusted beyond its schema: each source's aliases are rebuilt from its
 * address and profiles (a file's `aliases` could otherwise claim another source's address and
 * lock it), a profile that is already another source's address is left out and said, and every
 * backup id is mapped to the id it is stored under here, so that creators and kept text follow a
 * source that merged into one saved under another id (a backup restored on another computer).
 */

/**
 * A source of the backup that was changed or left out on restore, and why (a problem, shown in
 * the person's language); `line` is its number in the file.
 */
export interface RestoreNote {
  line: number;
  problem: Problem;
}

interface Plan {
  /** By backup id: the id the source has here (its own, or the one it merges into). */
  ids: Map<string, string>;
  /** Sources to add, with profiles and aliases rebuilt. */
  created: Source[];
  /** Sources that merge into one saved here, with the profiles the saved one may take. */
  merges: { from: Source; into: Source; profiles: Profile[] }[];
  notes: RestoreNote[];
}

/** Every address that stands for a source: its own, then its profiles'. */
function aliasesOf(url: string | undefined, profiles: readonly Profile[]): string[] {
  return [...new Set([...(url === undefined ? [] : [url]), ...profiles.map((p) => p.url)])];
}

function quoted(title: string): string {
  return title.slice(0, 80);
}

/**
 * What a restore will do with these sources: which merge into a saved one and which are added,
 * each profile claimed once (addresses first, then profiles in file order).
 * `lines` gives each source's number in the file (default: its position).
 */
async function planRestore(db: PlnDatabase, sources: readonly Source[], lines?: readonly number[]): Promise<Plan> {
  const lineOf = (i: number) => lines?.[i] ?? i + 1;
  const byId = new Map<string, Source>();
  for (let i = 0; i < sources.length; i += BATCH) {
    const found = await db.sources.bulkGet(sources.slice(i, i + BATCH).map((s) => s.id));
    for (const source of found) if (source) byId.set(source.id, source);
  }
  const profilesOf = sources.map((s) => cleanProfiles(s.profiles, s.url));
  const owners = await existingFor(db, [...new Set(sources.flatMap((s, i) => aliasesOf(s.url, profilesOf[i] ?? [])))]);

  const plan: Plan = { ids: new Map(), created: [], merges: [], notes: [] };
  const into: (Source | undefined)[] = sources.map((s) => byId.get(s.id) ?? (s.url ? owners.get(s.url) : undefined));
  // Addresses first: a source's own address beats another's profile, here and in the file.
  const claimed = new Map<string, string>();
  sources.forEach((s, i) => {
    if (!into[i] && s.url) claimed.set(s.url, s.id);
  });
  const titleOf = new Map(sources.map((s) => [s.id, s.title]));

  sources.forEach((source, i) => {
    const target = into[i];
    const ownerId = target?.id ?? source.id;
    plan.ids.set(source.id, ownerId);
    const kept: Profile[] = [];
    for (const profile of profilesOf[i] ?? []) {
      const here = owners.get(profile.url);
      if (here && here.id !== ownerId) {
        plan.notes.push({
          line: lineOf(i),
          problem: {
            code: 'problem_restore_profile_here',
            subs: [String(lineOf(i)), quoted(source.title), profile.url, here.title],
          },
        });
        continue;
      }
      const other = claimed.get(profile.url);
      if (other !== undefined && other !== source.id) {
        plan.notes.push({
          line: lineOf(i),
          problem: {
            code: 'problem_restore_profile_in_file',
            subs: [String(lineOf(i)), quoted(source.title), profile.url, titleOf.get(other) ?? other],
          },
        });
        continue;
      }
      claimed.set(profile.url, source.id);
      if (!target?.aliases.includes(profile.url)) kept.push(profile);
    }
    if (target) plan.merges.push({ from: source, into: target, profiles: kept });
    else plan.created.push({ ...source, profiles: kept, aliases: aliasesOf(source.url, kept) });
  });
  return plan;
}

/** What a restore would do, before anything is written: counts, and what it will leave out. */
export async function previewRestore(
  db: PlnDatabase,
  sources: readonly Source[],
  lines?: readonly number[],
): Promise<{ created: number; merged: number; issues: RestoreNote[] }> {
  const plan = await planRestore(db, sources, lines);
  return { created: plan.created.length, merged: plan.merges.length, issues: plan.notes };
}

/** A source's creators, through the id map; ids that stand for nothing here or in the file are dropped. */
function creatorsThrough(
  creators: readonly string[],
  self: string,
  ids: ReadonlyMap<string, string>,
  known: ReadonlySet<string>,
): string[] {
  const mapped = creators.map((c) => ids.get(c) ?? c).filter((c) => c !== self && known.has(c));
  return [...new Set(mapped)];
}

/** Restores a backup: every record with its id and times; what is already here is kept. */
export async function restoreBackup(
  db: PlnDatabase,
  input: {
    /** The record's id, when the caller chose it (to find the import after a lost connection). */
    id?: string;
    fileName: string;
    sources: readonly unknown[];
    trash: readonly unknown[];
    clips: readonly unknown[];
    /** Learning goals and journal entries: a goal or an entry already here (by id) is kept as it is. */
    goals?: readonly unknown[] | undefined;
    journal?: readonly unknown[] | undefined;
    /** Each source's number in the file, for the notes (default: its position). */
    lines?: readonly number[];
  },
  onProgress: Progress = () => undefined,
  now: number = Date.now(),
): Promise<{ record: ImportRecord; skipped: number; notes: RestoreNote[] }> {
  const sources = input.sources.flatMap((s) => {
    const parsed = Source.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });
  const trash = input.trash.flatMap((s) => {
    const parsed = TrashedSource.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });
  const clips = input.clips.flatMap((s) => {
    const parsed = Clip.safeParse(s);
    return parsed.success ? [parsed.data] : [];
  });
  const goals = (input.goals ?? []).flatMap((g) => {
    const parsed = Goal.safeParse(g);
    return parsed.success ? [parsed.data] : [];
  });
  const journal = (input.journal ?? []).flatMap((e) => {
    const parsed = JournalEntry.safeParse(e);
    return parsed.success ? [parsed.data] : [];
  });
  const skipped =
    input.sources.length +
    input.trash.length +
    input.clips.length +
    (input.goals?.length ?? 0) +
    (input.journal?.length ?? 0) -
    sources.length -
    trash.length -
    clips.length -
    goals.length -
    journal.length;
  // Numbers in the file hold only when every source passed.
  const lines = sources.length === input.sources.length ? input.lines : undefined;
  return db.transaction('rw', [db.sources, db.trash, db.clips, db.imports, db.goals, db.journal], async () => {
    const plan = await planRestore(db, sources, lines);
    const { ids } = plan;

    // Who a creator can be: a source of the file (mapped), one saved here, or one in either trash.
    const named = [...new Set([...sources, ...trash.map((t) => t.source)].flatMap((s) => s.creators))];
    const known = new Set<string>([...ids.values(), ...trash.map((t) => t.id)]);
    for (let i = 0; i < named.length; i += BATCH) {
      const batch = named.slice(i, i + BATCH).filter((id) => !ids.has(id) && !known.has(id));
      const [here, trashed] = await Promise.all([db.sources.bulkGet(batch), db.trash.bulkGet(batch)]);
      batch.forEach((id, j) => {
        if (here[j] || trashed[j]) known.add(id);
      });
    }

    const created: string[] = [];
    const stamps: Record<string, number> = {};
    const writes = new Map<string, Source>();
    for (const source of plan.created) {
      created.push(source.id);
      if (source.updatedAt !== now) stamps[source.id] = source.updatedAt;
      writes.set(source.id, { ...source, creators: creatorsThrough(source.creators, source.id, ids, known) });
    }
    // Merged sources as they were, once each, for undo; two backup sources may merge into one.
    const merged = new Map<string, Source>();
    for (const { from, into, profiles } of plan.merges) {
      if (!merged.has(into.id)) merged.set(into.id, into);
      const current = writes.get(into.id) ?? into;
      const allProfiles = [...current.profiles, ...profiles];
      writes.set(
        into.id,
        Source.parse({
          ...current,
          description: current.description ?? from.description,
          note: current.note ?? from.note,
          quote: current.quote ?? from.quote,
          topics: cleanTopics([...current.topics, ...from.topics]),
          goals: [...new Set([...goalsOf(current), ...from.goals])],
          feeds: mergeFeeds(current.feeds, from.feeds),
          profiles: allProfiles,
          aliases: aliasesOf(current.url, allProfiles),
          creators: creatorsThrough([...current.creators, ...from.creators], into.id, ids, known),
          updatedAt: now,
        }),
      );
    }
    const rows = [...writes.values()];
    for (let i = 0; i < rows.length; i += BATCH) {
      await db.sources.bulkPut(rows.slice(i, i + BATCH));
      onProgress(Math.min(i + BATCH, rows.length), rows.length);
    }

    // Trash records that are not here yet, their aliases rebuilt and creators mapped like the rest.
    const trashIds = trash.map((r) => r.id);
    const [inTrash, inSources] = await Promise.all([db.trash.bulkGet(trashIds), db.sources.bulkGet(trashIds)]);
    const newTrash = trash
      .filter((r, j) => !inTrash[j] && !inSources[j] && !ids.has(r.id))
      .map((r) => {
        const profiles = cleanProfiles(r.source.profiles, r.source.url);
        return {
          ...r,
          source: {
            ...r.source,
            profiles,
            aliases: aliasesOf(r.source.url, profiles),
            creators: creatorsThrough(r.source.creators, r.id, ids, known),
          },
        };
      });
    await db.trash.bulkPut(newTrash);
    const trashed = newTrash.map((r) => r.id);

    // Kept text goes to the source it belongs to here; a source that has its own keeps it.
    const mappedClips = clips.map((clip) => ({ ...clip, sourceId: ids.get(clip.sourceId) ?? clip.sourceId }));
    const haveClip = await db.clips.bulkGet(mappedClips.map((c) => c.sourceId));
    const newClips = mappedClips.filter((_, j) => !haveClip[j]);
    await db.clips.bulkPut(newClips);

    // Goals and journal entries not here yet; an entry names its sources by the ids they have here.
    // Each is recorded with the time it was written with, for undo.
    const haveGoal = await db.goals.bulkGet(goals.map((g) => g.id));
    const newGoals = goals.filter((_, j) => !haveGoal[j]);
    await db.goals.bulkPut(newGoals);
    const haveEntry = await db.journal.bulkGet(journal.map((e) => e.id));
    const newEntries = journal.filter((_, j) => !haveEntry[j]);
    await db.journal.bulkPut(
      newEntries.map((entry) => ({
        ...entry,
        sourceIds: [...new Set(entry.sourceIds.map((id) => ids.get(id) ?? id))],
      })),
    );
    const record = ImportRecord.parse({
      id: input.id ?? crypto.randomUUID(),
      createdAt: now,
      fileName: input.fileName.slice(0, 500),
      format: 'pln-json',
      created,
      stamps,
      merged: [...merged.values()],
      trashed,
      clips: newClips.map((c) => c.sourceId),
      goals: Object.fromEntries(newGoals.map((g) => [g.id, g.updatedAt])),
      journal: Object.fromEntries(newEntries.map((e) => [e.id, e.updatedAt ?? e.createdAt])),
      skipped,
    });
    await db.imports.put(record);
    await pruneImports(db);
    return { record, skipped, notes: plan.notes };
  });
}
