import { fingerprint, hashValue } from './hash';
import { isAlive, syncedValues } from './merge';
import type { ElementClock, RecordMeta, SyncRecord, Values } from './record-state';
import type { RecordType } from './records';

/**
 * Finds what changed locally since the last sync, without hooks in the app's data layer: each
 * record as the app holds it now is compared, field by field, with hashes of it as the last
 * sync left it, and each changed field (or set element) gets a fresh clock stamp. A record that
 * is gone gets a tombstone.
 */

/** Gives a stamp for an edit made at `hint` (the record's own edit time), or now. */
export type Stamper = (hint: number | undefined) => string;

function setRule(type: RecordType, field: string) {
  const rule = type.fields[field];
  return rule?.kind === 'set' ? rule : undefined;
}

/** The key, among a record's hashes, of the fingerprint of the whole record as the app holds it. */
const WHOLE = '#';

/** Hashes of the values the app holds: per field (or '*' for a record written whole). */
export function hashesOf(type: RecordType, values: Values): Record<string, string> {
  if (type.atomic) return { '*': hashValue(Object.keys(type.fields).map((f) => values[f])) };
  const out: Record<string, string> = {};
  for (const field of Object.keys(type.fields)) out[field] = hashValue(values[field]);
  return out;
}

/** The bookkeeping to keep for a record the app now holds as `values` (undefined: deleted). */
export function metaFor(type: RecordType, record: SyncRecord, values: Values | undefined): RecordMeta {
  const sets: SyncRecord['sets'] = {};
  for (const [field, elements] of Object.entries(record.sets)) {
    const rule = setRule(type, field);
    const hashes = new Map<string, string>();
    if (rule && values && Array.isArray(values[field])) {
      for (const element of values[field] as unknown[]) hashes.set(rule.key(element), hashValue(element));
    }
    const out: Record<string, ElementClock> = {};
    for (const [key, { a, p, r }] of Object.entries(elements)) {
      const h = hashes.get(key);
      out[key] = { a, p, ...(r ? { r } : {}), ...(h ? { h } : {}) };
    }
    sets[field] = out;
  }
  return {
    type: record.type,
    id: record.id,
    clocks: record.clocks,
    sets,
    ...(record.deleted ? { deleted: record.deleted } : {}),
    hashes: values ? { ...hashesOf(type, values), [WHOLE]: fingerprint(values) } : {},
  };
}

function withoutHashes(meta: RecordMeta): SyncRecord {
  const sets: SyncRecord['sets'] = {};
  for (const [field, elements] of Object.entries(meta.sets)) {
    const out: Record<string, ElementClock> = {};
    for (const [key, { a, p, r }] of Object.entries(elements)) out[key] = { a, p, ...(r ? { r } : {}) };
    sets[field] = out;
  }
  return {
    type: meta.type,
    id: meta.id,
    clocks: { ...meta.clocks },
    sets,
    ...(meta.deleted ? { deleted: meta.deleted } : {}),
  };
}

export interface ScanResult {
  /** The record's state now, with the app's values; undefined when it never synced and is not here. */
  record: SyncRecord | undefined;
  /** Whether it changed locally since the last sync (so it goes into this device's next file). */
  changed: boolean;
}

/** Compares one record as the app holds it (`values`) with its bookkeeping, and stamps what changed. */
export function scanRecord(
  type: RecordType,
  id: string,
  local: Values | undefined,
  meta: RecordMeta | undefined,
  stamp: Stamper,
): ScanResult {
  // The common case, cheaply: the record is exactly as the last sync left it (its clocks are
  // shared with the bookkeeping, never changed in place).
  if (local && meta && meta.deleted === undefined && meta.hashes[WHOLE] === fingerprint(local)) {
    const { hashes: _hashes, ...clocks } = meta;
    return { record: { ...clocks, values: syncedValues(type, local) }, changed: false };
  }
  const values = local && syncedValues(type, local);
  const base = meta ? withoutHashes(meta) : undefined;
  if (values === undefined) {
    if (!base || !isAlive(base)) return { record: base, changed: false };
    // Gone since the last sync: deleted for good here.
    const { values: _gone, ...rest } = base;
    return { record: { ...rest, deleted: stamp(undefined) }, changed: true };
  }

  const fresh = !base || !isAlive(base);
  const record: SyncRecord = base ? { ...base, values } : { type: type.name, id, clocks: {}, sets: {}, values };
  let now: string | undefined;
  const at = () => (now ??= stamp(type.editedAt?.(values)));
  let changed = false;

  if (type.atomic) {
    if (fresh || hashesOf(type, values)['*'] !== meta?.hashes['*']) {
      record.clocks['*'] = at();
      changed = true;
    }
    return { record, changed };
  }

  for (const [field, rule] of Object.entries(type.fields)) {
    const hash = hashValue(values[field]);
    if (!fresh && hash === meta?.hashes[field]) continue;
    if (rule.kind === 'lww') {
      record.clocks[field] = at();
      changed = true;
    } else if (rule.kind === 'max' || rule.kind === 'min') {
      changed = true;
    } else {
      const before = meta?.sets[field] ?? {};
      const after: Record<string, ElementClock> = { ...record.sets[field] };
      const seen = new Set<string>();
      const list = Array.isArray(values[field]) ? (values[field] as unknown[]) : [];
      list.forEach((element, position) => {
        const key = rule.key(element);
        seen.add(key);
        const old = before[key];
        const wasThere = !fresh && old !== undefined && (old.r === undefined || old.a > old.r);
        if (wasThere && old.h === hashValue(element)) return;
        after[key] = { a: at(), p: position, ...(old?.r ? { r: old.r } : {}) };
        changed = true;
      });
      for (const [key, old] of Object.entries(before)) {
        if (seen.has(key) || (old.r !== undefined && old.r >= old.a)) continue;
        after[key] = { a: old.a, p: old.p, r: at() };
        changed = true;
      }
      record.sets[field] = after;
    }
  }
  return { record, changed };
}
