import { keyId, type SyncKey } from './crypto';
import { StoreConflict, type SyncError } from './errors';
import { checkSyncFolder } from './folder';
import type { Hlc } from './hlc';
import { DEVICES_DIR, deviceDir, deviceIds } from './layout';
import type { Refusal } from './log';
import { recordTypes, type RecordTypes } from './records';
import { reconcile } from './reconcile';
import { readDevice, type DeviceChanges } from './remote';
import { initialState, SyncState, type SyncStore } from './store';
import { ownFilesIntact, uploadPending, wantsSnapshot, writeSnapshot, type CompactionOptions } from './upload';
import { sameValue } from './hash';
import { recordKey } from './record-state';
import type { SyncClient } from './webdav';

/**
 * One sync: read the other devices' new files, merge them with the local edits in one local
 * transaction, upload this device's changes as a new file of its own, and compact its files now
 * and then. Safe to stop anywhere: nothing is applied until everything is read; cursors move
 * with the records they cover; an upload that failed goes again, under the same name, next time.
 */

export interface FailsafeOptions {
  /** A sync that would delete more than this share of the collection asks first (0.5). */
  maxDeleteShare?: number;
  /** ...when it deletes at least this many records (5): small collections are not held up. */
  minDeletes?: number;
}

export interface SyncOptions {
  store: SyncStore;
  client: SyncClient;
  key: SyncKey;
  deviceId: string;
  clock: Hlc;
  types?: RecordTypes;
  failsafe?: FailsafeOptions;
  /** The person confirmed the deletes a previous call asked about. */
  confirmDeletes?: boolean;
  compaction?: CompactionOptions;
  /** The wall clock, for `lastSyncAt` (Date.now by default). */
  now?: () => number;
}

/** A problem with another device's files: that device's changes wait, the others' are applied. */
export interface SyncProblem {
  device: string;
  path: string;
  error: SyncError;
}

export interface SyncDone {
  needsConfirmation?: undefined;
  /** Records received from other devices. */
  received: number;
  /** Local records written (added, changed or removed). */
  applied: number;
  /** Records uploaded in this device's files. */
  uploaded: number;
  /** Whether a snapshot was written (and older files deleted). */
  compacted: boolean;
  problems: SyncProblem[];
  /** Records from the server that failed their checks: never applied. */
  refused: Refusal[];
  lastSyncAt: number;
}

export interface NeedsConfirmation {
  /** Nothing was applied or uploaded: call again with `confirmDeletes: true` to go on. */
  needsConfirmation: {
    deletes: number;
    total: number;
    /** Whether the deletes come from other devices, or were found here (a collection emptied). */
    where: 'remote' | 'local';
    /** The kind of record they are (`source`, `goal`, `journal`). */
    kind: string;
  };
}

export type SyncResult = SyncDone | NeedsConfirmation;

const running = new WeakMap<SyncStore, Promise<unknown>>();

/** Syncs once; two calls on one store run one after the other. */
export function syncOnce(options: SyncOptions): Promise<SyncResult> {
  const before = running.get(options.store) ?? Promise.resolve();
  const run = before.catch(() => undefined).then(() => syncNow(options));
  running.set(options.store, run);
  return run;
}

async function loadState(store: SyncStore, deviceId: string): Promise<SyncState> {
  const raw = await store.loadState();
  if (raw === undefined || raw === null) return initialState(deviceId);
  const state = SyncState.parse(raw);
  if (state.deviceId !== deviceId) throw new TypeError(`The sync state belongs to device ${state.deviceId}`);
  return state;
}

function tripped(deletes: number, total: number, options: FailsafeOptions): boolean {
  return deletes >= (options.minDeletes ?? 5) && deletes > total * (options.maxDeleteShare ?? 0.5);
}

