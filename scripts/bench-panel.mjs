#!/usr/bin/env node
// The side panel on large collections, measured in Debian's Chromium with the e2e build loaded
// (`wxt build --mode e2e` first): figures printed beside their targets, never asserted (a busy
// machine makes timings noisy).
//
// For each size (10,000 and 100,000 sources; BENCH_SIZES=10000,100000 to change), on a fresh
// profile: a made-up collection (tests/e2e/fake-collection.ts: people, their articles, videos...
// with topics, notes, ratings, visits, and kept text for one source in 50) is written straight
// into the extension's IndexedDB from an extension page, then the side panel is opened:
// - first render: from navigation start to the first rows of the list in the page (a
//   performance mark set by the list), on the first open (no saved index) and the next;
// - loading every source, and the search index: built from scratch the first time, read from
//   its saved form and brought up to date the next (after 1,000 sources changed meanwhile);
// - search as you type: a keystroke's input event to the list rendered and laid out, for every
//   prefix of a few queries (p50, p95, max);
// - DOM nodes inside the list, at most, while searching and scrolling;
// - bulk edit of 1,000 sources: the message to the background, its one transaction, and the
//   panel showing the change; then the same for undo, bulk delete and restore;
// - reopening after 1,000 sources changed while the panel was closed: only they are re-indexed.
// Keystroke times are given for every keystroke of three passes, and as the best of the three
// per keystroke (what the code costs when nothing else runs on the machine).
// Needs Node 22.18+ (it imports a TypeScript file): `npx node scripts/bench-panel.mjs`.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.ts';
import { writeFakeCollection } from '../tests/e2e/fake-collection.ts';

const root = join(import.meta.dirname, '..');
const build = join(root, '.output', 'chrome-mv3-e2e');
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const chromiumPath = findChromium();

const PASSES = 3;
const QUERIES = ['learning', 'memory guide', 'ada lovelace', 'kalomi', 'practice notes code', 'zzzz'];

function quantile(sorted, q) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))];
}
const ms = (n) => (Number.isFinite(n) ? `${n.toFixed(n < 100 ? 1 : 0)} ms` : 'n/a');
const row = (label, value, target) =>
  console.log(`${label.padEnd(52)} ${String(value).padStart(12)}   ${target ? `target ${target}` : ''}`);

async function launch() {
  const dir = await mkdtemp(join(tmpdir(), 'pln-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath,
    headless: false,
    viewport: { width: 420, height: 900 },
    args: chromiumArgs({ extension: build }),
  });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker'));
  const base = `chrome-extension://${new URL(worker.url()).host}/`;
  return {
    context,
    base,
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Opens the side panel in a tab in front, and waits until every source is loaded and indexed. */
async function openPanel(context, base) {
  const page = await context.newPage();
  await page.goto(`${base}sidepanel.html`);
  await page.bringToFront();
  await page.waitForFunction(() => performance.getEntriesByName('pln:first-rows').length > 0, null, {
    timeout: 120_000,
  });
  await page.evaluate(() => globalThis.plnPanel.collection.whenIndexed());
  const marks = await page.evaluate(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const { collection } = globalThis.plnPanel;
    return {
      firstRows: at('pln:first-rows'),
      firstRead: at('pln:first-page-read'),
      scriptStart: performance
        .getEntriesByType('resource')
        .find((r) => r.name.includes('/chunks/') || r.name.endsWith('.js'))?.responseEnd,
      paint,
      loaded: at('pln:collection-loaded'),
      indexed: at('pln:index-ready'),
      stats: { ...collection.stats },
      total: collection.status.total,
      size: collection.size,
      error: collection.status.error ? String(collection.status.error) : undefined,
      heap: performance.memory?.usedJSHeapSize,
    };
  });
  return { page, marks };
}

/** Saves the index now (the panel does it two seconds after the last change). */
const saveIndex = (page) => page.evaluate(() => globalThis.plnPanel.collection.save());

function countListNodes(page) {
  return page.evaluate(() => {
    const root = document.querySelector('ul[aria-label="Saved sources"]');
    if (!root) return 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
    let count = 1;
    while (walker.nextNode()) count++;
    return count;
  });
}

/** Types each query a character at a time; returns each keystroke's time to a laid-out list. */
function typeQueries(page, queries) {
  return page.evaluate(async (words) => {
    const input = document.getElementById('search');
    const list = document.querySelector('ul[aria-label="Saved sources"]');
    // Preact renders on a microtask: a message posted now runs after it.
    const flush = () =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(0);
      });
    const times = [];
    let maxNodes = 0;
    const nodes = () => {
      const walker = document.createTreeWalker(list, NodeFilter.SHOW_ALL);
      let count = 1;
      while (walker.nextNode()) count++;
      return count;
    };
    const type = async (value) => {
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await flush();
      void list.getBoundingClientRect().height;
      void document.body.offsetHeight;
      const elapsed = performance.now() - t0;
      maxNodes = Math.max(maxNodes, nodes());
      await new Promise((resolve) => setTimeout(resolve, 30));
      return elapsed;
    };
    for (const word of words) {
      for (let i = 1; i <= word.length; i++) times.push(await type(word.slice(0, i)));
      await type('');
    }
    return { times, maxNodes };
  }, queries);
}

