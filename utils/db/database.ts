import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Clip } from '../model/clip';
import type { Goal } from '../model/goal';
import type { JournalEntry } from '../model/journal';
import type { ImportRecord } from './imports';
import type { Source, TrashedSource } from '../model/source';
import type { RecordMeta } from '../sync/record-state';
import { stampSourceWrites } from './summaries';

/** A sync's bookkeeping of one record (utils/sync/record-state.ts), keyed by type and id. */
export interface SyncMetaRow {
  type: string;
  id: string;
  meta: RecordMeta;
}

/** The sync engine's state (cursors, clock, sequence numbers, alias map), checked when read. */
export interface SyncStateRow {
  key: string;
  value: unknown;
}

/**
 * A row of `summaries` (utils/db/summaries.ts): the stamp of the last write to sources, or what a
 * page drew last, with the stamp and schema version it was made at.
 */
export interface SummaryRow {
  key: string;
  stamp: string;
  /** A summary's: the schema version it was made at, when, and what the page drew. */
  version?: number;
  savedAt?: number;
  value?: unknown;
}

export const DATABASE_NAME = 'pln-capture';

/**
 * IndexedDB as this database opens it: never at a version above the newest this code declares.
 * Dexie, asked for version 3 of a database a newer extension already upgraded, opens it at its
 * own version and adds whatever its schema lacks; then an older extension would read data it does
 * not understand, or change its schema. Here that retry asks for version 1 instead, so opening
 * fails with a VersionError: nothing is read, shown as empty, changed or wiped, and the pages say
 * why (see errorText and DatabaseProvider).
 */
function refusingNewerVersions(factory: IDBFactory): IDBFactory {
  return new Proxy(factory, {
    get(target, property) {
      if (property === 'open') return (name: string, version?: number) => target.open(name, version ?? 1);
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The one IndexedDB database, shared by the background and the extension pages.
 * Every schema version stays listed, so that any earlier database upgrades step by step.
 * Only the data layer (the other files of utils/db) touches the tables.
 */
export class PlnDatabase extends Dexie {
  sources!: EntityTable<Source, 'id'>;
  trash!: EntityTable<TrashedSource, 'id'>;
  /** Readable text kept from articles, one per source, apart from the source rows. */
  clips!: EntityTable<Clip, 'sourceId'>;
  /** What each import wrote, so that it can be undone as a whole. */
  imports!: EntityTable<ImportRecord, 'id'>;
  /** What the last sync knew of each record (utils/db/sync-store.ts). */
  syncMeta!: Table<SyncMetaRow, [string, string]>;
  /** The sync's own state, one row. */
  syncState!: EntityTable<SyncStateRow, 'key'>;
  /** Learning goals (since version 5). */
  goals!: EntityTable<Goal, 'id'>;
  /** Journal entries and reflections (since version 5). */
  journal!: EntityTable<JournalEntry, 'id'>;
  /** What pages drew last, and the stamp of the last write to sources (since version 6). */
  summaries!: EntityTable<SummaryRow, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name, { indexedDB: refusingNewerVersions(Dexie.dependencies.indexedDB) });
    this.version(1).stores({
      // `&url`: a normalized URL is the identity of a source, so a second row for it is refused.
      sources: 'id, &url, kind, category, status, *topics, *creators, createdAt, updatedAt',
      trash: 'id, deletedAt',
    });
    // 2: clipped article text, kept apart so that listing sources never loads it.
    this.version(2).stores({
      clips: 'sourceId, clippedAt',
    });
    // 3: every source has feeds and a visit count; sources are found by the page they were
    // captured from, and sorted by their last visit.
    this.version(3)
      .stores({
        sources:
          'id, &url, kind, category, status, *topics, *creators, createdAt, updatedAt, provenance.pageUrl, lastVisitedAt, *aliases',
        imports: 'id, createdAt',
      })
      .upgrade((tx) => {
        const fill = (source: {
          url?: string;
          feeds?: unknown;
          visits?: unknown;
          profiles?: unknown;
          aliases?: unknown;
        }) => {
          source.feeds ??= [];
          source.visits ??= 0;
          source.profiles ??= [];
          source.aliases ??= source.url ? [source.url] : [];
        };
        return Promise.all([
          tx.table('sources').toCollection().modify(fill),
          tx
            .table('trash')
            .toCollection()
            .modify((trashed: { source: Parameters<typeof fill>[0] }) => fill(trashed.source)),
        ]);
      });
    // 4: the sync's bookkeeping and state, in tables of their own (the records stay as they are).
    this.version(4).stores({
      syncMeta: '[type+id]',
      syncState: 'key',
    });
    // 5: learning goals and the journal; a source lists the goals it serves (`*goals`).
    // One block, so that it can be renumbered if another version lands first.
    this.version(5)
      .stores({
        sources:
          'id, &url, kind, category, status, *topics, *creators, createdAt, updatedAt, provenance.pageUrl, lastVisitedAt, *aliases, *goals',
        goals: 'id, status, createdAt',
        journal: 'id, createdAt, *goalIds, *sourceIds',
      })
      .upgrade((tx) =>
        Promise.all([
          tx
            .table('sources')
            .toCollection()
            .modify((source: { goals?: unknown }) => {
              source.goals ??= [];
            }),
          tx
            .table('trash')
            .toCollection()
            .modify((trashed: { source: { goals?: unknown } }) => {
              trashed.source.goals ??= [];
            }),
        ]),
      );
    // 6: what pages drew last, to draw again at once (summaries.ts); nothing to fill.
    this.version(6).stores({ summaries: 'key' });
    // Every write to sources stamps `summaries`, whichever context makes it.
    this.use(stampSourceWrites());
  }
}

let shared: PlnDatabase | undefined;

/** The database of this extension context, opened on first use. */
export function getDatabase(): PlnDatabase {
  shared ??= new PlnDatabase();
  return shared;
}
