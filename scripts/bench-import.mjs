#!/usr/bin/env node
// Import benchmark: 50,000 bookmarks imported through the network page in real Chromium (read,
// preview, write in one transaction), beside a raw IndexedDB bulk put of the same number of
// records in the same browser. Prints figures; run by `npm run bench`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.ts';
import { rawPutFloor, storedSources } from './bench-import-floor.mjs';

const root = join(import.meta.dirname, '..');
const build = join(root, '.output', 'chrome-mv3-e2e');
const COUNT = Number(process.env.BENCH_IMPORT_COUNT ?? 50_000);
const executablePath = findChromium();

function bookmarks(n) {
  const items = [];
  for (let i = 0; i < n; i++) {
    items.push(
      `<DT><A HREF="https://site${i % 997}.example/posts/${i}?utm_source=feed" ADD_DATE="${1_600_000_000 + i}" TAGS="topic${i % 40}">Bookmark number ${i}</A>`,
    );
  }
  return `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<DL><p>\n<DT><H3>Reading</H3>\n<DL><p>\n${items.join('\n')}\n</DL><p>\n</DL><p>\n`;
}

async function main() {
  if (!existsSync(join(build, 'manifest.json'))) throw new Error('No e2e build: run "npx wxt build --mode e2e" first');
  if (!executablePath) throw new Error('No Chromium (apt-get install chromium, or set CHROMIUM_PATH)');
  const dir = await mkdtemp(join(tmpdir(), 'pln-bench-import-'));
  const file = join(dir, 'bookmarks.html');
  await writeFile(file, bookmarks(COUNT));
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath,
    headless: false,
    args: chromiumArgs({ extension: build }),
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);

    const t0 = Date.now();
    await page.getByLabel(/Import a file/).setInputFiles(file);
    const confirm = page.getByRole('button', { name: /^Import \d/ });
    await confirm.waitFor({ timeout: 120_000 });
    const tPreview = Date.now();
    await confirm.click();
    await page.getByText(/^Imported: /).waitFor({ timeout: 300_000 });
    const tDone = Date.now();
    const stored = await storedSources(page);
    const raw = await rawPutFloor(page, COUNT, 'bookmark', 'bench-raw');

    const row = (label, value, note = '') => console.log(`${label.padEnd(52)} ${value.padStart(10)}   ${note}`);
    console.log(
      `\nImport of ${COUNT.toLocaleString('en')} bookmarks in Chromium (${stored.toLocaleString('en')} stored)`,
    );
    row('  read + parse + preview (file chosen → preview)', `${((tPreview - t0) / 1000).toFixed(2)} s`);
    row('  write (confirm → done, one transaction)', `${((tDone - tPreview) / 1000).toFixed(2)} s`);
    row('  total', `${((tDone - t0) / 1000).toFixed(2)} s`);
    row('  raw IndexedDB put of the same records, same indexes', `${(raw / 1000).toFixed(2)} s`, 'the floor');
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