async function scrollNodes(page) {
  let max = 0;
  for (const at of [0, 0.25, 0.5, 0.75, 1, 0]) {
    await page.evaluate((f) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * f), at);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    max = Math.max(max, await countListNodes(page));
  }
  return max;
}

/**
 * Sends a bulk message as the panel does; times it, then until the panel shows the change:
 * `shown` is the source of a function of the collection, true once it does.
 */
function bulk(page, type, data, shown) {
  // A script, not a function: the predicate is written into it (extension pages allow no eval).
  return page.evaluate(`(async () => {
    const { collection, sendMessage } = globalThis.plnPanel;
    const shown = ${shown};
    const t0 = performance.now();
    const result = await sendMessage(${JSON.stringify(type)}, ${JSON.stringify(data)});
    const answered = performance.now() - t0;
    while (!shown(collection)) await new Promise((resolve) => setTimeout(resolve, 2));
    return { answered, visible: performance.now() - t0, result };
  })()`);
}

async function benchSize(size) {
  console.log(`\n${size.toLocaleString('en')} sources`);
  const browser = await launch();
  try {
    const setup = await browser.context.newPage();
    await setup.goto(`${browser.base}sidepanel.html`);
    await setup.waitForFunction(() => globalThis.plnPanel?.collection.status.loaded === true);
    const written = await writeFakeCollection(setup, { count: size, clipEvery: 50 });
    await setup.close();
    row('  made up and written (people, clips)', `${written.people}, ${written.clips}`);

    // First open: no saved index.
    const cold = await openPanel(browser.context, browser.base);
    row('  first render, first open', ms(cold.marks.firstRows), '< 200 ms');
    row('  every source loaded', ms(cold.marks.loaded));
    row('  search index built from scratch (ready at)', ms(cold.marks.indexed));
    row('    in memory / indexed', `${cold.marks.size} / ${cold.marks.stats.indexed}`);
    if (cold.marks.error) row('    error', cold.marks.error);
    const saveStart = Date.now();
    await saveIndex(cold.page);
    row('  index compacted and saved', ms(Date.now() - saveStart));
    if (cold.marks.heap) row('  JS heap after load and index', `${(cold.marks.heap / 1048576).toFixed(0)} MB`);
    await cold.page.close();

    // Next open: the saved index, brought up to date.
    const warm = await openPanel(browser.context, browser.base);
    row('  first render, next open', ms(warm.marks.firstRows), '< 200 ms');
    row('    newest sources read at', ms(warm.marks.firstRead));
    row('  first contentful paint, next open', ms(warm.marks.paint));
    row('  every source loaded', ms(warm.marks.loaded));
    row('  search index ready (saved one, checked)', ms(warm.marks.indexed));
    row('    from the saved index / re-indexed', `${warm.marks.stats.fromCache} / ${warm.marks.stats.indexed}`);

    const { page } = warm;
    const ids = await page.evaluate(() =>
      globalThis.plnPanel.collection
        .sorted('newest')
        .slice(0, 1000)
        .map((e) => e.source.id),
    );
    // Three passes over the same keystrokes: every one, and the best of three per keystroke
    // (what the code costs when the machine is not busy with something else).
    const passes = [];
    for (let pass = 0; pass < PASSES; pass++) passes.push(await typeQueries(page, QUERIES));
    const all = passes.flatMap((p) => p.times).sort((a, b) => a - b);
    const best = passes[0].times.map((_, i) => Math.min(...passes.map((p) => p.times[i]))).sort((a, b) => a - b);
    const target = size >= 100_000 ? '< 50 ms' : '< 16 ms';
    row(`  search keystroke → results (${best.length} keystrokes ×${PASSES}): p50`, ms(quantile(all, 0.5)));
    row('  search keystroke → results: p95', ms(quantile(all, 0.95)), target);
    row('  search keystroke → results: max', ms(all.at(-1)));
    row('  best of 3 per keystroke: p50', ms(quantile(best, 0.5)));
    row('  best of 3 per keystroke: p95', ms(quantile(best, 0.95)), target);
    const typing = { maxNodes: Math.max(...passes.map((p) => p.maxNodes)) };
    const scrolled = await scrollNodes(page);
    row('  DOM nodes in the list, at most (search, scroll)', Math.max(typing.maxNodes, scrolled), '≈ 1,400');

    const last = JSON.stringify(ids.at(-1));
    const added = await bulk(
      page,
      'bulkUpdate',
      { ids, change: { addTopics: ['bench topic'] } },
      `(c) => c.get(${last})?.topics.includes('bench topic')`,
    );
    row(`  bulk edit of ${ids.length.toLocaleString('en')} (add a topic): answered`, ms(added.answered), '< 1 s');
    row('    … and shown in the panel', ms(added.visible));
    const previous = await page.evaluate(async (ids) => {
      // What the undo needs comes with the answer; ask again to have it here.
      const { sendMessage } = globalThis.plnPanel;
      const result = await sendMessage('bulkUpdate', { ids, change: { status: 'archived' } });
      return result.previous;
    }, ids);
    const reverted = await bulk(page, 'bulkRevert', { previous }, `(c) => c.get(${last})?.status !== 'archived'`);
    row(`  undo of a bulk edit (${previous.length.toLocaleString('en')}): answered`, ms(reverted.answered), '< 1 s');
    const removed = await bulk(page, 'bulkRemove', { ids }, `(c) => c.get(${last}) === undefined`);
    row(`  bulk delete of ${ids.length.toLocaleString('en')}: answered`, ms(removed.answered), '< 1 s');
    row('    … and shown in the panel', ms(removed.visible));
    const restored = await bulk(page, 'bulkRestore', { ids }, `(c) => c.get(${last}) !== undefined`);
    row(`  undo of the delete (${ids.length.toLocaleString('en')}): answered`, ms(restored.answered), '< 1 s');
    row('    … and shown in the panel', ms(restored.visible));
    await page.evaluate(() => globalThis.plnPanel.collection.whenIndexed());
    await saveIndex(page);
    await page.close();

    // 1,000 sources change while the panel is closed (written straight into the database from
    // another extension page); the next open re-indexes only them.
    const editor = await browser.context.newPage();
    await editor.goto(`${browser.base}options.html`);
    await editor.evaluate(
      (ids) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('pln-capture');
          open.onsuccess = () => {
            const tx = open.result.transaction('sources', 'readwrite');
            const store = tx.objectStore('sources');
            for (const id of ids) {
              const get = store.get(id);
              get.onsuccess = () =>
                store.put({ ...get.result, note: 'Changed while the panel was closed', updatedAt: Date.now() });
            }
            tx.oncomplete = () => resolve(undefined);
            tx.onerror = () => reject(tx.error);
          };
        }),
      ids.filter((id) => !id.startsWith('fake-') || Number(id.slice(5)) >= written.people),
    );
    await editor.close();
    const again = await openPanel(browser.context, browser.base);
    row('  reopened after 1,000 changed meanwhile: first render', ms(again.marks.firstRows), '< 200 ms');
    row('  search index ready', ms(again.marks.indexed));
    row('    from the saved index / re-indexed', `${again.marks.stats.fromCache} / ${again.marks.stats.indexed}`);
    await again.page.close();
  } finally {
    await browser.close();
  }
}

async function main() {
  console.log('PLN Capture side panel benchmarks (Chromium, e2e build)');
  if (!existsSync(join(build, 'manifest.json'))) {
    console.log(`No build at ${build}: run "npx wxt build --mode e2e" first.`);
    process.exit(1);
  }
  if (!chromiumPath) {
    console.log('No Chromium (apt-get install chromium, or set CHROMIUM_PATH).');
    process.exit(1);
  }
  for (const size of SIZES) await benchSize(size);
}

await main();
