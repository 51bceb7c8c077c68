import type { Page as FirefoxPage } from 'puppeteer-core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../utils/sync/test-server';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { putRecords, record } from './db';
import { describeInFirefox, launchFirefoxWithExtension, WAIT_MS, type FirefoxWithExtension } from './firefox';
import { click, fill, role, textsOf } from './firefox-page';
import { PASSPHRASE, setUpSync, storedSource, syncedOk, nextStatus, type Status } from './sync-helpers';

/**
 * Firefox (MV2, a background page) and Chromium (MV3, a service worker) sync through one real
 * WebDAV server: a source saved in Chromium appears in Firefox, and edits made in each, while
 * both were offline, both survive. Firefox is driven with the polling helpers of
 * firefox-page.ts (the extension pages' CSP blocks Puppeteer's own waits on ESR 140).
 */

const poll = { timeout: 60_000, interval: 100 };

let server: TestServer;
let chromium: ExtensionBrowser;
let firefox: FirefoxWithExtension;
let pageC: Page;
let pageF: FirefoxPage;

/** Firefox's extension storage and database, read from its network page. */
const firefoxStatus = (page: FirefoxPage) =>
  page.evaluate(async () => {
    const api = (
      globalThis as unknown as { browser: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }
    ).browser;
    return ((await api.storage.local.get('syncStatus')).syncStatus ?? { state: 'off' }) as Status;
  });

const firefoxSource = (page: FirefoxPage, id: string) =>
  page.evaluate(
    (key) =>
      new Promise<Record<string, unknown> | undefined>((resolve, reject) => {
        const open = indexedDB.open('pln-capture');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          const get = open.result.transaction('sources').objectStore('sources').get(key);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result as Record<string, unknown> | undefined);
          };
          get.onerror = () => reject(get.error ?? new Error('IndexedDB request failed'));
        };
      }),
    id,
  );

const firefoxPut = (page: FirefoxPage, row: Record<string, unknown>) =>
  page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('pln-capture');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        open.onsuccess = () => {
          // Stamped as the extension's own writes are (utils/db/summaries.ts).
          const tx = open.result.transaction(['sources', 'summaries'], 'readwrite');
          tx.objectStore('summaries').put({ key: 'sources-stamp', stamp: crypto.randomUUID() });
          tx.objectStore('sources').put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
        };
      }),
    row,
  );

/** Clicks Sync now in Firefox and waits for the run to end. */
async function firefoxSyncNow(page: FirefoxPage): Promise<Status> {
  const before = (await firefoxStatus(page)).triedAt ?? 0;
  await click(page, role('button', 'Sync now'));
  await expect.poll(async () => (await firefoxStatus(page)).triedAt ?? 0, poll).toBeGreaterThan(before);
  return firefoxStatus(page);
}

describeInFirefox('sync between Firefox and Chromium', () => {
  beforeAll(async () => {
    server = await startTestServer();
    chromium = await launchWithExtension();
    firefox = await launchFirefoxWithExtension();
    pageC = await chromium.openExtensionPage('options.html');
    pageF = await firefox.openExtensionPage('options.html');
  });

  afterAll(async () => {
    await firefox?.close();
    await chromium?.close({ removeProfile: true });
    await server?.close();
  });

  it('brings a source saved in Chromium to Firefox', async () => {
    await putRecords(pageC, 'sources', [storedSource({ id: 'shared', title: 'Retrieval practice' })]);
    await setUpSync(pageC, { url: server.url, user: server.user, password: server.password });
    expect(await nextStatus(pageC, 0)).toMatchObject({ state: 'idle' });

    await fill(pageF, role('textbox', 'Server address'), server.url);
    await fill(pageF, role('textbox', 'User name'), server.user);
    // Password fields have no ARIA role to find them by: by the id their visible label names.
    await fill(pageF, '#sync-password', server.password);
    await fill(pageF, '#sync-passphrase', PASSPHRASE);
    await click(pageF, role('button', 'Start syncing'));
    await expect.poll(async () => (await firefoxStatus(pageF)).state, poll).toBe('idle');
    await expect
      .poll(async () => (await textsOf(pageF, role('status'))).some((text) => text.startsWith('Last synced')), {
        timeout: WAIT_MS,
      })
      .toBe(true);
    expect(await firefoxSource(pageF, 'shared')).toEqual(await record(pageC, 'sources', 'shared'));
  });

  it('keeps a note edited in Firefox and a title edited in Chromium while both were offline', async () => {
    const shared = (await record(pageC, 'sources', 'shared'))!;
    await putRecords(pageC, 'sources', [{ ...shared, title: 'Title from Chromium', updatedAt: Date.now() }]);
    await firefoxPut(pageF, { ...shared, note: 'Note from Firefox', updatedAt: Date.now() + 1 });
    await syncedOk(pageC);
    expect(await firefoxSyncNow(pageF)).toMatchObject({ state: 'idle' });
    await syncedOk(pageC);
    const both = { title: 'Title from Chromium', note: 'Note from Firefox' };
    expect(await record(pageC, 'sources', 'shared')).toMatchObject(both);
    expect(await firefoxSource(pageF, 'shared')).toMatchObject(both);
  });
});
