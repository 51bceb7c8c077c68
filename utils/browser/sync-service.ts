import { browser } from 'wxt/browser';
import { clearSyncData, DexieSyncStore, type PlnDatabase } from '../db';
import { errorText, ProblemError, type Problem, type ProblemCode } from '../errors';
import { isMessageKey } from '../i18n';
import { exportSyncKey, importSyncKey, type SyncKey } from '../sync/crypto';
import { syncOnce } from '../sync/engine';
import { KeyChanged, SyncError, WrongPassphrase } from '../sync/errors';
import { openSyncFolder } from '../sync/folder';
import { Hlc } from '../sync/hlc';
import { recordTypes } from '../sync/records';
import { createWebDavClient, serverUrlProblem } from '../sync/webdav';
import {
  clearStoredKey,
  clearSyncStorage,
  CONFIRM_KINDS,
  getStoredKey,
  getSyncAccount,
  getSyncStatus,
  serverOrigin,
  setStoredKey,
  setSyncAccount,
  setSyncStatus,
  type SyncAccount,
  type SyncStatus,
} from './sync-storage';

/**
 * The background's sync: set up, run on demand, after local changes (debounced), at browser
 * start and every 15 minutes, one at a time. Every run goes through one lock (the Web Locks API
 * where the browser has it, and a queue in this context), so two pages asking at once make one
 * sync after the other, never two at once. A run stopped midway (the service worker stopped)
 * resumes at the next: the engine writes nothing half and keeps what is left to upload.
 */

export const SYNC_ALARM = 'pln-capture-sync';
const SYNC_PERIOD_MINUTES = 15;
const LOCK_NAME = 'pln-capture-sync';

export interface SyncSetup {
  url: string;
  username: string;
  password: string;
  passphrase: string;
  remember: boolean;
}

export interface SyncService {
  /** Checks the server and the passphrase, keeps the account and the key, and syncs. */
  start(setup: SyncSetup): Promise<SyncStatus>;
  /** The passphrase again (not remembered, after a browser restart): keeps the key and syncs. */
  unlock(passphrase: string): Promise<SyncStatus>;
  /** One sync; `automatic` ones wait while a question is open or the passphrase is needed. */
  syncNow(options?: { confirmDeletes?: boolean; automatic?: boolean }): Promise<SyncStatus>;
  /** The person kept their sources after the failsafe asked: syncs wait for Sync now. */
  keepMine(): Promise<SyncStatus>;
  /** Forgets the account, the key and the sync's bookkeeping here; the sources stay. */
  stop(): Promise<void>;
  /** A sync soon, after local changes (one for many changes in a row). */
  schedule(): void;
  /** At browser start: the status as it now is, and a sync. */
  browserStarted(): Promise<void>;
  /** Each time the background starts: without a kept key (a browser restart), the status says the passphrase is needed. */
  woke(): Promise<void>;
}

/** A problem as the sync's status keeps it: its values as text. */
type StatusProblem = Problem & { subs?: readonly string[] | undefined };

/** The problem to tell the person for an error of a sync. */
function syncProblem(error: unknown): StatusProblem {
  if (error instanceof SyncError) {
    const code = `problem_sync_${error.code.replaceAll('-', '_')}`;
    if (isMessageKey(code)) return { code: code as ProblemCode };
  }
  if (error instanceof ProblemError) return { code: error.code, subs: error.subs };
  return { code: 'problem_sync_failed', subs: [errorText(error)] };
}

function problemError(problem: StatusProblem): ProblemError {
  return new ProblemError(problem.code, ...(problem.subs ?? []));
}

/** The folder address as the sync uses it: a folder, so it ends with a slash. */
function folderUrl(url: string): string {
  const trimmed = url.trim();
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

function statusBase(account: SyncAccount, previous: SyncStatus): SyncStatus {
  return {
    state: 'idle',
    server: account.url,
    user: account.username,
    ...(previous.lastSyncAt !== undefined ? { lastSyncAt: previous.lastSyncAt } : {}),
  };
}

/** Runs `task` holding the sync lock (the Web Locks API where there is one). */
function withLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  return locks ? (locks.request(LOCK_NAME, task) as unknown as Promise<T>) : task();
}

