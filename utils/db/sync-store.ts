import type { Table } from 'dexie';
import type { PlnDatabase, SyncMetaRow } from './database';
import type { Clip } from '../model/clip';
import type { Goal } from '../model/goal';
import type { JournalEntry } from '../model/journal';
import type { Source, TrashedSource } from '../model/source';
import { StoreConflict } from '../sync/errors';
import type { RecordMeta, Values } from '../sync/record-state';
import type { ApplyBatch, LocalRecord, SyncState, SyncStore } from '../sync/store';

/**
 * The sync engine's store (utils/sync/store.ts) over this database: the records a sync carries
 * are the app's own rows (sources, trash rows as sources with `trashedAt`, clips keyed by their
 * source, learning goals, journal entries), and its bookkeeping lives in two tables of its own (`syncMeta`, `syncState`). A
 * merged batch is written in one transaction, or not at all. Values are written as the engine
 * gives them: what came from the server was checked with the model's schemas before the merge,
 * and the engine's bookkeeping hashes them exactly as they are stored.
 */

const STATE_KEY = 'state';

/**
 * Whether a failed write was a refused unique key (`&url`), however Dexie wraps it. Kept here
 * rather than taken from utils/errors (which loads the locale files), so that the benchmark
 * runs this store under plain Node.
 */
function isConstraintError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (name === 'ConstraintError') return true;
  const list: unknown[] =
    failures && typeof failures === 'object' ? Object.values(failures as Record<string, unknown>) : [];
  const nested = [inner, ...list];
  return nested.some((e) => isConstraintError(e, depth + 1));
}

type SourceValues = Values & { id: string };

function fromTrash(row: TrashedSource): SourceValues {
  return { ...row.source, trashedAt: row.deletedAt };
}

function withoutTrashedAt(values: Values): Values {
  const { trashedAt: _trashedAt, ...rest } = values;
  return rest;
}

export class DexieSyncStore implements SyncStore {
  private readonly db: PlnDatabase;

  constructor(db: PlnDatabase) {
    this.db = db;
  }

  async loadState(): Promise<unknown> {
    return (await this.db.syncState.get(STATE_KEY))?.value;
  }

  async saveState(state: SyncState): Promise<void> {
    await this.db.syncState.put({ key: STATE_KEY, value: state });
  }

  async readRecords(): Promise<LocalRecord[]> {
    const { db } = this;
    return db.transaction('r', [db.sources, db.trash, db.clips, db.goals, db.journal], async () => {
      const [sources, trash, clips, goals, journal] = await Promise.all([
        db.sources.toArray(),
        db.trash.toArray(),
        db.clips.toArray(),
        db.goals.toArray(),
        db.journal.toArray(),
      ]);
      const out: LocalRecord[] = [];
      const live = new Set<string>();
      for (const source of sources) {
        live.add(source.id);
        out.push({ type: 'source', id: source.id, values: source });
      }
      // A source in both tables (never written so by the app) counts as the live one.
      for (const row of trash) if (!live.has(row.id)) out.push({ type: 'source', id: row.id, values: fromTrash(row) });
      for (const clip of clips) out.push({ type: 'clip', id: clip.sourceId, values: clip });
      for (const goal of goals) out.push({ type: 'goal', id: goal.id, values: goal });
      for (const entry of journal) out.push({ type: 'journal', id: entry.id, values: entry });
      return out;
    });
  }

  async readMetas(): Promise<RecordMeta[]> {
    return (await this.db.syncMeta.toArray()).map(({ meta }) => meta);
  }

