import { truncate } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../utils/sync/test-server';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { allRecords, deleteRecords, putRecords, record } from './db';
import {
  deviceIdOf,
  filesUnder,
  PASSPHRASE,
  storedSource,
  syncedOk,
  syncNow,
  syncStatus,
  setUpSync,
  nextStatus,
} from './sync-helpers';

/**
 * Two Chromium profiles (two devices) sync through a real WebDAV server: `rclone serve webdav`
 * on 127.0.0.1 with a user and a password, in a fresh folder. Everything is done on the
 * network page's Sync section; records are written and read straight in each profile's
 * database, as the app holds them.
 *
 * Host access: the browser-test build holds http://127.0.0.1/* already (wxt.config.ts), so the
 * permission request made at Start syncing is answered at once, without a prompt (the release
 * build asks for no host access at install: manifest.e2e.test.ts).
 */

let server: TestServer;
let a: ExtensionBrowser;
let b: ExtensionBrowser;
let pageA: Page;
let pageB: Page;

const sources = (page: Page) => allRecords<Record<string, unknown> & { id: string }>(page, 'sources');
const byId = (rows: { id: string }[]) => Object.fromEntries(rows.map((r) => [r.id, r]));
const login = () => ({ url: server.url, user: server.user, password: server.password });

beforeAll(async () => {
  server = await startTestServer({ user: 'ada', password: 'server password' });
  [a, b] = await Promise.all([launchWithExtension(), launchWithExtension()]);
  [pageA, pageB] = await Promise.all([a.openExtensionPage('options.html'), b.openExtensionPage('options.html')]);
});

afterAll(async () => {
  await Promise.all([a?.close({ removeProfile: true }), b?.close({ removeProfile: true })]);
  await server?.close();
});

