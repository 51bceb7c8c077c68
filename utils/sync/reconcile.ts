import { dedupe, resolveId, rewriteRefs } from './dedupe';
import { canonical, hashValue, sameValue } from './hash';
import type { Hlc } from './hlc';
import { effectiveValues, inCollection, isAlive, mergeRecords } from './merge';
import { recordKey, splitKey, type RecordMeta, type SyncRecord, type Values } from './record-state';
import type { RecordTypes } from './records';
import type { DeviceChanges } from './remote';
import { metaFor, scanRecord } from './scan';
import type { LocalRecord, RecordWrite, SyncState } from './store';

/**
 * One sync's local step, as a pure computation: finds the local edits since the last sync
 * (stamped), merges the other devices' changes into them, makes records saved twice under one
 * URL one, and says what to write locally, what bookkeeping to keep, what to upload, and how
 * many records of the collection the sync would delete.
 */

export interface Reconciled {
  writes: RecordWrite[];
  metas: RecordMeta[];
  dropMetas: { type: string; id: string }[];
  /** Every record's state after the merge (what a snapshot holds), by key. */
  records: Map<string, SyncRecord>;
  /** Keys of records edited here since the last sync: they go into this device's next file. */
  changed: string[];
  aliases: Record<string, string>;
  /** What the failsafe weighs, per kind of record it guards (`RecordType.collection`). */
  collections: Map<string, CollectionCounts>;
  received: number;
  /** Each local record as read, by key (for the store's check that it was not edited meanwhile). */
  read: Map<string, Values>;
}

/** One guarded kind of record: how many there were, and how many a sync would take away. */
export interface CollectionCounts {
  /** Records that the others' changes delete or put in the trash here. */
  remoteDeletes: number;
  /** Records at the last sync that are gone here since. */
  localDeletes: number;
  /** Records here before the sync, and at the last sync. */
  total: number;
  totalAtLastSync: number;
}

/** Merged-away ids from another device, kept only when they point to a smaller id (as dedupe makes them). */
function acceptAliases(into: Record<string, string>, from: Record<string, string>): void {
  for (const [loser, winner] of Object.entries(from)) if (winner < loser) into[loser] = winner;
}

export function reconcile(input: {
  types: RecordTypes;
  local: readonly LocalRecord[];
  metas: readonly RecordMeta[];
  remote: readonly DeviceChanges[];
  state: SyncState;
  clock: Hlc;
}): Reconciled {
  const { types, state, clock } = input;
  const floor = state.clock;
  const stamp = (hint: number | undefined) => clock.stampAt(hint, floor);
  const records = new Map<string, SyncRecord>();
  const live = new Map<string, Values>();
  const metaByKey = new Map(input.metas.map((m) => [recordKey(m.type, m.id), m]));
  const changed = new Set<string>();
  const collections = new Map<string, CollectionCounts>();
  const counts = (name: string): CollectionCounts => {
    let found = collections.get(name);
    if (!found) {
      found = { remoteDeletes: 0, localDeletes: 0, total: 0, totalAtLastSync: 0 };
      collections.set(name, found);
    }
    return found;
  };
  for (const [name, type] of types) if (type.collection) counts(name);

  // 1. What changed here since the last sync.
  for (const { type: name, id, values } of input.local) {
    const type = types.get(name);
    if (!type) continue;
    const key = recordKey(name, id);
    live.set(key, values);
    if (inCollection(type, values)) counts(name).total += 1;
    const scanned = scanRecord(type, id, values, metaByKey.get(key), stamp);
    if (scanned.record) records.set(key, scanned.record);
    if (scanned.changed) changed.add(key);
  }
  const undefinedHash = hashValue(undefined);
  for (const [key, meta] of metaByKey) {
    const type = types.get(meta.type);
    if (!type) continue;
    const wasListed =
      !!type.collection && (!type.trashField || meta.hashes[type.trashField] === undefinedHash) && isAlive(meta);
    if (wasListed) counts(meta.type).totalAtLastSync += 1;
    if (live.has(key)) continue;
    const scanned = scanRecord(type, meta.id, undefined, meta, stamp);
    if (scanned.record) records.set(key, scanned.record);
    if (scanned.changed) {
      changed.add(key);
      if (wasListed) counts(meta.type).localDeletes += 1;
    }
  }

  // 2. The others' changes, merged in, their ids mapped through the merged-away ones.
  const aliases = { ...state.aliases };
  for (const device of input.remote) acceptAliases(aliases, device.aliases);
  const touched = new Set<string>();
  let received = 0;
  for (const device of input.remote) {
    for (const incoming of device.records) {
      const type = types.get(incoming.type)!;
      const record = rewriteRefs(type, incoming, aliases);
      const key = recordKey(record.type, record.id);
      const here = records.get(key);
      records.set(key, mergeRecords(type, here ?? record, record));
      touched.add(key);
      received += 1;
    }
  }

  // 3. Records saved twice under one URL become one; local edits of a merged-away record go with its winner.
  const learned = Object.fromEntries(Object.entries(aliases).filter(([loser]) => !(loser in state.aliases)));
  const merged =
    touched.size > 0 || changed.size > 0 ? dedupe(types, records, learned) : { aliases: {}, removed: [], changed: [] };
  Object.assign(aliases, merged.aliases);
  for (const key of merged.changed) touched.add(key);
  for (const key of merged.removed) {
    if (!changed.has(key)) continue;
    changed.delete(key);
    const { type, id } = splitKey(key);
    const winner = recordKey(type, resolveId(aliases, id));
    if (records.has(winner)) changed.add(winner);
  }

  // 4. What the app should now hold, and the bookkeeping to keep.
  const writes: RecordWrite[] = [];
  const metas: RecordMeta[] = [];
  for (const key of new Set([...touched, ...changed])) {
    const current = records.get(key);
    if (!current) continue;
    const type = types.get(current.type)!;
    const record = mergeRecords(type, current, current);
    records.set(key, record);
    const before = live.get(key);
    const after = effectiveValues(type, record, before);
    const write = !sameValue(after, before);
    if (write) {
      writes.push({ type: record.type, id: record.id, values: after });
      if (inCollection(type, before) && !inCollection(type, after)) counts(record.type).remoteDeletes += 1;
    }
    // Hashes of the record exactly as the store will hold it (its key order too).
    const meta = metaFor(type, record, write ? after : before);
    const old = metaByKey.get(key);
    if (!old || canonical(old) !== canonical(meta)) metas.push(meta);
  }
  const dropMetas: { type: string; id: string }[] = [];
  for (const key of merged.removed) {
    const { type, id } = splitKey(key);
    if (live.has(key)) writes.push({ type, id, values: undefined });
    if (metaByKey.has(key)) dropMetas.push({ type, id });
  }

  return {
    writes,
    metas,
    dropMetas,
    records,
    changed: [...changed],
    aliases,
    collections,
    received,
    read: live,
  };
}
