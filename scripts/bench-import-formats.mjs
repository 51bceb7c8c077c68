#!/usr/bin/env node
// "Bring your network" benchmark: 10,000 rows across four platforms' exports (Mastodon follows,
// YouTube subscriptions, Goodreads with authors, BibTeX with authors) dropped on the network page
// at once in real Chromium: the preview (read, parse in the worker, combine, count by category)
// and the write (one transaction in the background), beside a raw IndexedDB put of as many
// records in the same browser: the floor is the same records the import stored, read back and put
// raw into a fresh store with the same indexes. Prints figures beside the targets (preview < 3 s,
// write within 1.5× that floor); run by `npm run bench`.
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

const COUNT = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const quarter = Math.floor(COUNT / 4);

const files = {
  'following_accounts.csv': () =>
    `Account address,Show boosts,Notify on new posts,Languages\n${Array.from(
      { length: quarter },
      (_, i) => `user${i}@instance${i % 50}.example,true,false,`,
    ).join('\n')}\n`,
  'subscriptions.csv': () =>
    `Channel Id,Channel Url,Channel Title\n${Array.from({ length: quarter }, (_, i) => {
      const id = `UC${String(i).padStart(22, 'x')}`;
      return `${id},http://www.youtube.com/channel/${id},Channel ${i}`;
    }).join('\n')}\n`,
  'goodreads_library_export.csv': () =>
    `Book Id,Title,Author,Author l-f,Additional Authors,ISBN,ISBN13,My Rating,Average Rating,Publisher,Binding,Number of Pages,Year Published,Original Publication Year,Date Read,Date Added,Bookshelves,Bookshelves with positions,Exclusive Shelf\n${Array.from(
      { length: quarter },
      (_, i) =>
        `${i + 1},"Book ${i}",Author ${i % 700},"${i % 700}, Author",,"=""""","=""""",${i % 6},4.1,Press,Paperback,300,2001,2001,,2024/01/01,,,to-read`,
    ).join('\n')}\n`,
  'library.bib': () =>
    Array.from(
      { length: COUNT - 3 * quarter },
      (_, i) =>
        `@article{k${i},\n  author = {Writer${i % 900}, Ada and Coauthor${i % 300}, Bo},\n  title = {Paper {${i}}},\n  journal = {Journal ${i % 20}},\n  year = {2020},\n  doi = {10.1000/bench.${i}}\n}\n`,
    ).join('\n'),
};

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const median = (values) => [...values].sort((x, y) => x - y)[Math.floor((values.length - 1) / 2)];

/** One import of the files into a fresh profile: its times, and the floors measured after it. */
async function importOnce(dir, paths, run) {
  const { context, page } = await openNetworkPage(join(dir, `profile-${run}`));
  try {
    const timed = await timeImport(page, paths);
    const stored = await storedSources(page);
    const exact = await rawPutOfStored(page, 'bench-raw-formats-exact');
    const raw = await rawPutFloor(page, stored, 'person', 'bench-raw-formats');
    return { ...timed, stored, exact, raw };
  } finally {
    await context.close();
  }
}

async function main() {
  const dir = await mkdtemp(join(tmpdir(), 'pln-bench-formats-'));
  try {
    const paths = [];
    for (const [name, make] of Object.entries(files)) {
      const path = join(dir, name);
      await writeFile(path, make());
      paths.push(path);
    }
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await importOnce(dir, paths, run));
    const [first] = runs;
    const of = (key) => median(runs.map((r) => r[key]));
    const each = (values, unit) => values.map((v) => (unit === 's' ? (v / 1000).toFixed(2) : v.toFixed(2))).join(' / ');
    console.log(
      `\nBring your network: ${COUNT.toLocaleString('en')} rows in 4 files at once in Chromium (${first.stored.toLocaleString('en')} sources stored, authors included), median of ${RUNS} imports, each into a fresh profile`,
    );
    console.log(`  ${first.byCategory}`);
    row(
      '  read + parse + combine + preview (files → preview)',
      `${(of('preview') / 1000).toFixed(2)} s`,
      'target < 3 s',
    );
    row('  write (confirm → done, one transaction)', `${(of('write') / 1000).toFixed(2)} s`);
    row(
      '  raw IndexedDB put of the records it stored, same indexes',
      `${(of('exact') / 1000).toFixed(2)} s`,
      'the floor',
    );
    const ratios = runs.map((r) => r.write / r.exact);
    row('  write ÷ floor', `${median(ratios).toFixed(2)}×`, `target ≤ 1.5× (runs: ${each(ratios)})`);
    const small = runs.map((r) => r.write / r.raw);
    row(
      '  raw put of as many small made-up records (short ids)',
      `${(of('raw') / 1000).toFixed(2)} s`,
      'for information',
    );
    row('  write ÷ that', `${median(small).toFixed(2)}×`, `(runs: ${each(small)})`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