async function syncNow(options: SyncOptions): Promise<SyncResult> {
  const { store, client, key, deviceId, clock } = options;
  const types = options.types ?? recordTypes();
  const failsafe = options.failsafe ?? {};
  const loaded = await loadState(store, deviceId);
  clock.restore(loaded.clock);

  // The folder is ours and the key is right, before anything is read or written.
  await checkSyncFolder(client, key);
  await client.ensureDir(deviceDir(deviceId));
  const devices = deviceIds(await client.list(DEVICES_DIR), deviceId);
  const ownListing = (await client.list(deviceDir(deviceId))).filter((f) => f.type === 'file');
  const rekeyed = loaded.keyId !== undefined && loaded.keyId !== keyId(key);
  const repair = rekeyed || !ownFilesIntact(loaded, ownListing);

  // 1. Everything new from the other devices, read before anything is applied. When this version
  // knows a kind of record the last reader did not (an update brought goals, say), their files are
  // read again from the start, for the records refused then: merging the rest again changes nothing.
  const known = [...types.keys()].sort();
  const learned = known.some((name) => !(loaded.types ?? []).includes(name));
  const remote: DeviceChanges[] = [];
  for (const device of devices) {
    remote.push(await readDevice(client, key, types, clock, device, learned ? 0 : (loaded.cursors[device] ?? 0)));
  }
  for (const device of remote) clock.restore(device.latest);

  // 2. One local transaction: local edits stamped, others' changes merged; a local edit made
  // meanwhile makes the store refuse it, and the merge is done again.
  let state!: SyncState;
  let result!: ReturnType<typeof reconcile>;
  for (let attempt = 1; ; attempt++) {
    state = structuredClone(loaded);
    result = reconcile({
      types,
      local: await store.readRecords(),
      metas: await store.readMetas(),
      remote,
      state,
      clock,
    });
    if (!options.confirmDeletes) {
      // Each guarded kind on its own: the journal emptied counts, however many sources there are.
      for (const [kind, counts] of result.collections) {
        if (tripped(counts.remoteDeletes, counts.total, failsafe)) {
          return { needsConfirmation: { deletes: counts.remoteDeletes, total: counts.total, where: 'remote', kind } };
        }
        if (tripped(counts.localDeletes, counts.totalAtLastSync, failsafe)) {
          return {
            needsConfirmation: { deletes: counts.localDeletes, total: counts.totalAtLastSync, where: 'local', kind },
          };
        }
      }
    }
    for (const device of remote) state.cursors[device.device] = device.cursor;
    state.types = known;
    state.aliases = result.aliases;
    state.keyId = keyId(key);
    if (result.changed.length > 0) {
      const big = result.changed.length > 200 && result.changed.length * 2 > result.records.size;
      state.pending.push({ seq: state.nextSeq, keys: big ? [] : result.changed, snapshot: big });
      state.nextSeq += 1;
    }
    state.clock = clock.current();
    const read = result.read;
    try {
      await store.applyBatch({
        writes: result.writes,
        metas: result.metas,
        dropMetas: result.dropMetas,
        state,
        unchanged: (type, id, values) => sameValue(read.get(recordKey(type, id)), values),
      });
      break;
    } catch (error) {
      if (!(error instanceof StoreConflict) || attempt >= 5) throw error;
    }
  }

  // 3. This device's changes up, then a snapshot when the logs have grown or a file needs repair.
  const uploaded = await uploadPending(client, store, key, state, result.records, ownListing);
  let compacted = false;
  if (repair || wantsSnapshot(state, options.compaction)) {
    await writeSnapshot(client, store, key, state, result.records, ownListing);
    compacted = true;
  }
  state.lastSyncAt = (options.now ?? Date.now)();
  await store.saveState(state);

  return {
    received: result.received,
    applied: result.writes.length,
    uploaded,
    compacted,
    problems: remote.flatMap((d) => (d.problem ? [d.problem] : [])),
    refused: remote.flatMap((d) => d.refused),
    lastSyncAt: state.lastSyncAt,
  };
}
