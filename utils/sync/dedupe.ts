import { isAlive, mergeRecords } from './merge';
import { recordKey, type SyncRecord } from './record-state';
import type { RecordType, RecordTypes } from './records';

/**
 * Two live records with the same dedupe key (two sources saved under one normalized URL on two
 * devices) become one. The winner is the smaller id, so every device picks the same one; the
 * other's fields merge into it by their clocks, and its id is mapped to the winner's, so that
 * references to it (`creators`, a clip keyed by it) and changes to it still to come from other
 * devices land on the winner.
 */

/** Where an id now points: follows the map to its end (the map only ever points to smaller ids). */
export function resolveId(aliases: Readonly<Record<string, string>>, id: string): string {
  let current = id;
  for (let hops = 0; hops < 64; hops++) {
    const next = aliases[current];
    if (next === undefined || next >= current) return current;
    current = next;
  }
  return current;
}

/** The record with its id and its references to sources mapped through `aliases`. */
export function rewriteRefs(
  type: RecordType,
  record: SyncRecord,
  aliases: Readonly<Record<string, string>>,
): SyncRecord {
  const mapsId = type.idIsSourceRef || type.dedupeKey !== undefined;
  const id = mapsId ? resolveId(aliases, record.id) : record.id;
  let values = record.values;
  if (values && (type.refs?.length || id !== record.id)) {
    let copy: typeof values | undefined;
    for (const field of type.refs ?? []) {
      const list: unknown = values[field];
      if (!Array.isArray(list)) continue;
      const mapped = [
        ...new Set((list as unknown[]).map((ref) => (typeof ref === 'string' ? resolveId(aliases, ref) : ref))),
      ];
      if (mapped.length !== list.length || mapped.some((ref, i) => ref !== list[i])) {
        copy ??= { ...values };
        copy[field] = mapped;
      }
    }
    if (id !== record.id && type.idField) {
      copy ??= { ...values };
      copy[type.idField] = id;
    }
    values = copy ?? values;
  }
  if (id === record.id && values === record.values) return record;
  return { ...record, id, ...(values ? { values } : {}) };
}

export interface DedupeResult {
  /** New mappings found: loser id → winner id. */
  aliases: Record<string, string>;
  /** Keys of records that were merged away (their winner holds them now). */
  removed: string[];
  /** Keys of records whose state changed (winners, and records whose references were rewritten). */
  changed: string[];
}

/**
 * Merges, in `records` (by key), every group of live records sharing a dedupe key, then maps
 * references to the merged-away ids (these, and those `learned` from other devices since the
 * last sync). Changes `records` in place.
 */
export function dedupe(
  types: RecordTypes,
  records: Map<string, SyncRecord>,
  learned: Readonly<Record<string, string>> = {},
): DedupeResult {
  const aliases: Record<string, string> = {};
  const removed: string[] = [];
  const changed = new Set<string>();
  for (const type of types.values()) {
    if (!type.dedupeKey) continue;
    const groups = new Map<string, SyncRecord[]>();
    for (const record of records.values()) {
      if (record.type !== type.name || !record.values || !isAlive(record)) continue;
      const key = type.dedupeKey(record.values);
      if (key === undefined) continue;
      const group = groups.get(key);
      if (group) group.push(record);
      else groups.set(key, [record]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      group.sort((x, y) => (x.id < y.id ? -1 : 1));
      let winner = group[0]!;
      for (const loser of group.slice(1)) {
        winner = mergeRecords(type, winner, rewriteRefs(type, loser, { [loser.id]: winner.id }));
        aliases[loser.id] = winner.id;
        records.delete(recordKey(type.name, loser.id));
        removed.push(recordKey(type.name, loser.id));
      }
      records.set(recordKey(type.name, winner.id), winner);
      changed.add(recordKey(type.name, winner.id));
    }
  }
  const all = { ...learned, ...aliases };
  if (Object.keys(all).length === 0) return { aliases, removed, changed: [...changed] };

  // References to merged-away ids, and records keyed by them, move to the winners.
  for (const [key, record] of [...records]) {
    const type = types.get(record.type);
    if (!type || (!type.refs?.length && !type.idIsSourceRef && !type.dedupeKey)) continue;
    const moved = rewriteRefs(type, record, all);
    if (moved === record) continue;
    const newKey = recordKey(moved.type, moved.id);
    if (newKey !== key) {
      records.delete(key);
      removed.push(key);
      const there = records.get(newKey);
      records.set(newKey, there ? mergeRecords(type, there, moved) : moved);
    } else {
      records.set(key, moved);
    }
    changed.add(newKey);
  }
  return { aliases, removed, changed: [...changed] };
}
