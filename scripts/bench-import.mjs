#!/usr/bin/env node
// Import benchmark: 50,000 bookmarks imported through the network page in real Chromium (read,
// preview, write in one transaction), beside a raw IndexedDB put of the records it stored, and of
// as many made-up bookmarks, in the same browser. Prints figures; run by `npm run bench`.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  openNetworkPage,
  rawPutFloor,
  rawPutOfStored,
  row,
  storedSources,
  timeImport,
} from './bench-import-common.mjs';

const COUNT = Number(process.env.BENCH_IMPORT_COUNT ?? 50_000);

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
  const dir = await mkdtemp(join(tmpdir(), 'pln-bench-import-'));
  const file = join(dir, 'bookmarks.html');
  await writeFile(file, bookmarks(COUNT));
  const { context, page } = await openNetworkPage(join(dir, 'profile'));
  try {
    const { preview, write } = await timeImport(page, file);
    const stored = await storedSources(page);
    const exact = await rawPutOfStored(page, 'bench-raw-exact');
    const raw = await rawPutFloor(page, COUNT, 'bookmark', 'bench-raw');

    console.log(
      `\nImport of ${COUNT.toLocaleString('en')} bookmarks in Chromium (${stored.toLocaleString('en')} stored)`,
    );
    row('  read + parse + preview (file chosen → preview)', `${(preview / 1000).toFixed(2)} s`);
    row('  write (confirm → done, one transaction)', `${(write / 1000).toFixed(2)} s`);
    row('  total', `${((preview + write) / 1000).toFixed(2)} s`);
    row('  raw IndexedDB put of the records it stored, same indexes', `${(exact / 1000).toFixed(2)} s`, 'the floor');
    row('  write ÷ floor', `${(write / exact).toFixed(2)}×`);
    row('  raw put of as many made-up bookmarks (short ids)', `${(raw / 1000).toFixed(2)} s`, 'for information');
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
