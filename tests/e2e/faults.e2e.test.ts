import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './browser';
import { writeLargeBackup } from './backup-file';
import { putRecords } from './db';

/**
 * Faults tried on purpose, in Chromium: a full disk in the middle of an import and of a save, the
 * background stopped in the middle of an import, two imports at once, a restore while the side
 * panel is open, a database from a newer version, and whether the data is kept when the disk runs
 * low. Each compares every record before and after: nothing lost, nothing half-written.
 */

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pln-faults-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A bookmarks file of `count` links, numbered from `from`. */
async function bookmarksFile(name: string, from: number, count: number): Promise<string> {
  const items = Array.from(
    { length: count },
    (_, i) =>
      `<DT><A HREF="https://site${(from + i) % 97}.example/p/${from + i}" ADD_DATE="1700000000">Bookmark ${from + i}</A>`,
  );
  const path = join(dir, name);
  await writeFile(path, `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n${items.join('\n')}\n</DL><p>\n`);
  return path;
}

/** Every record of every table, read straight from IndexedDB in one transaction. */
function allRecords(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open('pln-capture');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const names = ['sources', 'trash', 'clips', 'imports'];
          const tx = open.result.transaction(names);
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result as unknown[]);
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error ?? new Error('read failed'));
        };
      }),
  );
}

function countSources(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('pln-capture');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const request = open.result.transaction('sources').objectStore('sources').count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
        };
      }),
  );
}

/** The extension's background as it runs now (it may have been stopped and started again). */
async function currentWorker(browser: ExtensionBrowser): Promise<Worker> {
  const running = browser.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (running) {
    // A stopped worker's handle throws; a running one answers.
    const alive = await running.evaluate(() => true).catch(() => false);
    if (alive) return running;
  }
  return browser.context.waitForEvent('serviceworker', { timeout: 15_000 });
}

/**
 * In the background: from the `after`+1-th write on, IndexedDB refuses each write as a full disk
 * does (a QuotaExceededError). Returns what puts it back.
 */
