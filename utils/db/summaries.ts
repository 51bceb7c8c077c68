import type { DBCore, DBCoreTransaction, Middleware } from 'dexie';
import type { PlnDatabase, SummaryRow } from './database';
import type { Source } from '../model/source';

/**
 * What a page drew last, kept so that it can draw the same again at once, and the stamp that says
 * whether it still holds: a large network's page reads every source before it can draw, and a
 * summary of its first screen is one row.
 *
 * Every write to `sources` through Dexie, in any context of the extension, puts a new stamp in the
 * same transaction (the middleware below, set by the database itself). A summary is saved with the
 * stamp read *before* the sources it was made from, and only while that stamp is still current; it
 * is shown only while it is. So a summary is never shown after a write it does not include.
 * Writes that bypass Dexie (none in the extension; raw IndexedDB in tests) are caught by the page,
 * which always reads every source after drawing the summary, draws again and saves anew.
 */

export const SUMMARIES_TABLE = 'summaries';
/** The row that holds the stamp of the last write to sources. */
const STAMP_KEY = 'sources-stamp';

interface StampRow {
  key: typeof STAMP_KEY;
  stamp: string;
}

/**
 * Puts a new stamp in every read-write transaction that writes sources. Transactions that write
 * sources get the summaries table added to their scope; the schema upgrades' own transactions are
 * not Dexie's to widen and are never stamped (a summary also names the schema version it was made
 * at: see `readSummary`).
 */
export function stampSourceWrites(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'sources-stamp',
    create: (down) => {
      const stamped = new WeakSet<DBCoreTransaction>();
      return {
        ...down,
        transaction: (stores, mode, options) => {
          if (mode !== 'readwrite' || !stores.includes('sources')) return down.transaction(stores, mode, options);
          const trans = down.transaction(
            stores.includes(SUMMARIES_TABLE) ? stores : [...stores, SUMMARIES_TABLE],
            mode,
            options,
          );
          stamped.add(trans);
          return trans;
        },
        table: (name) => {
          const table = down.table(name);
          if (name !== 'sources') return table;
          return {
            ...table,
            // The stamp first: a refused stamp (a full disk) fails the write before any source
            // changes, since sources changed without a new stamp would leave a summary standing
            // that no longer holds. (A stamp whose write then fails only makes a summary redrawn.)
            // Chained with `then`, not awaited: Dexie's promises keep the transaction's zone.
            mutate: (request) => {
              // A write of nothing (an empty bulk put) changes no source: the summary still holds.
              const empty =
                (request.type === 'delete' && request.keys.length === 0) ||
                ((request.type === 'put' || request.type === 'add') && request.values.length === 0);
              if (!stamped.has(request.trans) || empty) return table.mutate(request);
              const row: StampRow = { key: STAMP_KEY, stamp: crypto.randomUUID() };
              return down
                .table(SUMMARIES_TABLE)
                .mutate({ type: 'put', trans: request.trans, values: [row] })
                .then((put) => {
                  if (put.numFailures > 0)
                    throw put.failures[0] ?? new Error('The stamp of a write to sources was refused');
                  return table.mutate(request);
                });
            },
          };
        },
      };
    },
  };
}

const stampOf = (row: SummaryRow | undefined): string => (typeof row?.stamp === 'string' ? row.stamp : '');

/** A summary as read: its value (unchecked: the caller parses it) and when it was saved. */
export interface StoredSummary {
  value: unknown;
  savedAt: number;
}

/**
 * The summary saved under `key` if it still holds (made after the last write to sources, at this
 * schema version); the current stamp, to save a new one with (see `saveSummary`); and whether one
 * is kept at all, current or not.
 */
export async function readSummary(
  db: PlnDatabase,
  key: string,
): Promise<{ stamp: string; summary: StoredSummary | undefined; kept: boolean }> {
  const [stampRow, row] = await db.transaction('r', db.summaries, () => db.summaries.bulkGet([STAMP_KEY, key]));
  const stamp = stampOf(stampRow);
  const holds = row?.stamp === stamp && row.version === db.verno && typeof row.savedAt === 'number';
  return {
    stamp,
    summary: holds ? { value: row.value, savedAt: row.savedAt ?? 0 } : undefined,
    kept: row !== undefined,
  };
}

/**
 * Saves a summary made from what was read after `stamp` was: only if no source was written since
 * (the stamp is unchanged). Answers whether it was saved.
 */
export async function saveSummary(db: PlnDatabase, key: string, stamp: string, value: unknown): Promise<boolean> {
  return db.transaction('rw', db.summaries, async () => {
    if (stampOf(await db.summaries.get(STAMP_KEY)) !== stamp) return false;
    await db.summaries.put({ key, stamp, version: db.verno, savedAt: Date.now(), value });
    return true;
  });
}

/** Deletes the summary saved under `key`, if any (the stamp stays). */
export async function dropSummary(db: PlnDatabase, key: string): Promise<void> {
  await db.summaries.delete(key);
}

/** Every source and the stamp they were read at, in one transaction: what an exact summary is made from. */
export async function sourcesWithStamp(db: PlnDatabase): Promise<{ stamp: string; sources: Source[] }> {
  return db.transaction('r', db.sources, db.summaries, async () => {
    const stamp = stampOf(await db.summaries.get(STAMP_KEY));
    return { stamp, sources: await db.sources.toArray() };
  });
}
