import type { SyncKey } from './crypto';
import { ClockSkew, Damaged, NotFound, UnsupportedVersion, type SyncError } from './errors';
import { maxHlc, type Hlc } from './hlc';
import { deviceDir, filePath, planReads } from './layout';
import { checkRecords, decodeBatch, type Refusal } from './log';
import { stampsOf, type SyncRecord } from './record-state';
import type { RecordTypes } from './records';
import type { SyncClient } from './webdav';

/**
 * Reads another device's new files, from its cursor on: downloads, decrypts, checks each
 * record. A file that is damaged, from a newer version, or stamped by a clock too far ahead
 * stops the reading of that device there (its cursor stays before the file, nothing of it is
 * applied), unless a later snapshot of the device stands in for it.
 */

/** A problem with one device's files, that does not stop the sync of the others. */
export interface DeviceProblem {
  device: string;
  path: string;
  error: SyncError;
}

export interface DeviceChanges {
  device: string;
  records: SyncRecord[];
  aliases: Record<string, string>;
  /** The last seq read: the device's cursor once these changes are applied. */
  cursor: number;
  /** The latest stamp read (to move this device's clock past). */
  latest: string | undefined;
  refused: Refusal[];
  problem?: DeviceProblem;
}

export async function readDevice(
  client: SyncClient,
  key: SyncKey,
  types: RecordTypes,
  clock: Hlc,
  device: string,
  cursor: number,
): Promise<DeviceChanges> {
  const out: DeviceChanges = { device, records: [], aliases: {}, cursor, latest: undefined, refused: [] };
  const skip = new Set<number>();
  let listing = await client.list(deviceDir(device));
  let relists = 0;
  let lastProblem: DeviceProblem | undefined;

  plan: for (;;) {
    for (const step of planReads(listing, out.cursor, skip)) {
      const path = filePath(device, step.kind, step.seq);
      let batch;
      try {
        const bytes = await client.get(path);
        batch = await decodeBatch(key, path, bytes, { device, seq: step.seq, kind: step.kind });
      } catch (error) {
        if (error instanceof NotFound && relists < 3) {
          // Compacted away since the listing: list again, a snapshot stands in for it.
          relists += 1;
          listing = await client.list(deviceDir(device));
          continue plan;
        }
        if (error instanceof Damaged || error instanceof UnsupportedVersion) {
          lastProblem = { device, path, error };
          skip.add(step.seq);
          continue plan;
        }
        throw error;
      }
      const { records, refused } = checkRecords(types, batch.records);
      let latest: string | undefined;
      for (const record of records) latest = maxHlc(latest, ...stampsOf(record));
      if (latest !== undefined) {
        try {
          clock.checkDrift(latest);
        } catch (error) {
          if (!(error instanceof ClockSkew)) throw error;
          out.problem = { device, path, error };
          return out;
        }
      }
      out.records.push(...records);
      out.refused.push(...refused.map((r) => ({ ...r, reason: `${path}: ${r.reason}` })));
      Object.assign(out.aliases, batch.aliases);
      out.latest = maxHlc(out.latest, latest);
      out.cursor = step.seq;
      // A damaged file passed over by a snapshot is no longer a problem.
      if (lastProblem && step.kind === 'snapshot') lastProblem = undefined;
    }
    break;
  }
  if (lastProblem) out.problem = lastProblem;
  return out;
}
