import { canonical } from './hash';
import { compareHlc, maxHlc } from './hlc';
import type { ElementClock, RecordMeta, SyncRecord, Values } from './record-state';
import type { FieldRule, RecordType } from './records';

/**
 * How two devices' knowledge of one record becomes one: per field, the later write wins by its
 * clock; set fields merge element by element (an element is there when it was added after it
 * was last removed); a delete is a tombstone that loses to any later edit. The merge is
 * commutative, associative and idempotent, so devices that have seen the same changes hold the
 * same record whatever the order they saw them in.
 */

/** The latest edit the record carries: a field's clock, or a set element's addition or removal. */
export function latestEdit(record: Omit<SyncRecord, 'values'>, except?: string): string | undefined {
  let latest: string | undefined;
  for (const [field, stamp] of Object.entries(record.clocks)) {
    if (field !== except && (latest === undefined || stamp > latest)) latest = stamp;
  }
  for (const [field, elements] of Object.entries(record.sets)) {
    if (field === except) continue;
    for (const { a, r } of Object.values(elements)) latest = maxHlc(latest, a, r);
  }
  return latest;
}

/** A record is gone when it was deleted after its latest edit: a delete never beats a later edit. */
export function isAlive(record: Omit<SyncRecord, 'values'>): boolean {
  return record.deleted === undefined || compareHlc(latestEdit(record), record.deleted) > 0;
}

function present(element: ElementClock): boolean {
  return element.r === undefined || element.a > element.r;
}

function mergeElement(x: ElementClock | undefined, y: ElementClock | undefined): ElementClock {
  if (!x) return { a: y!.a, p: y!.p, ...(y!.r ? { r: y!.r } : {}) };
  if (!y) return { a: x.a, p: x.p, ...(x.r ? { r: x.r } : {}) };
  const later = x.a > y.a || (x.a === y.a && x.p <= y.p) ? x : y;
  const r = maxHlc(x.r, y.r);
  return { a: later.a, p: later.p, ...(r ? { r } : {}) };
}

/** The value of a set element as one side holds it, by key. */
function elementsByKey(rule: Extract<FieldRule, { kind: 'set' }>, list: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (Array.isArray(list)) for (const element of list) out.set(rule.key(element), element);
  return out;
}

/** Of two writes with the same clock (the same edit seen twice), a fixed choice. */
function tieBreak(x: unknown, y: unknown): unknown {
  return canonical(x) >= canonical(y) ? x : y;
}

function mergeSet(
  rule: Extract<FieldRule, { kind: 'set' }>,
  field: string,
  a: SyncRecord,
  b: SyncRecord,
): { clocks: Record<string, ElementClock>; value: unknown[] } {
  const ca = a.sets[field] ?? {};
  const cb = b.sets[field] ?? {};
  const va = elementsByKey(rule, a.values?.[field]);
  const vb = elementsByKey(rule, b.values?.[field]);
  const clocks: Record<string, ElementClock> = {};
  const live: { key: string; clock: ElementClock; value: unknown }[] = [];
  for (const key of new Set([...Object.keys(ca), ...Object.keys(cb)])) {
    const x = ca[key];
    const y = cb[key];
    const clock = mergeElement(x, y);
    clocks[key] = clock;
    if (!present(clock)) continue;
    // The value from the side that added it last, when that side has it.
    const order = compareHlc(x?.a, y?.a);
    const first = order > 0 ? va : vb;
    const second = order > 0 ? vb : va;
    let value = first.has(key) ? first.get(key) : second.get(key);
    if (order === 0 && va.has(key) && vb.has(key)) value = tieBreak(va.get(key), vb.get(key));
    if (value !== undefined) live.push({ key, clock, value });
  }
  live.sort((x, y) => compareHlc(x.clock.a, y.clock.a) || x.clock.p - y.clock.p || (x.key < y.key ? -1 : 1));
  return { clocks, value: live.map((e) => e.value) };
}

function combine(kind: 'max' | 'min', x: unknown, y: unknown): unknown {
  if (typeof x !== 'number') return y;
  if (typeof y !== 'number') return x;
  return kind === 'max' ? Math.max(x, y) : Math.min(x, y);
}

