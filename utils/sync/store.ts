import { z } from 'zod';
import { DEVICE_ID } from './hlc';
import { Stamp, type RecordMeta, type Values } from './record-state';

/**
 * What the sync engine needs of local storage. The Dexie wiring implements it over the app's
 * tables (sources and trash, clips, settings) plus two of its own (record bookkeeping, and this
 * state); tests use the in-memory one. The engine never touches a database itself.
 */

/** A record as the app holds it. Sources in the trash carry `trashedAt` (the trash row's `deletedAt`). */
export interface LocalRecord {
  type: string;
  id: string;
  values: Values;
}

/** A record to write as the app should now hold it, or to remove (`values` undefined). */
export interface RecordWrite {
  type: string;
  id: string;
  values: Values | undefined;
}

export interface ApplyBatch {
  writes: RecordWrite[];
  /** Bookkeeping to keep for these records (replacing what was kept). */
  metas: RecordMeta[];
  /** Bookkeeping to drop (records merged into others). */
  dropMetas: { type: string; id: string }[];
  /** The engine's state once the batch is applied (cursors move with the records). */
  state: SyncState;
  /**
   * Whether a record is still as the sync read it: the store calls it, inside its transaction,
   * for every record it is about to write, with the values it holds now (undefined: none). If any
   * answer is false, a local edit happened meanwhile: write nothing and throw StoreConflict.
   */
  unchanged(type: string, id: string, values: Values | undefined): boolean;
}

export interface SyncStore {
  /** The state last saved, as stored (checked by the engine), or undefined before the first sync. */
  loadState(): Promise<unknown>;
  saveState(state: SyncState): Promise<void>;
  /** Every local record that syncs, as the app holds it now. */
  readRecords(): Promise<LocalRecord[]>;
  /** The bookkeeping of every record a sync has seen. */
  readMetas(): Promise<RecordMeta[]>;
  /** Writes the whole batch in one transaction, or nothing (StoreConflict, or any failure). */
  applyBatch(batch: ApplyBatch): Promise<void>;
}

/** A file of this device's that is still to be uploaded, under a sequence number given once. */
export const PendingFile = z.object({
  seq: z.number().int().positive(),
  /** Keys (`type:id`) of the records that changed; their current state is what is uploaded. */
  keys: z.array(z.string()),
  /** Written as a snapshot (every record) rather than a log: the first sync of a collection. */
  snapshot: z.boolean(),
});
export type PendingFile = z.output<typeof PendingFile>;

export const SyncState = z.object({
  version: z.literal(1),
  deviceId: z.string().regex(DEVICE_ID),
  /** Which key this device's files on the server are encrypted with (`keyId`). */
  keyId: z.string().optional(),
  /** The clock as the last sync left it: every later local edit is stamped after it. */
  clock: Stamp.optional(),
  /** The next sequence number of this device's files; never given twice. */
  nextSeq: z.number().int().positive(),
  pending: z.array(PendingFile),
  /** This device's files on the server, as written: name → size. */
  files: z.record(z.string(), z.number().int().nonnegative()),
  /** Per other device, the last sequence number applied here. */
  cursors: z.record(z.string(), z.number().int().nonnegative()),
  /** Ids merged into others: loser → winner. */
  aliases: z.record(z.string(), z.string()),
  /**
   * The kinds of records the version that last read the others' files knew (none said: a version
   * from before this was kept). Records of a kind it did not know were refused, past the cursors.
   */
  types: z.array(z.string()).optional(),
  lastSyncAt: z.number().int().nonnegative().optional(),
});
export type SyncState = z.output<typeof SyncState>;

export function initialState(deviceId: string): SyncState {
  return { version: 1, deviceId, nextSeq: 1, pending: [], files: {}, cursors: {}, aliases: {} };
}
