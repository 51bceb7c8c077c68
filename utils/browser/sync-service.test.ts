import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshDatabase } from '../db/test-db';
import { ProblemError } from '../errors';
import { testSource } from '../model/test-source';
import { freshFolder } from '../sync/test-devices';
import { PASSPHRASE, withSyncServer } from '../sync/test-sync';
import { createSyncService, SYNC_ALARM } from './sync-service';
import { clearStoredKey, getSyncAccount, getSyncStatus, watchSyncStatus, type SyncStatus } from './sync-storage';
import { stand } from './test-browser';

/** The background's sync service, with WXT's fakeBrowser and a real rclone WebDAV server. */
const context = withSyncServer();

function granted(answer = true) {
  stand(fakeBrowser.permissions, 'contains', () => Promise.resolve(answer));
  stand(fakeBrowser.permissions, 'remove', () => Promise.resolve(true));
}

/** Every status written from now on. */
function statuses(): SyncStatus[] {
  const seen: SyncStatus[] = [];
  watchSyncStatus((status) => seen.push(status));
  return seen;
}

async function setUp(options: { remember?: boolean; debounceMs?: number } = {}) {
  granted();
  const db = freshDatabase();
  const service = createSyncService(db, { debounceMs: options.debounceMs ?? 20 });
  const url = await freshFolder(context.server);
  const setup = {
    url,
    username: context.server.user,
    password: context.server.password,
    passphrase: PASSPHRASE,
    remember: options.remember ?? true,
  };
  return { db, service, setup };
}

describe('the sync service', () => {
  it('sets up, syncs, schedules the 15-minute alarm, and keeps no passphrase', async () => {
    const { service, setup } = await setUp();
    const status = await service.start(setup);
    expect(status).toMatchObject({ state: 'idle', server: setup.url, user: setup.username });
    expect(status.lastSyncAt).toBeGreaterThan(0);
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 15 });
    const kept = JSON.stringify([await fakeBrowser.storage.local.get(), await fakeBrowser.storage.session.get()]);
    expect(kept).not.toContain(PASSPHRASE);
  });

  it('refuses a wrong password at setup and keeps nothing', async () => {
    const { service, setup } = await setUp();
    const error = await service.start({ ...setup, password: 'wrong' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProblemError);
    expect((error as ProblemError).code).toBe('problem_sync_unauthorized');
    expect(await getSyncAccount()).toBeUndefined();
    expect((await getSyncStatus()).state).toBe('off');
  });

  it('refuses an http address that is not on this computer, before asking the server', async () => {
    const { service, setup } = await setUp();
    await expect(service.start({ ...setup, url: 'http://cloud.example/dav/' })).rejects.toMatchObject({
      code: 'problem_sync_not_https',
    });
  });

  it('makes one sync of many local changes in a row', async () => {
    const { db, service, setup } = await setUp({ debounceMs: 50 });
    const first = await service.start(setup);
    const seen = statuses();
    for (let i = 0; i < 5; i++) {
      await db.sources.put(testSource({ id: `s${i}`, url: `https://x.example/${i}`, updatedAt: Date.now() }));
      service.schedule();
    }
    await vi.waitFor(async () => expect((await getSyncStatus()).triedAt).toBeGreaterThan(first.triedAt ?? 0), {
      timeout: 20_000,
    });
    expect(seen.filter((s) => s.state === 'syncing')).toHaveLength(1);
  });

  it('makes one run of syncs asked for at once, and runs one asked for during a run after it', async () => {
    const { service, setup } = await setUp();
    await service.start(setup);
    const seen = statuses();
    const together = await Promise.all([service.syncNow(), service.syncNow(), service.syncNow()]);
    expect(together.map((r) => r.state)).toEqual(['idle', 'idle', 'idle']);
    expect(seen.map((s) => s.state)).toEqual(['syncing', 'idle']);

    seen.length = 0;
    const first = service.syncNow();
    await vi.waitFor(() => expect(seen.map((s) => s.state)).toContain('syncing'));
    const during = [service.syncNow(), service.syncNow()];
    await Promise.all([first, ...during]);
    // Never two at once: the asks made during the first run are one run after it.
    expect(seen.map((s) => s.state)).toEqual(['syncing', 'idle', 'syncing', 'idle']);
  });

  it('says when the server cannot be reached, and syncs again when it answers', async () => {
    const { service, setup } = await setUp();
    await service.start(setup);
    await context.server.stop();
    try {
      expect(await service.syncNow()).toMatchObject({ state: 'error', problem: { code: 'problem_sync_unreachable' } });
    } finally {
      await context.server.start();
    }
    expect(await service.syncNow()).toMatchObject({ state: 'idle' });
  });

  it('asks for the passphrase when the key is gone, and waits with automatic syncs until then', async () => {
    const { service, setup } = await setUp({ remember: false });
    await service.start(setup);
    await clearStoredKey();
    await service.woke();
    expect((await getSyncStatus()).state).toBe('locked');
    expect(await service.syncNow({ automatic: true })).toMatchObject({ state: 'locked' });
    await expect(service.unlock('wrong passphrase')).rejects.toMatchObject({ code: 'problem_sync_wrong_passphrase' });
    expect(await service.unlock(PASSPHRASE)).toMatchObject({ state: 'idle' });
  });

  it('says when host access to the server is gone', async () => {
    const { service, setup } = await setUp();
    await service.start(setup);
    granted(false);
    expect(await service.syncNow()).toMatchObject({ state: 'error', problem: { code: 'problem_sync_no_permission' } });
  });

  it('forgets the account, the key and its bookkeeping at Stop syncing; the sources stay', async () => {
    const { db, service, setup } = await setUp();
    await db.sources.put(testSource({ id: 'kept', url: 'https://x.example/kept' }));
    await service.start(setup);
    expect(await db.syncMeta.count()).toBeGreaterThan(0);
    await service.stop();
    expect(await getSyncAccount()).toBeUndefined();
    expect((await getSyncStatus()).state).toBe('off');
    expect(await db.syncMeta.count()).toBe(0);
    expect(await db.syncState.count()).toBe(0);
    expect(await db.sources.count()).toBe(1);
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toBeUndefined();
  });
});