describe('sync between two Chromium profiles through rclone serve webdav', () => {
  it('says so when the password is wrong, and keeps nothing of that try', async () => {
    await setUpSync(pageA, { ...login(), password: 'not the password' });
    await expect.poll(() => pageA.getByRole('alert').textContent()).toContain('Wrong user name or password');
    expect(await syncStatus(pageA)).toMatchObject({ state: 'off' });
    expect(await pageA.getByRole('button', { name: 'Start syncing' }).count()).toBe(1);
  });

  it('sets up both profiles, and a source saved in A appears in B', async () => {
    await putRecords(pageA, 'sources', [
      storedSource({ id: 'post', title: 'Spaced repetition in practice', note: 'Read twice' }),
      storedSource({ id: 'ada', kind: 'person', category: 'experts', status: 'following', title: 'Grace Hopperlike' }),
    ]);
    await setUpSync(pageA, login());
    await nextStatus(pageA, 0);
    expect(await syncStatus(pageA)).toMatchObject({ state: 'idle' });
    await expect.poll(() => pageA.getByText(/^Last synced/).count()).toBe(1);

    // B does not keep the passphrase: it asks again after a browser restart.
    await setUpSync(pageB, { ...login(), remember: false });
    await nextStatus(pageB, 0);
    expect(await syncStatus(pageB)).toMatchObject({ state: 'idle' });
    expect(byId(await sources(pageB))).toEqual(byId(await sources(pageA)));
  });

  it('keeps a note edited in B and a title edited in A while both were offline', async () => {
    const post = (await record(pageA, 'sources', 'post'))!;
    await putRecords(pageA, 'sources', [{ ...post, title: 'Title from A', updatedAt: Date.now() }]);
    await putRecords(pageB, 'sources', [{ ...post, note: 'Note from B', updatedAt: Date.now() + 1 }]);
    await syncedOk(pageA);
    await syncedOk(pageB);
    await syncedOk(pageA);
    for (const page of [pageA, pageB]) {
      expect(await record(page, 'sources', 'post')).toMatchObject({ title: 'Title from A', note: 'Note from B' });
    }
    expect(byId(await sources(pageB))).toEqual(byId(await sources(pageA)));
  });

  it('keeps a source deleted in A and edited in B afterwards, with the edit', async () => {
    await deleteRecords(pageA, 'sources', ['post']);
    await syncedOk(pageA);
    const post = (await record(pageB, 'sources', 'post'))!;
    await putRecords(pageB, 'sources', [{ ...post, note: 'Still worth it', updatedAt: Date.now() }]);
    await syncedOk(pageB);
    await syncedOk(pageA);
    for (const page of [pageA, pageB]) {
      expect(await record(page, 'sources', 'post')).toMatchObject({ title: 'Title from A', note: 'Still worth it' });
    }
  });

  it('brings a goal and a reflection written on the network page in A to B, A syncing on its own', async () => {
    await pageA.getByRole('textbox', { name: 'New goal' }).fill('Learn to sync goals');
    await pageA.getByRole('button', { name: 'Add goal' }).click();
    await pageA.getByRole('button', { name: 'Reflect now' }).click();
    await pageA.getByRole('textbox', { name: 'Reflection', exact: true }).fill('Goals travel between computers.');
    await pageA.getByRole('button', { name: 'Save reflection' }).click();
    // No Sync now in A: the page's own writes start a sync a few seconds later, which B then finds.
    await expect
      .poll(
        async () => {
          await syncedOk(pageB);
          return [(await allRecords(pageB, 'goals')).length, (await allRecords(pageB, 'journal')).length];
        },
        { timeout: 30_000, interval: 500 },
      )
      .toEqual([1, 1]);
    await pageB.reload();
    const goals = pageB.getByRole('region', { name: 'Goals' });
    await expect.poll(() => goals.getByRole('link', { name: 'Learn to sync goals' }).count()).toBe(1);
    const journal = pageB.getByRole('region', { name: 'Journal' });
    await expect.poll(() => journal.textContent()).toContain('Goals travel between computers.');
  });

  it('leaves no title, URL, note or name readable on the server', async () => {
    const words = [
      'Title from A',
      'Still worth it',
      'Read twice',
      'Grace Hopperlike',
      'learning.example',
      'Spaced',
      'Learn to sync goals',
      'Goals travel',
    ];
    const files = await filesUnder(server.dir);
    expect(files.length).toBeGreaterThan(2);
    for (const { path, bytes } of files) {
      for (const word of words) expect(bytes.includes(word), `${word} in ${path}`).toBe(false);
    }
  });

  it('refuses a file cut short on the server, changes nothing, and converges once repaired', async () => {
    const post = (await record(pageA, 'sources', 'post'))!;
    await putRecords(pageA, 'sources', [{ ...post, note: 'Edited before the file was cut', updatedAt: Date.now() }]);
    await syncedOk(pageA);
    const deviceA = await deviceIdOf(pageA);
    const own = (await filesUnder(join(server.dir, 'pln-capture', 'devices', deviceA))).map((f) => f.path).sort();
    const latest = own.filter((p) => /log-\d+\.bin$/.test(p)).at(-1) ?? own.at(-1)!;
    await truncate(latest, 40);

    const before = await sources(pageB);
    const status = await syncNow(pageB);
    expect(status).toMatchObject({ state: 'idle', warning: { code: 'problem_sync_damaged' } });
    await expect.poll(() => pageB.getByRole('alert').textContent()).toContain('damaged or cut short');
    expect(await sources(pageB)).toEqual(before);

    // A finds its own file cut and writes it anew; then B converges.
    await syncedOk(pageA);
    await syncedOk(pageB);
    expect(await record(pageB, 'sources', 'post')).toMatchObject({ note: 'Edited before the file was cut' });
  });

  it('says the server cannot be reached when it stopped, changes nothing, and converges when it is back', async () => {
    const post = (await record(pageB, 'sources', 'post'))!;
    await putRecords(pageB, 'sources', [{ ...post, note: 'Made while the server was down', updatedAt: Date.now() }]);
    await server.stop();
    const before = await sources(pageB);
    const status = await syncNow(pageB);
    expect(status).toMatchObject({ state: 'error', problem: { code: 'problem_sync_unreachable' } });
    await expect.poll(() => pageB.getByRole('alert').textContent()).toContain('cannot be reached');
    expect(await sources(pageB)).toEqual(before);
    await server.start();
    await syncedOk(pageB);
    await syncedOk(pageA);
    expect(await record(pageA, 'sources', 'post')).toMatchObject({ note: 'Made while the server was down' });
  });

  it('says the passphrase is wrong, changes nothing, and converges with the right one', async () => {
    await pageB.getByRole('button', { name: 'Stop syncing' }).click();
    await expect.poll(() => pageB.getByRole('button', { name: 'Start syncing' }).count()).toBe(1);
    const before = await sources(pageB);
    await setUpSync(pageB, { ...login(), passphrase: 'not the passphrase', remember: false });
    await expect.poll(() => pageB.getByRole('alert').textContent(), { timeout: 30_000 }).toContain('Wrong passphrase');
    expect(await syncStatus(pageB)).toMatchObject({ state: 'off' });
    expect(await sources(pageB)).toEqual(before);

    await setUpSync(pageB, { ...login(), remember: false });
    await nextStatus(pageB, 0);
    expect(await syncStatus(pageB)).toMatchObject({ state: 'idle' });
    await syncedOk(pageA);
    expect(byId(await sources(pageB))).toEqual(byId(await sources(pageA)));
  });

  it('stops and asks before a sync that would delete 60% of the collection', async () => {
    await putRecords(
      pageA,
      'sources',
      Array.from({ length: 8 }, (_, i) => storedSource({ id: `bulk-${i}`, title: `Bulk source ${i}` })),
    );
    await syncedOk(pageA);
    await syncedOk(pageB);
    const all = await sources(pageA);
    const gone = all.slice(0, Math.ceil(all.length * 0.6));
    // A moves 60% to the trash (as the side panel's bulk remove does).
    const now = Date.now();
    await putRecords(
      pageA,
      'trash',
      gone.map((source) => ({ id: source.id, deletedAt: now, source })),
    );
    await deleteRecords(
      pageA,
      'sources',
      gone.map((s) => s.id),
    );
    await syncedOk(pageA);

    const before = await sources(pageB);
    const asked = await syncNow(pageB);
    expect(asked).toMatchObject({ state: 'confirm', confirm: { deletes: gone.length, total: all.length } });
    const question = pageB.getByRole('alertdialog');
    await expect
      .poll(() => question.textContent())
      .toContain(`This sync would delete ${gone.length} of ${all.length} sources`);
    expect(await sources(pageB)).toEqual(before);

    await question.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(async () => (await syncStatus(pageB)).state).toBe('paused');
    expect(await sources(pageB)).toEqual(before);

    // Sync now asks again; this time the deletes go through.
    expect(await syncNow(pageB)).toMatchObject({ state: 'confirm' });
    const beforeDelete = (await syncStatus(pageB)).triedAt;
    await pageB.getByRole('alertdialog').getByRole('button', { name: 'Delete them' }).click();
    expect(await nextStatus(pageB, beforeDelete)).toMatchObject({ state: 'idle' });
    expect((await sources(pageB)).length).toBe(all.length - gone.length);
    expect((await allRecords(pageB, 'trash')).length).toBe(gone.length);
  });

  it('asks for the passphrase again after a restart when it was not remembered', async () => {
    const dir = b.userDataDir;
    await b.close();
    b = await launchWithExtension(dir);
    pageB = await b.openExtensionPage('options.html');
    await expect.poll(async () => (await syncStatus(pageB)).state, { timeout: 30_000 }).toBe('locked');
    await pageB.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    const before = (await syncStatus(pageB)).triedAt;
    await pageB.getByRole('button', { name: 'Go on syncing' }).click();
    expect(await nextStatus(pageB, before)).toMatchObject({ state: 'idle' });
  });
});
