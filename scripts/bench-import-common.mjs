// What the import benchmarks (bench-import.mjs, bench-import-formats.mjs) share: Chromium with the
// e2e build and its network page, one timed import through that page, and what an import is
// measured against: how many sources the extension stored, and the floors (the records it stored,
// or as many made-up ones, put with raw IndexedDB in one transaction into a store with the
// extension's `sources` indexes).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.ts';

const build = join(import.meta.dirname, '..', '.output', 'chrome-mv3-e2e');

/** Chromium with the e2e build on the profile `profileDir`, its network page open. */
export async function openNetworkPage(profileDir) {
  const executablePath = findChromium();
  if (!existsSync(join(build, 'manifest.json'))) throw new Error('No e2e build: run "npx wxt build --mode e2e" first');
  if (!executablePath) throw new Error('No Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath,
    headless: false,
    args: chromiumArgs({ extension: build }),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  await page.goto(`chrome-extension://${new URL(worker.url()).host}/options.html`);
  return { context, page };
}

/**
 * Imports `paths` (chosen at once) on the network page as a person does: the preview, then the
 * confirmation. Milliseconds from the files chosen to the preview, and from the confirmation to
 * "Imported", with the preview's counts by category.
 */
export async function timeImport(page, paths) {
  const t0 = Date.now();
  await page.getByLabel(/Import a file/).setInputFiles(paths);
  const confirm = page.getByRole('button', { name: /^Import \d/ });
  await confirm.waitFor({ timeout: 120_000 });
  const tPreview = Date.now();
  const byCategory = await page.getByLabel('New in your network, by category').textContent();
  await confirm.click();
  await page.getByText(/^Imported: /).waitFor({ timeout: 300_000 });
  return { preview: tPreview - t0, write: Date.now() - tPreview, byCategory };
}

/** A figure's line: label, value, note. */
export const row = (label, value, note = '') => console.log(`${label.padEnd(58)} ${value.padStart(10)}   ${note}`);

/** How many sources the extension's database holds, read in the page. */
export function storedSources(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('pln-capture');
        open.onsuccess = () => {
          const req = open.result.transaction('sources').objectStore('sources').count();
          req.onsuccess = () => resolve(req.result);
        };
      }),
  );
}

/**
 * Milliseconds to put `count` records with raw IndexedDB, in the page, into a fresh database
 * `name`: bookmarks (`'bookmark'`) or followed people who made one another's work (`'person'`).
 */
export function rawPutFloor(page, count, shape, name) {
  return page.evaluate(
    async ({ n, shape, name }) => {
      const db = await new Promise((resolve) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('sources', { keyPath: 'id' });
          store.createIndex('url', 'url', { unique: true });
          for (const key of [
            'kind',
            'category',
            'status',
            'createdAt',
            'updatedAt',
            'provenance.pageUrl',
            'lastVisitedAt',
          ])
            store.createIndex(key, key);
          for (const key of ['topics', 'creators', 'aliases']) store.createIndex(key, key, { multiEntry: true });
        };
        open.onsuccess = () => resolve(open.result);
      });
      const record = (i) => {
        const common = { id: `r${i}`, feeds: [], profiles: [], visits: 0, createdAt: i, updatedAt: i };
        if (shape === 'person') {
          const url = `https://instance${i % 50}.example/@user${i}`;
          const title = `@user${i}@instance${i % 50}.example`;
          const creators = i % 2 ? [`r${i - 1}`] : [];
          return {
            ...common,
            kind: 'person',
            category: 'experts',
            title,
            url,
            aliases: [url],
            topics: [],
            creators,
            status: 'following',
          };
        }
        const url = `https://site${i % 997}.example/posts/${i}`;
        const topics = [`topic${i % 40}`];
        return {
          ...common,
          kind: 'article',
          category: 'blogs',
          title: `Bookmark number ${i}`,
          url,
          aliases: [url],
          topics,
          creators: [],
          status: 'to_explore',
        };
      };
      const start = performance.now();
      await new Promise((resolve) => {
        const tx = db.transaction('sources', 'readwrite');
        const store = tx.objectStore('sources');
        for (let i = 0; i < n; i++) store.put(record(i));
        tx.oncomplete = resolve;
      });
      return performance.now() - start;
    },
    { n: count, shape, name },
  );
}

/**
 * Milliseconds to put, with raw IndexedDB in one transaction, exactly the sources the extension
 * stored (read back from its database: the same records, ids and sizes) into a fresh database
 * `name` whose `sources` store has the extension's indexes, copied from its database. The floor
 * for writing these records: what IndexedDB itself costs, without any of our code.
 */
export function rawPutOfStored(page, name) {
  return page.evaluate(async (name) => {
    const open = (dbName, version, upgrade) =>
      new Promise((resolve, reject) => {
        const request = version === undefined ? indexedDB.open(dbName) : indexedDB.open(dbName, version);
        if (upgrade) request.onupgradeneeded = () => upgrade(request.result);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const app = await open('pln-capture');
    const source = app.transaction('sources').objectStore('sources');
    const indexes = [...source.indexNames].map((n) => {
      const index = source.index(n);
      return { name: n, keyPath: index.keyPath, unique: index.unique, multiEntry: index.multiEntry };
    });
    const keyPath = source.keyPath;
    const records = await new Promise((resolve) => {
      const request = source.getAll();
      request.onsuccess = () => resolve(request.result);
    });
    app.close();
    const db = await open(name, 1, (created) => {
      const store = created.createObjectStore('sources', { keyPath });
      for (const i of indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
    });
    const start = performance.now();
    await new Promise((resolve) => {
      const tx = db.transaction('sources', 'readwrite');
      const store = tx.objectStore('sources');
      for (const record of records) store.put(record);
      tx.oncomplete = resolve;
    });
    const ms = performance.now() - start;
    db.close();
    return ms;
  }, name);
}