  async applyBatch(batch: ApplyBatch): Promise<void> {
    const { db } = this;
    try {
      const tables = [db.sources, db.trash, db.clips, db.goals, db.journal, db.syncMeta, db.syncState];
      await db.transaction('rw', tables, async () => {
        const idsOf = (type: string) => batch.writes.filter((w) => w.type === type).map((w) => w.id);
        const sourceIds = idsOf('source');
        const clipIds = idsOf('clip');
        const goalIds = idsOf('goal');
        const entryIds = idsOf('journal');
        const [live, trashed, clips, goals, entries] = await Promise.all([
          db.sources.bulkGet(sourceIds),
          db.trash.bulkGet(sourceIds),
          db.clips.bulkGet(clipIds),
          db.goals.bulkGet(goalIds),
          db.journal.bulkGet(entryIds),
        ]);
        const sourceNow = new Map<string, Values | undefined>();
        sourceIds.forEach((id, i) => {
          const row = live[i];
          const trash = trashed[i];
          sourceNow.set(id, row ? row : trash ? fromTrash(trash) : undefined);
        });
        const byId = (ids: string[], rows: readonly unknown[]) =>
          new Map(ids.map((id, i) => [id, rows[i] as Values | undefined]));
        const now = new Map([
          ['source', sourceNow],
          ['clip', byId(clipIds, clips)],
          ['goal', byId(goalIds, goals)],
          ['journal', byId(entryIds, entries)],
        ]);

        for (const { type, id } of batch.writes) {
          if (!batch.unchanged(type, id, now.get(type)?.get(id))) throw new StoreConflict(`${type} ${id} was edited`);
        }

        // Removals first, so that a source taking over another's URL finds it free.
        const putSources: Source[] = [];
        const putTrash: TrashedSource[] = [];
        const dropSources: string[] = [];
        const dropTrash: string[] = [];
        const putClips: Clip[] = [];
        const dropClips: string[] = [];
        const putGoals: Goal[] = [];
        const dropGoals: string[] = [];
        const putEntries: JournalEntry[] = [];
        const dropEntries: string[] = [];
        for (const { type, id, values } of batch.writes) {
          if (type === 'goal') {
            if (values === undefined) dropGoals.push(id);
            else putGoals.push(values as unknown as Goal);
          } else if (type === 'journal') {
            if (values === undefined) dropEntries.push(id);
            else putEntries.push(values as unknown as JournalEntry);
          } else if (type === 'clip') {
            if (values === undefined) dropClips.push(id);
            else putClips.push(values as unknown as Clip);
          } else if (type === 'source') {
            if (values === undefined) {
              dropSources.push(id);
              dropTrash.push(id);
              dropClips.push(id);
            } else if (typeof values.trashedAt === 'number') {
              dropSources.push(id);
              putTrash.push({ id, deletedAt: values.trashedAt, source: withoutTrashedAt(values) as unknown as Source });
            } else {
              dropTrash.push(id);
              putSources.push(values as unknown as Source);
            }
          }
        }
        // Only what there is to write: Dexie announces even an empty write to every open page,
        // which would then look for changes after every sync.
        const drop = async (table: Table<unknown, string>, ids: string[]) => {
          if (ids.length > 0) await table.bulkDelete(ids);
        };
        const put = async <T>(table: Table<T, string>, rows: T[]) => {
          if (rows.length > 0) await table.bulkPut(rows);
        };
        await drop(db.sources, dropSources);
        await drop(db.trash, dropTrash);
        await drop(db.clips, dropClips);
        await put(db.sources, putSources);
        await put(db.trash, putTrash);
        await put(db.clips, putClips);
        await drop(db.goals, dropGoals);
        await put(db.goals, putGoals);
        await drop(db.journal, dropEntries);
        await put(db.journal, putEntries);
        if (batch.dropMetas.length > 0)
          await db.syncMeta.bulkDelete(batch.dropMetas.map(({ type, id }): [string, string] => [type, id]));
        if (batch.metas.length > 0)
          await db.syncMeta.bulkPut(batch.metas.map((meta): SyncMetaRow => ({ type: meta.type, id: meta.id, meta })));
        await db.syncState.put({ key: STATE_KEY, value: batch.state });
      });
    } catch (error) {
      // Another source took the URL meanwhile (`&url`): a local edit, as far as the merge goes.
      if (!(error instanceof StoreConflict) && isConstraintError(error)) {
        throw new StoreConflict('a URL was saved meanwhile');
      }
      throw error;
    }
  }
}

/** Forgets everything a sync kept here (its state and bookkeeping); the records stay. */
export async function clearSyncData(db: PlnDatabase): Promise<void> {
  await db.transaction('rw', db.syncMeta, db.syncState, async () => {
    await db.syncMeta.clear();
    await db.syncState.clear();
  });
}