async function fillTheDisk(worker: Worker, after: number): Promise<() => Promise<void>> {
  await worker.evaluate((n) => {
    type Put = (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) => IDBRequest;
    const proto = IDBObjectStore.prototype as unknown as { put: Put; __put?: Put };
    const put = proto.__put ?? proto.put;
    proto.__put = put;
    let writes = 0;
    proto.put = function (this: IDBObjectStore, ...args) {
      writes += 1;
      if (writes > n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  }, after);
  return () =>
    worker.evaluate(() => {
      const proto = IDBObjectStore.prototype as unknown as { put: unknown; __put?: unknown };
      if (proto.__put) proto.put = proto.__put;
    });
}

/** Chooses a file on the network page and waits for its preview. */
async function preview(options: Page, file: string, count: number) {
  await options.bringToFront();
  await options.getByLabel(/Import a file/).setInputFiles(file);
  const button = options.getByRole('button', { name: `Import ${count}`, exact: true });
  await button.waitFor({ timeout: 60_000 });
  return button;
}

/** The outcome of an import on the page: its status, or its alert, whichever comes. */
async function outcome(options: Page, timeout = 120_000): Promise<string> {
  const said = options.getByRole('alert').or(options.getByRole('status').filter({ hasText: 'Imported:' }));
  await said.first().waitFor({ timeout });
  return (await said.first().textContent()) ?? '';
}

const SEED = [1, 2].map((n) => ({
  id: `seed-${n}`,
  kind: 'article',
  category: 'blogs',
  status: 'to_explore',
  title: `Seed ${n}`,
  url: `https://site${n}.example/p/${n}`,
  aliases: [`https://site${n}.example/p/${n}`],
  creators: [],
  topics: ['mine'],
  feeds: [],
  profiles: [],
  visits: 0,
  note: `My note ${n}`,
  createdAt: 1_000 + n,
  updatedAt: 1_000 + n,
}));

describe('faults in the middle of writes', () => {
  let browser: ExtensionBrowser;
  let options: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    options = await browser.openExtensionPage('options.html');
    await putRecords(options, 'sources', SEED);
  });
  afterAll(async () => {
    await browser?.close({ removeProfile: true });
  });

  it('a full disk in the middle of an import: nothing written, and the page says what to do', async () => {
    const file = await bookmarksFile('two-thousand.html', 0, 2_000);
    const before = await allRecords(options);
    const importButton = await preview(options, file, 2_000);
    // The first batch of 500 goes in, the second fails half-way.
    const restore = await fillTheDisk(await currentWorker(browser), 700);
    try {
      await importButton.click();
      const said = await outcome(options);
      expect(said).toContain("Your browser has no room left for PLN Capture's data");
      expect(said).toContain('Free some disk space');
    } finally {
      await restore();
    }
    expect(await allRecords(options)).toEqual(before);

    // With room again, the same import goes through from the same page.
    await options.getByRole('button', { name: 'Import again' }).click();
    expect(await outcome(options)).toContain('Imported: 1998 new, 2 merged, 0 skipped.');
  });

  it('a full disk when saving an edit: the form says so, and the source is as it was', async () => {
    const panel = await browser.openExtensionPage('sidepanel.html');
    await panel.getByRole('searchbox').fill('Seed 1');
    await panel.getByRole('button', { name: 'Actions for Seed 1', exact: true }).click();
    await panel.getByRole('menuitem', { name: 'Edit Seed 1', exact: true }).click();
    const form = panel.getByRole('form', { name: 'Edit Seed 1' });
    await form.getByRole('textbox', { name: 'Note' }).fill('A note the disk has no room for');
    const before = await allRecords(panel);
    const restore = await fillTheDisk(await currentWorker(browser), 0);
    try {
      await form.getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(() => form.getByRole('alert').textContent()).toContain('no room left');
    } finally {
      await restore();
    }
    expect(await allRecords(panel)).toEqual(before);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await panel.close();
  });

  it('the background stopped in the middle of an import: nothing written, the person told, and it can run again', async () => {
    const file = await bookmarksFile('forty-thousand.html', 100_000, 40_000);
    const before = await allRecords(options);
    const importButton = await preview(options, file, 40_000);
    await importButton.click();
    // Writing has begun (the progress passed half way: the file is in the background) …
    await expect
      .poll(() => options.evaluate(() => document.querySelector('progress')?.value ?? 0), {
        timeout: 60_000,
        interval: 20,
      })
      .toBeGreaterThan(0.5);
    // … when the browser stops the background, as Chrome does with an idle or misbehaving worker.
    const cdp = await browser.context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const said = await outcome(options);
    expect(said).toContain('The import stopped before it finished');
    expect(said).toContain('Nothing was imported');
    expect(await allRecords(options)).toEqual(before);

    await options.getByRole('button', { name: 'Import again' }).click();
    expect(await outcome(options, 180_000)).toContain('Imported: 40000 new, 0 merged, 0 skipped.');
    expect(await countSources(options)).toBe((before.sources?.length ?? 0) + 40_000);
  });

  it('two imports at once from two windows: both whole, each address saved once', async () => {
    const start = await countSources(options);
    const first = await bookmarksFile('first.html', 200_000, 3_000);
    const second = await bookmarksFile('second.html', 201_500, 3_000);
    const other = await browser.openExtensionPage('options.html');
    const one = await preview(options, first, 3_000);
    const two = await preview(other, second, 3_000);
    await Promise.all([one.click(), two.click()]);
    const said = await Promise.all([outcome(options), outcome(other)]);
    const counts = said.map((text) => {
      const match = /Imported: (\d+) new, (\d+) merged, 0 skipped/.exec(text);
      if (!match) throw new Error(`not imported: ${text}`);
      return { created: Number(match[1]), merged: Number(match[2]) };
    });
    // 4,500 addresses in all; the 1,500 both files hold are added by one and merged by the other.
    expect(counts[0]!.created + counts[1]!.created).toBe(4_500);
    expect(counts[0]!.merged + counts[1]!.merged).toBe(1_500);
    expect(await countSources(options)).toBe(start + 4_500);
    await other.close();
  });

  it('a restore while the side panel is open: the panel follows, without an error', async () => {
    const panel = await browser.openExtensionPage('sidepanel.html');
    await panel.getByRole('list', { name: 'Saved sources' }).waitFor({ state: 'attached' });
    const errors: string[] = [];
    panel.on('pageerror', (error) => errors.push(error.message));
    const backup = join(dir, 'small-backup.json');
    await writeLargeBackup(backup, 20, 2_000);
    const importButton = await preview(options, backup, 20);
    await importButton.click();
    expect(await outcome(options)).toContain('Imported: 20 new, 0 merged, 0 skipped.');

    await panel.bringToFront();
    await panel.getByRole('searchbox').fill('Long read 19');
    await expect
      .poll(() => panel.getByRole('list', { name: 'Saved sources' }).locator('.source-title').allTextContents())
      .toEqual(['Long read 19']);
    expect(await panel.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
    await panel.close();
  });
});

describe('a database from a newer version of the extension (a downgrade)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close({ removeProfile: true });
  });

  it('says so on every page, shows nothing as empty, and leaves the data as it was', async () => {
    const seed = await browser.openExtensionPage('options.html');
    await seed.getByRole('heading', { name: 'My network' }).waitFor();
    await putRecords(seed, 'sources', SEED);
    await seed.close();

    // A newer version upgrades the database (from a page of the extension that does not open it).
    const raw = await browser.openExtensionPage('manifest.json');
    const upgraded = await raw.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          // Dexie's version 99 (IndexedDB's 990), above any this code declares.
          const open = indexedDB.open('pln-capture', 990);
          open.onupgradeneeded = () => open.result.createObjectStore('laterTable', { keyPath: 'id' });
          open.onerror = () => reject(open.error ?? new Error('open failed'));
          open.onsuccess = () => {
            const version = open.result.version;
            open.result.close();
            resolve(version);
          };
        }),
    );
    expect(upgraded).toBe(990);
    const before = await allRecords(raw);

    const tabId = await browser.tabIdOf(raw);
    for (const path of ['options.html', 'sidepanel.html', `popup.html?tabId=${tabId}`, 'reader.html?id=seed-1']) {
      const page = await browser.openExtensionPage(path);
      const alert = page.getByRole('alert');
      await expect
        .poll(() => alert.textContent(), { timeout: 15_000 })
        .toContain('last used by a newer version of the extension');
      expect(await alert.textContent()).toContain('Update PLN Capture');
      await page.close();
    }
    // The background refuses too, and says why.
    const panel = await browser.openExtensionPage('sidepanel.html');
    const refused = await panel.evaluate(async () => {
      const { plnPanel } = globalThis as unknown as {
        plnPanel: { sendMessage(this: void, type: string, data: unknown): Promise<unknown> };
      };
      return plnPanel.sendMessage('removeSource', { id: 'seed-1' }).then(
        () => 'removed',
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      );
    });
    expect(refused).toContain('last used by a newer version of the extension');

    const after = await allRecords(raw);
    expect(after).toEqual(before);
    expect(await raw.evaluate(() => indexedDB.databases())).toContainEqual({ name: 'pln-capture', version: 990 });
  });
});

describe('whether the browser keeps the data when the disk runs low', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close({ removeProfile: true });
  });

  const data = (page: Page) => page.getByRole('region', { name: 'Import, export and backup' });

  it('says what the browser granted, beside the backup reminder', async () => {
    const options = await browser.openExtensionPage('options.html');
    const granted = await options.evaluate(() => navigator.storage.persisted());
    await expect
      .poll(() => data(options).textContent())
      .toContain(
        granted
          ? 'Your browser keeps this data even when the disk runs low on space.'
          : 'Your browser may delete this data when the disk runs low on space: keep a recent backup.',
      );
    await options.close();

    // And the other answer, from a browser that answers it.
    await browser.context.addInitScript((answer: boolean) => {
      Object.defineProperty(navigator.storage, 'persisted', { value: () => Promise.resolve(answer) });
      Object.defineProperty(navigator.storage, 'persist', { value: () => Promise.resolve(answer) });
    }, !granted);
    const other = await browser.openExtensionPage('options.html');
    await expect
      .poll(() => data(other).textContent())
      .toContain(
        granted
          ? 'Your browser may delete this data when the disk runs low on space: keep a recent backup.'
          : 'Your browser keeps this data even when the disk runs low on space.',
      );
  });
});