/** The values of the side whose clock for `field` is later, when it has values; the tie-break otherwise. */
function pickByClock(clockA: string | undefined, clockB: string | undefined, a?: Values, b?: Values) {
  const order = compareHlc(clockA, clockB);
  if (order > 0) return a ?? b;
  if (order < 0) return b ?? a;
  return undefined;
}

/** One record from two sides' states of it. */
export function mergeRecords(type: RecordType, a: SyncRecord, b: SyncRecord): SyncRecord {
  const clocks: Record<string, string> = { ...a.clocks };
  for (const [field, stamp] of Object.entries(b.clocks)) clocks[field] = maxHlc(clocks[field], stamp)!;
  const sets: SyncRecord['sets'] = {};
  const deleted = maxHlc(a.deleted, b.deleted);
  let values: Values | undefined;

  if (a.values || b.values) {
    values = { ...(a.values ?? b.values) };
    if (type.atomic) {
      const winner = pickByClock(a.clocks['*'], b.clocks['*'], a.values, b.values);
      const chosen = winner ?? (a.values && b.values ? tieBreak(a.values, b.values) : (a.values ?? b.values));
      values = { ...(chosen as Values) };
    } else {
      for (const [field, rule] of Object.entries(type.fields)) {
        if (rule.kind === 'set') {
          const merged = mergeSet(rule, field, a, b);
          sets[field] = merged.clocks;
          values[field] = merged.value;
        } else if (rule.kind === 'lww') {
          const winner = pickByClock(a.clocks[field], b.clocks[field], a.values, b.values);
          const value =
            winner !== undefined
              ? winner[field]
              : a.values && b.values
                ? tieBreak(a.values[field], b.values[field])
                : (a.values ?? b.values)![field];
          if (value === undefined) delete values[field];
          else values[field] = value;
        } else {
          const value = combine(rule.kind, a.values?.[field], b.values?.[field]);
          if (value === undefined) delete values[field];
          else values[field] = value;
        }
      }
    }
  }
  if (type.atomic || !values) {
    for (const [field, rule] of Object.entries(type.fields)) {
      if (rule.kind !== 'set') continue;
      const merged: Record<string, ElementClock> = {};
      for (const key of new Set([...Object.keys(a.sets[field] ?? {}), ...Object.keys(b.sets[field] ?? {})])) {
        merged[key] = mergeElement(a.sets[field]?.[key], b.sets[field]?.[key]);
      }
      sets[field] = merged;
    }
  }

  const record: SyncRecord = { type: a.type, id: a.id, clocks, sets, ...(deleted ? { deleted } : {}) };
  if (values && isAlive(record)) record.values = values;
  return record;
}

/** The values that sync: the type's fields (and its id field), without derived or per-device ones. */
export function syncedValues(type: RecordType, values: Values): Values {
  const out: Values = {};
  for (const field of Object.keys(type.fields)) if (values[field] !== undefined) out[field] = values[field];
  if (type.idField && values[type.idField] !== undefined) out[type.idField] = values[type.idField];
  return out;
}

/**
 * The record as the app should hold it, or undefined when it is deleted: its synced values over
 * the per-device fields of the app's own copy (`local`), with derived fields recomputed. A
 * record in the trash comes out when any field was edited after it went in.
 */
export function effectiveValues(type: RecordType, record: SyncRecord, local?: Values): Values | undefined {
  if (!record.values || !isAlive(record)) return undefined;
  let values: Values = { ...local };
  for (const field of Object.keys(type.fields)) delete values[field];
  Object.assign(values, record.values);
  if (type.idField) values[type.idField] = record.id;
  const trash = type.trashField;
  if (trash && values[trash] !== undefined) {
    if (compareHlc(latestEdit(record, trash), record.clocks[trash]) > 0) delete values[trash];
  }
  if (type.derive) values = type.derive(values);
  return values;
}

/** Whether the record, as the app holds it, is part of the collection (alive and not in the trash). */
export function inCollection(type: RecordType, values: Values | undefined): boolean {
  return !!type.collection && values !== undefined && (!type.trashField || values[type.trashField] === undefined);
}

/** The bookkeeping of a record, without its values. */
export function metaOf(record: SyncRecord, hashes: Record<string, string>): RecordMeta {
  const { values: _values, ...rest } = record;
  return { ...rest, hashes };
}