export function createSyncService(db: PlnDatabase, options: { debounceMs?: number } = {}): SyncService {
  const store = new DexieSyncStore(db);
  const types = recordTypes();
  let chain: Promise<unknown> = Promise.resolve();
  /** A run queued and not started yet: a second request joins it. */
  let waiting: { confirmDeletes: boolean; automatic: boolean; run: Promise<SyncStatus> } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const hasPermission = (url: string) =>
    browser.permissions.contains({ origins: [serverOrigin(url)] }).catch(() => false);

  const clientFor = (account: Pick<SyncAccount, 'url' | 'username' | 'password'>) =>
    createWebDavClient({ url: account.url, username: account.username, password: account.password });

  async function run(confirmDeletes: boolean, automatic: boolean): Promise<SyncStatus> {
    const account = await getSyncAccount();
    const previous = await getSyncStatus();
    if (!account) return previous;
    if (automatic && ['confirm', 'paused', 'locked'].includes(previous.state)) return previous;
    const base = statusBase(account, previous);
    const save = async (outcome: SyncStatus) => {
      const status = { ...outcome, triedAt: Date.now() };
      await setSyncStatus(status);
      return status;
    };
    const stored = await getStoredKey();
    if (!stored) return save({ ...base, state: 'locked' });
    if (!(await hasPermission(account.url))) {
      return save({ ...base, state: 'error', problem: { code: 'problem_sync_no_permission' } });
    }
    await setSyncStatus({ ...base, state: 'syncing' });
    try {
      const result = await syncOnce({
        store,
        client: clientFor(account),
        key: await importSyncKey(stored),
        deviceId: account.deviceId,
        clock: new Hlc(account.deviceId),
        types,
        confirmDeletes,
      });
      if (result.needsConfirmation) {
        const { deletes, total, kind } = result.needsConfirmation;
        const known = CONFIRM_KINDS.find((k) => k === kind) ?? 'source';
        return save({ ...base, state: 'confirm', confirm: { deletes, total, kind: known } });
      }
      const [problem] = result.problems;
      return save({
        ...base,
        state: 'idle',
        lastSyncAt: result.lastSyncAt,
        ...(problem ? { warning: syncProblem(problem.error) } : {}),
      });
    } catch (error) {
      // The folder was set up again with another passphrase: ask for it.
      if (error instanceof KeyChanged || error instanceof WrongPassphrase) {
        await clearStoredKey();
        return save({ ...base, state: 'locked', problem: syncProblem(error) });
      }
      return save({ ...base, state: 'error', problem: syncProblem(error) });
    }
  }

  function syncNow({ confirmDeletes = false, automatic = false } = {}): Promise<SyncStatus> {
    if (waiting && waiting.confirmDeletes === confirmDeletes && (waiting.automatic || !automatic)) {
      // A manual request after an automatic one still waiting: that one runs as manual.
      waiting.automatic = waiting.automatic && automatic;
      return waiting.run;
    }
    const entry = { confirmDeletes, automatic, run: undefined as unknown as Promise<SyncStatus> };
    entry.run = chain
      .catch(() => undefined)
      .then(() => {
        if (waiting === entry) waiting = undefined;
        return withLock(() => run(entry.confirmDeletes, entry.automatic));
      });
    waiting = entry;
    chain = entry.run;
    return entry.run;
  }

  /** The key for this folder from the passphrase; what went wrong as a ProblemError. */
  async function keyFor(account: Pick<SyncAccount, 'url' | 'username' | 'password'>, passphrase: string) {
    try {
      return await openSyncFolder(clientFor(account), passphrase, { extractable: true });
    } catch (error) {
      throw problemError(syncProblem(error));
    }
  }

  async function keep(key: SyncKey, remember: boolean) {
    await setStoredKey(await exportSyncKey(key), remember);
  }

  return {
    async start(setup) {
      const url = folderUrl(setup.url);
      const wrong = serverUrlProblem(url);
      if (wrong) throw new ProblemError(wrong === 'not-https' ? 'problem_sync_not_https' : 'problem_sync_address');
      if (!(await hasPermission(url))) throw new ProblemError('problem_sync_no_permission');
      const login = { url, username: setup.username, password: setup.password };
      const key = await keyFor(login, setup.passphrase);
      const before = await getSyncAccount();
      const same = before && before.url === url && before.username === setup.username;
      // Another server or account: this computer starts as a new device there.
      if (!same) await clearSyncData(db);
      const deviceId = same ? before.deviceId : crypto.randomUUID();
      const account: SyncAccount = { ...login, remember: setup.remember, deviceId };
      await setSyncAccount(account);
      await keep(key, setup.remember);
      await setSyncStatus({ state: 'idle', server: url, user: setup.username });
      await browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
      return syncNow();
    },
    async unlock(passphrase) {
      const account = await getSyncAccount();
      if (!account) return getSyncStatus();
      await keep(await keyFor(account, passphrase), account.remember);
      const status = await getSyncStatus();
      await setSyncStatus({ ...statusBase(account, status), state: 'idle' });
      return syncNow();
    },
    syncNow,
    async keepMine() {
      const account = await getSyncAccount();
      if (!account) return getSyncStatus();
      const status: SyncStatus = { ...statusBase(account, await getSyncStatus()), state: 'paused' };
      await setSyncStatus(status);
      return status;
    },
    async stop() {
      clearTimeout(timer);
      const account = await getSyncAccount();
      await withLock(async () => {
        await browser.alarms.clear(SYNC_ALARM);
        await clearSyncStorage();
        await clearSyncData(db);
      });
      // The host access asked for at Start syncing goes back (a build that holds it keeps it).
      if (account) await browser.permissions.remove({ origins: [serverOrigin(account.url)] }).catch(() => false);
    },
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(() => void syncNow({ automatic: true }).catch(() => undefined), options.debounceMs ?? 3_000);
    },
    async woke() {
      const account = await getSyncAccount();
      if (!account || (await getStoredKey())) return;
      const status = await getSyncStatus();
      if (status.state !== 'locked') await setSyncStatus({ ...statusBase(account, status), state: 'locked' });
    },
    async browserStarted() {
      const account = await getSyncAccount();
      if (!account) return;
      const status = await getSyncStatus();
      // A run the browser stopped is no longer running; without a kept key, ask for the passphrase.
      if (status.state === 'syncing') await setSyncStatus({ ...statusBase(account, status), state: 'idle' });
      await browser.alarms.create(SYNC_ALARM, { periodInMinutes: SYNC_PERIOD_MINUTES });
      await syncNow({ automatic: true });
    },
  };
}
