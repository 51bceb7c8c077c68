import type { SyncKey } from './crypto';
import { resolveId } from './dedupe';
import { fileName, filePath, filesBySeq, parseFileName, type FileKind, type ListedFile } from './layout';
import { BATCH_FORMAT, encodeBatch, type Batch } from './log';
import { recordKey, splitKey, toWire, type SyncRecord } from './record-state';
import type { SyncState, SyncStore } from './store';
import type { SyncClient } from './webdav';

/**
 * Writes this device's files: its pending change logs, in order, each under the sequence
 * number it was given (a failed upload is tried again under the same one), and snapshots. A
 * snapshot holds every record this device knows, so it stands in for all of the device's files
 * before it; only once it is on the server are those deleted. The device only ever writes and
 * deletes under its own folder.
 */

export interface CompactionOptions {
  /** Write a snapshot once this many logs follow the last one. */
  maxLogs?: number;
  /** ...or once the logs since the last snapshot weigh this share of it. */
  maxLogShare?: number;
}

async function writeFile(
  client: SyncClient,
  key: SyncKey,
  state: SyncState,
  kind: FileKind,
  seq: number,
  records: Iterable<SyncRecord>,
): Promise<number> {
  const path = filePath(state.deviceId, kind, seq);
  const batch: Batch = {
    format: BATCH_FORMAT,
    device: state.deviceId,
    seq,
    kind,
    aliases: state.aliases,
    records: [...records].map(toWire),
  };
  const bytes = await encodeBatch(key, path, batch);
  await client.put(path, bytes);
  return bytes.length;
}

/**
 * Deletes this device's files older than `seq` (a snapshot at `seq` now stands in for them):
 * those it wrote, and any other of its folder's (`listed`, a leftover of an interrupted run).
 */
async function dropOlder(
  client: SyncClient,
  store: SyncStore,
  state: SyncState,
  seq: number,
  listed: readonly ListedFile[],
): Promise<void> {
  const names = new Set([...Object.keys(state.files), ...listed.map((f) => f.name)]);
  for (const name of [...names].sort()) {
    const parsed = parseFileName(name);
    if (!parsed || parsed.seq >= seq) continue;
    await client.delete(filePath(state.deviceId, parsed.kind, parsed.seq));
    if (name in state.files) {
      delete state.files[name];
      await store.saveState(state);
    }
  }
}

/** Uploads the pending files, oldest first; returns how many records went up. */
export async function uploadPending(
  client: SyncClient,
  store: SyncStore,
  key: SyncKey,
  state: SyncState,
  records: ReadonlyMap<string, SyncRecord>,
  listed: readonly ListedFile[],
): Promise<number> {
  let uploaded = 0;
  while (state.pending.length > 0) {
    const pending = state.pending[0]!;
    const kind: FileKind = pending.snapshot ? 'snapshot' : 'log';
    let batch: Iterable<SyncRecord>;
    if (pending.snapshot) {
      batch = records.values();
    } else {
      const keys = new Set(
        pending.keys.map((k) => {
          const { type, id } = splitKey(k);
          return recordKey(type, resolveId(state.aliases, id));
        }),
      );
      batch = [...keys].map((k) => records.get(k)).filter((r): r is SyncRecord => r !== undefined);
    }
    const size = await writeFile(client, key, state, kind, pending.seq, batch);
    uploaded += pending.snapshot ? records.size : pending.keys.length;
    state.files[fileName(kind, pending.seq)] = size;
    state.pending.shift();
    await store.saveState(state);
    if (pending.snapshot) await dropOlder(client, store, state, pending.seq, listed);
  }
  return uploaded;
}

/**
 * Whether this device's files on the server are as it wrote them: each one there with the size
 * written, and no sequence number missing since the last snapshot (an upload lost in a crash).
 * A file missing or cut (by hand, by a server fault) is repaired by a new snapshot.
 */
export function ownFilesIntact(state: SyncState, listing: readonly ListedFile[]): boolean {
  const there = new Map(listing.map((f) => [f.name, f.size]));
  if (!Object.entries(state.files).every(([name, size]) => there.get(name) === size)) return false;
  const bySeq = filesBySeq(listing);
  const snapshots = Object.keys(state.files)
    .map(parseFileName)
    .filter((f) => f?.kind === 'snapshot')
    .map((f) => f!.seq);
  const pending = new Set(state.pending.map((p) => p.seq));
  for (let seq = Math.max(0, ...snapshots) + 1; seq < state.nextSeq; seq++) {
    if (!pending.has(seq) && !bySeq.has(seq)) return false;
  }
  return true;
}

/** Whether the logs since the last snapshot call for a new one. */
export function wantsSnapshot(state: SyncState, options: CompactionOptions = {}): boolean {
  const files = filesBySeq(Object.entries(state.files).map(([name, size]) => ({ name, size })));
  const snapshots = [...files].filter(([, f]) => f.kind === 'snapshot');
  const last = snapshots.length ? Math.max(...snapshots.map(([seq]) => seq)) : 0;
  const snapshotSize = files.get(last)?.size ?? 0;
  const logs = [...files].filter(([seq, f]) => f.kind === 'log' && seq > last);
  const logBytes = logs.reduce((n, [, f]) => n + f.size, 0);
  return (
    logs.length >= (options.maxLogs ?? 32) ||
    (logBytes > 64 * 1024 && logBytes > snapshotSize * (options.maxLogShare ?? 0.5))
  );
}

/**
 * Writes a snapshot under a new sequence number, then deletes this device's older files. The
 * number is saved as used before the upload, so that it is never given to another file.
 */
export async function writeSnapshot(
  client: SyncClient,
  store: SyncStore,
  key: SyncKey,
  state: SyncState,
  records: ReadonlyMap<string, SyncRecord>,
  listed: readonly ListedFile[],
): Promise<void> {
  const seq = state.nextSeq;
  state.nextSeq += 1;
  await store.saveState(state);
  const size = await writeFile(client, key, state, 'snapshot', seq, records.values());
  state.files[fileName('snapshot', seq)] = size;
  await store.saveState(state);
  await dropOlder(client, store, state, seq, listed);
}
