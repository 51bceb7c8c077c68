import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Browser tests of sync: the Sync section driven by role and name, and what a test reads back. */

declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

export const PASSPHRASE = 'correct horse battery staple, for tests';
const SYNC_WAIT_MS = 60_000;

export interface Status {
  state: string;
  lastSyncAt?: number;
  triedAt?: number;
  problem?: { code: string };
  warning?: { code: string };
  confirm?: { deletes: number; total: number };
}

export async function syncStatus(page: Page): Promise<Status> {
  const { syncStatus } = await page.evaluate(() => chrome.storage.local.get('syncStatus'));
  return (syncStatus ?? { state: 'off' }) as Status;
}

export async function deviceIdOf(page: Page): Promise<string> {
  const { syncAccount } = await page.evaluate(() => chrome.storage.local.get('syncAccount'));
  return (syncAccount as { deviceId: string }).deviceId;
}

/** Waits until a run that ended after `after` is recorded, and returns its status. */
export async function nextStatus(page: Page, after: number | undefined): Promise<Status> {
  await expect
    .poll(async () => (await syncStatus(page)).triedAt ?? 0, { timeout: SYNC_WAIT_MS, interval: 100 })
    .toBeGreaterThan(after ?? 0);
  return syncStatus(page);
}

export async function setUpSync(
  page: Page,
  options: { url: string; user: string; password: string; passphrase?: string; remember?: boolean },
): Promise<void> {
  await page.getByRole('textbox', { name: 'Server address' }).fill(options.url);
  await page.getByRole('textbox', { name: 'User name' }).fill(options.user);
  await page.getByLabel('Password', { exact: true }).fill(options.password);
  await page.getByLabel('Passphrase', { exact: true }).fill(options.passphrase ?? PASSPHRASE);
  const remember = page.getByRole('checkbox', { name: /Remember the passphrase/ });
  if ((options.remember ?? true) !== (await remember.isChecked())) await remember.click();
  await page.getByRole('button', { name: 'Start syncing' }).click();
}

/** Clicks Sync now and waits for the run it starts to end. */
export async function syncNow(page: Page): Promise<Status> {
  const before = (await syncStatus(page)).triedAt;
  await page.getByRole('button', { name: 'Sync now' }).click();
  return nextStatus(page, before);
}

export async function syncedOk(page: Page): Promise<void> {
  const status = await syncNow(page);
  expect(status).toMatchObject({ state: 'idle' });
  expect(status.warning).toBeUndefined();
}

/** Every file under a folder, with its bytes. */
export async function filesUnder(dir: string): Promise<{ path: string; bytes: Buffer }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const path = join(e.parentPath, e.name);
        return { path, bytes: await readFile(path) };
      }),
  );
}

let made = 0;

/** A stored source as the data layer keeps it. */
export function storedSource(fields: Record<string, unknown> & { id: string; title: string }): Record<string, unknown> {
  made += 1;
  const now = Date.now();
  const url = (fields.url as string | undefined) ?? `https://learning.example/${fields.id}-${made}`;
  return {
    kind: 'article',
    category: 'blogs',
    status: 'to_explore',
    url,
    aliases: [url],
    creators: [],
    topics: [],
    feeds: [],
    profiles: [],
    visits: 0,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}
