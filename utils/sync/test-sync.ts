import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { createKey, type SyncKey } from './crypto';
import type { SyncDone, SyncResult } from './engine';
import { canonical } from './hash';
import type { RecordTypes } from './records';
import { freshFolder, testDevice, type TestDevice } from './test-devices';
import { startTestServer, type TestServer } from './test-server';

/**
 * Vitest helpers for the engine's tests: one rclone server and one key per test file, a fresh
 * folder and two devices per test, and ways to say "synced", "converged" and "unchanged".
 */

export const PASSPHRASE = 'a long passphrase for tests';

export interface SyncTestContext {
  server: TestServer;
  key: SyncKey;
}

/** Starts the server and makes the key before the file's tests, and stops it after. */
export function withSyncServer(): SyncTestContext {
  const context = {} as SyncTestContext;
  beforeAll(async () => {
    context.server = await startTestServer();
    context.key = (await createKey(PASSPHRASE)).key;
  });
  afterAll(async () => {
    await context.server.close();
  });
  return context;
}

/** Two devices syncing in a folder of their own; `dir` is that folder on the server's disk. */
export async function devicePair(context: SyncTestContext, options: { types?: RecordTypes } = {}) {
  const { server, key } = context;
  const url = await freshFolder(server);
  const a = testDevice('dev-a', { url, server, key, ...options });
  const b = testDevice('dev-b', { url, server, key, start: 1_700_000_000_500, ...options });
  return { url, a, b, dir: join(server.dir, new URL(url).pathname) };
}

export function done(result: SyncResult): SyncDone {
  if (result.needsConfirmation) throw new Error(`The sync asks: ${JSON.stringify(result.needsConfirmation)}`);
  return result;
}

/** Syncs until both devices hold the same collection. */
export async function converge(a: TestDevice, b: TestDevice) {
  done(await a.sync());
  done(await b.sync());
  done(await a.sync());
  expect(canonical(a.store.all('source'))).toBe(canonical(b.store.all('source')));
  expect(canonical(a.store.all('clip'))).toBe(canonical(b.store.all('clip')));
}

/** Everything a device holds, to check that a failed sync changed nothing. */
export async function snapshotOf(device: TestDevice) {
  return canonical({
    records: await device.store.readRecords(),
    metas: await device.store.readMetas(),
    state: await device.store.loadState(),
  });
}

export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
