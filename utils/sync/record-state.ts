import { z } from 'zod';
import { HLC_PATTERN } from './hlc';

/**
 * What a sync knows of one record: its values, when each field was last written (a hybrid
 * logical clock stamp per field), and for set-like fields when each element was added and
 * removed. The same shape travels in the encrypted files, and, without the values but with
 * hashes of them, is kept locally as the record's sync bookkeeping.
 */

export type Values = Record<string, unknown>;

/** One element of a set field: added at `a`, at position `p` of the list then, removed at `r`. */
export interface ElementClock {
  a: string;
  p: number;
  r?: string;
  /** Hash of the element's value as last seen locally (local bookkeeping only, never sent). */
  h?: string;
}

export interface SyncRecord {
  type: string;
  id: string;
  /** The record as the app holds it; absent once it is deleted for good. */
  values?: Values;
  /** Per last-writer-wins field, the stamp of its last write ('*' for a record written whole). */
  clocks: Record<string, string>;
  /** Per set field, per element key, when it was added and removed. */
  sets: Record<string, Record<string, ElementClock>>;
  /** When the record was deleted for good: a tombstone, which no later edit loses to. */
  deleted?: string;
}

/** The local bookkeeping of a record: its clocks, and hashes of its values as last written. */
export interface RecordMeta extends Omit<SyncRecord, 'values'> {
  hashes: Record<string, string>;
}

/** `type:id`, the key of a record across types. */
export function recordKey(type: string, id: string): string {
  return `${type}:${id}`;
}

export function splitKey(key: string): { type: string; id: string } {
  const at = key.indexOf(':');
  return { type: key.slice(0, at), id: key.slice(at + 1) };
}

export const Stamp = z.string().max(100).regex(HLC_PATTERN);

const WireElement = z.tuple([Stamp, z.number().int().min(0).max(100_000)]).rest(Stamp);

/**
 * A record as written in a file: `t` type, `id`, `v` values, `c` field clocks, `s` set element
 * clocks as `[added, position, removed?]`, `d` tombstone. Values are checked separately, by the
 * record type's own schema.
 */
export const WireRecord = z.object({
  t: z.string().min(1).max(40),
  id: z.string().min(1).max(200),
  v: z.record(z.string(), z.unknown()).optional(),
  c: z.record(z.string().max(60), Stamp),
  s: z.record(z.string().max(60), z.record(z.string().max(4_000), WireElement)).optional(),
  d: Stamp.optional(),
});
export type WireRecord = z.output<typeof WireRecord>;

export function toWire(record: SyncRecord): WireRecord {
  const sets: Record<string, Record<string, [string, number, ...string[]]>> = {};
  for (const [field, elements] of Object.entries(record.sets)) {
    const out: Record<string, [string, number, ...string[]]> = {};
    for (const [key, { a, p, r }] of Object.entries(elements)) out[key] = r === undefined ? [a, p] : [a, p, r];
    sets[field] = out;
  }
  return {
    t: record.type,
    id: record.id,
    ...(record.values ? { v: record.values } : {}),
    c: record.clocks,
    ...(Object.keys(sets).length ? { s: sets } : {}),
    ...(record.deleted ? { d: record.deleted } : {}),
  };
}

/** A wire record back as a sync record; its values are still unchecked. */
export function fromWire(wire: WireRecord): SyncRecord {
  const sets: SyncRecord['sets'] = {};
  for (const [field, elements] of Object.entries(wire.s ?? {})) {
    const out: Record<string, ElementClock> = {};
    for (const [key, [a, p, r]] of Object.entries(elements)) out[key] = r === undefined ? { a, p } : { a, p, r };
    sets[field] = out;
  }
  return {
    type: wire.t,
    id: wire.id,
    ...(wire.v ? { values: wire.v } : {}),
    clocks: wire.c,
    sets,
    ...(wire.d ? { deleted: wire.d } : {}),
  };
}

/** Every stamp a record carries (to check it against the clock, and to move the clock past). */
export function stampsOf(record: Omit<SyncRecord, 'values'>): string[] {
  const out = Object.values(record.clocks);
  for (const elements of Object.values(record.sets)) {
    for (const { a, r } of Object.values(elements)) {
      out.push(a);
      if (r !== undefined) out.push(r);
    }
  }
  if (record.deleted) out.push(record.deleted);
  return out;
}
