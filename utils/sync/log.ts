import { z } from 'zod';
import { fromUtf8, gunzip, gzip, utf8, type Bytes } from './bytes';
import { decryptFile, encryptFile, type SyncKey } from './crypto';
import { Damaged, UnsupportedVersion } from './errors';
import { DEVICE_ID } from './hlc';
import { syncedValues } from './merge';
import { fromWire, WireRecord, type SyncRecord } from './record-state';
import type { RecordTypes } from './records';
import type { FileKind } from './layout';

/**
 * The content of one file: a batch of record states from one device, as gzipped JSON, then
 * encrypted for its path. A log holds the records the device changed since its previous file;
 * a snapshot holds every record the device knows (tombstones included), and stands in for all
 * of its files before it. Both carry the map of merged-away ids.
 */

export const BATCH_FORMAT = 1;

export interface Batch {
  format: typeof BATCH_FORMAT;
  device: string;
  seq: number;
  kind: FileKind;
  /** Ids of records merged into others (same URL saved on two devices): loser → winner. */
  aliases: Record<string, string>;
  records: WireRecord[];
}

const Envelope = z.object({
  format: z.number().int(),
  device: z.string().regex(DEVICE_ID),
  seq: z.number().int().positive(),
  kind: z.enum(['log', 'snapshot']),
  aliases: z.record(z.string().max(200), z.string().max(200)),
  records: z.array(z.unknown()),
});

export async function encodeBatch(key: SyncKey, path: string, batch: Batch): Promise<Bytes> {
  return encryptFile(key, path, await gzip(utf8(JSON.stringify(batch))));
}

/**
 * Opens a file and checks that it says what its path says (device, seq, kind). Throws Damaged
 * or UnsupportedVersion; the records inside are checked one by one by `checkRecords`.
 */
export async function decodeBatch(
  key: SyncKey,
  path: string,
  bytes: Uint8Array,
  expected: { device: string; seq: number; kind: FileKind },
): Promise<Omit<Batch, 'records'> & { records: unknown[] }> {
  const plain = await decryptFile(key, path, bytes);
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(await gunzip(plain)));
  } catch {
    throw new Damaged(path, 'its content does not read');
  }
  const envelope = Envelope.safeParse(json);
  if (!envelope.success) throw new Damaged(path, 'its content is not a batch of changes');
  const batch = envelope.data;
  if (batch.format > BATCH_FORMAT) throw new UnsupportedVersion(path, batch.format);
  if (batch.device !== expected.device || batch.seq !== expected.seq || batch.kind !== expected.kind) {
    throw new Damaged(path, 'it says it belongs elsewhere');
  }
  return { ...batch, format: BATCH_FORMAT };
}

export interface Refusal {
  type?: string;
  id?: string;
  reason: string;
}

/**
 * Checks each record of a batch with its type's schema (the app's own zod schemas): a record
 * that fails is refused with a reason and never applied; the others are returned, their values
 * as the app stores them.
 */
export function checkRecords(
  types: RecordTypes,
  raw: readonly unknown[],
): { records: SyncRecord[]; refused: Refusal[] } {
  const records: SyncRecord[] = [];
  const refused: Refusal[] = [];
  for (const item of raw) {
    const wire = WireRecord.safeParse(item);
    if (!wire.success) {
      refused.push({ reason: 'not a record' });
      continue;
    }
    const { t: typeName, id } = wire.data;
    const type = types.get(typeName);
    if (!type) {
      refused.push({ type: typeName, id, reason: 'a kind of record this version does not know' });
      continue;
    }
    const record = fromWire(wire.data);
    // Clocks for fields this version does not have are dropped; the rest is the type's own.
    const known = type.atomic ? new Set(['*']) : new Set(Object.keys(type.fields));
    record.clocks = Object.fromEntries(Object.entries(record.clocks).filter(([field]) => known.has(field)));
    record.sets = Object.fromEntries(
      Object.entries(record.sets).filter(([field]) => type.fields[field]?.kind === 'set'),
    );
    if (record.values) {
      if (type.idField && record.values[type.idField] !== id) {
        refused.push({ type: typeName, id, reason: 'its values are for another record' });
        continue;
      }
      const parsed = type.parse(record.values);
      if (!parsed.ok) {
        refused.push({ type: typeName, id, reason: parsed.reason });
        continue;
      }
      record.values = syncedValues(type, parsed.values);
    }
    records.push(record);
  }
  return { records, refused };
}
