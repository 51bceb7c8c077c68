import { Dexie, RangeSet, type ObservabilitySet } from 'dexie';
import type { PlnDatabase } from './database';

/**
 * What changed in the database, as Dexie announces it after every write that commits, in this
 * page or in any other context of the extension (the background writes). The only module that
 * reads Dexie's internals: its announcement (an ObservabilitySet keyed `idb://<database>/<table>/`)
 * names the keys a write touched as an interval tree.
 */
export interface DatabaseChange {
  /** Sources a write named, one by one: read these again. */
  sourceIds: string[];
  /**
   * A write touched sources it did not name one by one (a bulk edit names a range), or Dexie
   * could not say what changed (a page back from the back-forward cache): compare keys.
   */
  sourcesUnnamed: boolean;
  /** Clips were written or deleted. */
  clips: boolean;
}

/** Reads Dexie's announcement of a write for what it says about this database. */
export function readChange(databaseName: string, parts: ObservabilitySet): DatabaseChange | undefined {
  const sources = parts[`idb://${databaseName}/sources/`];
  const clips = parts[`idb://${databaseName}/clips/`];
  // Dexie says "all" when a page comes back from the back-forward cache.
  const all = 'all' in parts && !!parts.all;
  if (!sources && !clips && !all) return undefined;
  const change: DatabaseChange = { sourceIds: [], sourcesUnnamed: all, clips: all || !!clips };
  if (sources) {
    for (const node of RangeSet(sources)) {
      if (node.from === node.to && typeof node.from === 'string') change.sourceIds.push(node.from);
      else change.sourcesUnnamed = true;
    }
  }
  return change;
}

/** Calls `listener` after each committed write to this database's sources or clips; returns the way to stop. */
export function followChanges(db: PlnDatabase, listener: (change: DatabaseChange) => void): () => void {
  const onMutated = (parts: ObservabilitySet) => {
    const change = readChange(db.name, parts);
    if (change) listener(change);
  };
  Dexie.on.storagemutated.subscribe(onMutated);
  return () => Dexie.on.storagemutated.unsubscribe(onMutated);
}

/** The tables whose writes `onLocalWrites` reports. */
const LOCAL_WRITES_WATCHED = new Set(['sources', 'goals', 'journal']);

/**
 * Calls `listener` when this context writes sources, learning goals or journal entries: a
 * pass-through DBCore middleware, which sees the writes made through this connection and never
 * another context's (unlike `followChanges`). Only the pages that need it pay for it: it is set
 * on one connection, before it opens (Dexie builds its middleware at open), for one listener.
 * The call comes once a write request is done, inside its transaction. Returns the way to stop.
 */
export function onLocalWrites(db: PlnDatabase, listener: () => void): () => void {
  if (db.isOpen()) throw new Error('onLocalWrites is set before the database opens');
  let listening = true;
  db.use({
    stack: 'dbcore',
    name: 'local-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (!LOCAL_WRITES_WATCHED.has(name)) return table;
        return {
          ...table,
          mutate: async (request) => {
            const result = await table.mutate(request);
            if (listening) listener();
            return result;
          },
        };
      },
    }),
  });
  return () => {
    listening = false;
  };
}
