import type { Table } from 'dexie';
import type { PlnDatabase, SyncMetaRow } from './database';
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

/**
 * The record types kept whole in a table of their own, keyed by the record's id (a clip by its
 * source's): what the store reads and writes alike. A new kind of record is one more entry.
 */
function plainTables(db: PlnDatabase): Map<string, Table<Values, string>> {
  const tables: [string, unknown][] = [
    ['clip', db.clips],
    ['goal', db.goals],
    ['journal', db.journal],
  ];
  // Values as the engine gives them: checked with the model's schemas before the merge.
  return new Map(tables.map(([type, table]) => [type, table as Table<Values, string>]));
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
    const plain = plainTables(db);
    return db.transaction('r', [db.sources, db.trash, ...plain.values()], async () => {
      const [sources, trash] = await Promise.all([db.sources.toArray(), db.trash.toArray()]);
      const out: LocalRecord[] = [];
      const live = new Set<string>();
      for (const source of sources) {
        live.add(source.id);
        out.push({ type: 'source', id: source.id, values: source });
      }
      // A source in both tables (never written so by the app) counts as the live one.
      for (const row of trash) if (!live.has(row.id)) out.push({ type: 'source', id: row.id, values: fromTrash(row) });
      for (const [type, table] of plain) {
        const key = table.schema.primKey.keyPath as string;
        for (const values of await table.toArray()) out.push({ type, id: String(values[key]), values });
      }
      return out;
    });
  }

  async readMetas(): Promise<RecordMeta[]> {
    return (await this.db.syncMeta.toArray()).map(({ meta }) => meta);
  }

  async applyBatch(batch: ApplyBatch): Promise<void> {
    const { db } = this;
    try {
      // The records kept whole in a table of their own, by type (sources, with the trash, are apart).
      const plain = plainTables(db);
      const tables = [db.sources, db.trash, ...plain.values(), db.syncMeta, db.syncState];
      await db.transaction('rw', tables, async () => {
        const idsOf = (type: string) => batch.writes.filter((w) => w.type === type).map((w) => w.id);
        const sourceIds = idsOf('source');
        const [live, trashed] = await Promise.all([db.sources.bulkGet(sourceIds), db.trash.bulkGet(sourceIds)]);
        const now = new Map<string, Map<string, Values | undefined>>();
        now.set(
          'source',
          new Map(sourceIds.map((id, i) => [id, live[i] ?? (trashed[i] ? fromTrash(trashed[i]) : undefined)])),
        );
        for (const [type, table] of plain) {
          const ids = idsOf(type);
          const rows = await table.bulkGet(ids);
          now.set(type, new Map(ids.map((id, i) => [id, rows[i]])));
        }
        for (const { type, id } of batch.writes) {
          if (!batch.unchanged(type, id, now.get(type)?.get(id))) throw new StoreConflict(`${type} ${id} was edited`);
        }

        const putSources: Source[] = [];
        const putTrash: TrashedSource[] = [];
        const dropSources: string[] = [];
        const dropTrash: string[] = [];
        const puts = new Map([...plain.keys()].map((type): [string, Values[]] => [type, []]));
        const drops = new Map([...plain.keys()].map((type): [string, string[]] => [type, []]));
        for (const { type, id, values } of batch.writes) {
          if (type !== 'source') {
            if (values === undefined) drops.get(type)?.push(id);
            else puts.get(type)?.push(values);
          } else if (values === undefined) {
            // A source deleted for good takes its kept text along.
            dropSources.push(id);
            dropTrash.push(id);
            drops.get('clip')?.push(id);
          } else if (typeof values.trashedAt === 'number') {
            dropSources.push(id);
            putTrash.push({ id, deletedAt: values.trashedAt, source: withoutTrashedAt(values) as unknown as Source });
          } else {
            dropTrash.push(id);
            putSources.push(values as unknown as Source);
          }
        }
        // Removals first, so that a source taking over another's URL finds it free. Only what
        // there is to write: Dexie announces even an empty write to every open page, which
        // would then look for changes after every sync.
        const drop = async (table: Table<unknown, string>, ids: string[]) => {
          if (ids.length > 0) await table.bulkDelete(ids);
        };
        const put = async <T>(table: Table<T, string>, rows: T[]) => {
          if (rows.length > 0) await table.bulkPut(rows);
        };
        await drop(db.sources, dropSources);
        await drop(db.trash, dropTrash);
        for (const [type, table] of plain) await drop(table, drops.get(type) ?? []);
        await put(db.sources, putSources);
        await put(db.trash, putTrash);
        for (const [type, table] of plain) await put(table, puts.get(type) ?? []);
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
