import { storage } from '@wxt-dev/storage';
import { z } from 'zod';
import { StoredKey } from '../sync/crypto';

/**
 * What the background keeps to sync, in extension storage: the account (the server address, user
 * name and password: the password is needed for syncs in the background, so it is kept in
 * `storage.local`, never logged), the key derived from the passphrase (in `storage.local` when the
 * person chose "remember", else in `storage.session`, gone at the next browser start; the
 * passphrase itself is never stored), and the status the Sync section shows.
 */

export const SyncAccount = z.object({
  url: z.string().max(2_000),
  username: z.string().max(500),
  password: z.string().max(2_000),
  remember: z.boolean(),
  /** This browser profile's id in the sync folder: two browsers on one computer are two devices. */
  deviceId: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
});
export type SyncAccount = z.output<typeof SyncAccount>;

/** A problem to tell, as a `problem_*` message key and what fills it (checked when shown). */
const StatusProblem = z.object({
  code: z.string().max(80),
  subs: z.array(z.string().max(500)).max(5).readonly().optional(),
});

/** The kinds of records the failsafe guards (utils/sync/records.ts: `collection`). */
export const CONFIRM_KINDS = ['source', 'goal', 'journal'] as const;

export const SyncStatus = z.object({
  /**
   * off: not set up; idle: set up, waiting; syncing: a sync is running; error: the last sync
   * failed (`problem`); confirm: the last sync stopped to ask about deletes; paused: the person
   * kept their sources after such a question (only Sync now syncs again); locked: the passphrase
   * is needed again (not remembered, and the browser restarted).
   */
  state: z.enum(['off', 'idle', 'syncing', 'error', 'confirm', 'paused', 'locked']),
  server: z.string().max(2_000).optional(),
  user: z.string().max(500).optional(),
  lastSyncAt: z.number().int().nonnegative().optional(),
  /** When the last run ended, whatever its outcome. */
  triedAt: z.number().int().nonnegative().optional(),
  problem: StatusProblem.optional(),
  /** A problem with another device's files that did not stop this sync. */
  warning: StatusProblem.optional(),
  confirm: z
    .object({
      deletes: z.number().int().nonnegative(),
      total: z.number().int().nonnegative(),
      /** What would be deleted: sources (a status kept by an earlier version says nothing), goals, journal entries. */
      kind: z.enum(CONFIRM_KINDS).optional(),
    })
    .optional(),
});
export type SyncStatus = z.output<typeof SyncStatus>;

const SYNC_OFF: SyncStatus = { state: 'off' };

const accountItem = storage.defineItem<unknown>('local:syncAccount');
const rememberedKeyItem = storage.defineItem<unknown>('local:syncKey');
const sessionKeyItem = storage.defineItem<unknown>('session:syncKey');
const statusItem = storage.defineItem<unknown>('local:syncStatus');

export async function getSyncAccount(): Promise<SyncAccount | undefined> {
  const parsed = SyncAccount.safeParse(await accountItem.getValue());
  return parsed.success ? parsed.data : undefined;
}

export async function setSyncAccount(account: SyncAccount): Promise<void> {
  await accountItem.setValue(SyncAccount.parse(account));
}

/** The key kept for this account: remembered, or kept for this browser session only. */
export async function getStoredKey(): Promise<StoredKey | undefined> {
  for (const item of [rememberedKeyItem, sessionKeyItem]) {
    const parsed = StoredKey.safeParse(await item.getValue());
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

export async function setStoredKey(key: StoredKey, remember: boolean): Promise<void> {
  await (remember ? rememberedKeyItem : sessionKeyItem).setValue(StoredKey.parse(key));
  await (remember ? sessionKeyItem : rememberedKeyItem).removeValue();
}

/** Forgets the key (the folder was set up again): the passphrase is asked for again. */
export async function clearStoredKey(): Promise<void> {
  await Promise.all([rememberedKeyItem.removeValue(), sessionKeyItem.removeValue()]);
}

export async function getSyncStatus(): Promise<SyncStatus> {
  const parsed = SyncStatus.safeParse(await statusItem.getValue());
  return parsed.success ? parsed.data : SYNC_OFF;
}

export async function setSyncStatus(status: SyncStatus): Promise<void> {
  await statusItem.setValue(SyncStatus.parse(status));
}

export function watchSyncStatus(callback: (status: SyncStatus) => void): () => void {
  return statusItem.watch((value) => {
    const parsed = SyncStatus.safeParse(value);
    callback(parsed.success ? parsed.data : SYNC_OFF);
  });
}

/** Forgets the account, the key and the status (Stop syncing). */
export async function clearSyncStorage(): Promise<void> {
  await Promise.all([
    accountItem.removeValue(),
    rememberedKeyItem.removeValue(),
    sessionKeyItem.removeValue(),
    statusItem.setValue(SYNC_OFF),
  ]);
}

/** The match pattern for the server's origin, as host permissions name it (ports are not part of it). */
export function serverOrigin(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}
