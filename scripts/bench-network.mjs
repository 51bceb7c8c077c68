#!/usr/bin/env node
// Network page benchmarks, printed beside their targets (never a pass/fail test: timings on a
// busy machine are noisy, so they are measured here and read by people).
//
// Runs Debian's Chromium with the e2e build loaded (`wxt build --mode e2e`; the same flags as
// tests/e2e/browser.ts, --disable-gpu included, so WebGL is SwiftShader's software renderer;
// BENCH_GPU=1 leaves the GPU on). A made-up network is written straight into the extension's
// IndexedDB with a bulk put from an extension page, then:
//   - 10,000 sources: time from navigation to the by-category view drawn, and to each tab;
//   - a graph of about 2,000 nodes: ForceAtlas2 layout time, the longest main-thread task
//     meanwhile, and panning frame rate (sigma's camera moved every animation frame, frames
//     counted by sigma's afterRender event);
//   - the same figures for the whole 10,000-source graph, for information.
//
// The network page also shows the learning practice: goals and journal entries. How many is set by
//   node scripts/bench-network.mjs --goals=20 --journal=500     (the defaults; or BENCH_GOALS, BENCH_JOURNAL)
// and their records come from scripts/bench-network-practice.mjs; the figures say which were there.
//
// Where the page load's time goes: `--profile` (or BENCH_PROFILE=1) loads the page once more after
// the timed runs, under the DevTools Protocol's CPU profiler, and prints the page's performance
// marks and the functions that took the most time (self time, and time by script), then stops
// before the graph figures. `--profile=out.cpuprofile` also writes the profile, for DevTools.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../tests/e2e/chromium.ts';
import { practiceRecords } from './bench-network-practice.mjs';
import { profileLoad } from './bench-network-profile.mjs';

const root = join(import.meta.dirname, '..');
const build = join(root, '.output', 'chrome-mv3-e2e');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const PAN_SECONDS = 3;

/** A count from `--name=N` on the command line, else from the environment, else the default. */
function countOption(name, env, fallback) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const value = Number(arg ? arg.slice(name.length + 3) : (process.env[env] ?? fallback));
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number, not ${arg ?? value}`);
  return value;
}
const profileArg = process.argv.find((a) => a === '--profile' || a.startsWith('--profile='));
const PROFILE = profileArg !== undefined || !!process.env.BENCH_PROFILE;
const PROFILE_FILE = profileArg?.startsWith('--profile=') ? profileArg.slice('--profile='.length) : undefined;
const GOALS = countOption('goals', 'BENCH_GOALS', 20);
const JOURNAL = countOption('journal', 'BENCH_JOURNAL', 500);
const SOURCES = countOption('sources', 'BENCH_SOURCES', 10_000);

const chromiumPath = findChromium();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? NaN;
};
const ms = (n) => `${n.toFixed(0)} ms`;
function row(label, value, target) {
  console.log(`${label.padEnd(52)} ${String(value).padStart(12)}   ${target ? `target ${target}` : ''}`);
}

/**
 * Runs inside the extension page: writes `count` made-up sources (people, publications,
 * communities, organizations, channels, and content linked to them by creators, topics and site
 * names), replacing what the database holds. Self-contained, for page.evaluate.
 */
async function writeNetwork({ count, seed, now }) {
  let state = seed;
  const random = () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  // A few popular, many rare: hubs like a real network's.
  const skewed = (list) => list[Math.floor(random() ** 2 * list.length)];
  const DAY = 864e5;
  const topics = Array.from({ length: 120 }, (_, i) => `topic ${i + 1}`);
  const sites = Array.from({ length: 150 }, (_, i) => `Site ${i + 1}`);
  const part = (share) => Math.round(count * share);
  // Ids as the extension makes them (crypto.randomUUID), from the seeded generator.
  const hex = (n) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(random() * 4)]}${hex(3)}-${hex(12)}`;
  const rows = [];
  const add = (kind, category, status, fields) => {
    const createdAt = now - Math.floor(random() * 3 * 365 * DAY);
    const visited = random() < 0.3;
    const row = {
      id: uuid(),
      kind,
      category,
      status,
      title: `${kind} ${rows.length}`,
      url: `https://example${rows.length % 97}.org/${kind}/${rows.length}`,
      creators: [],
      topics: [],
      feeds: [],
      visits: visited ? 1 + Math.floor(random() * 20) : 0,
      createdAt,
      updatedAt: createdAt,
      ...fields,
    };
    if (visited) row.lastVisitedAt = createdAt + Math.floor(random() * (now - createdAt));
    if (random() < 0.2) row.note = 'What I learned from it.';
    rows.push(row);
    return row;
  };
  const people = Array.from({ length: part(0.15) }, (_, i) =>
    add('person', pick(['experts', 'experts', 'peers', 'mentors']), 'following', {
      title: `Person ${i + 1}`,
      url: `https://${pick(['x.com', 'mastodon.social', 'github.com', 'bsky.app'])}/person${i + 1}`,
      topics: random() < 0.5 ? [skewed(topics)] : [],
    }),
  );
  const publications = Array.from({ length: part(0.015) }, (_, i) =>
    add('publication', 'blogs', 'following', { title: `Publication ${i + 1}`, siteName: `Publication ${i + 1}` }),
  );
  for (let i = 0; i < part(0.008); i++) add('community', 'communities', 'following', { topics: [skewed(topics)] });
  for (let i = 0; i < part(0.004); i++) add('organization', 'organizations', 'following', {});
  for (let i = 0; i < part(0.008); i++) add('channel', 'videos', 'following', {});
  const content = [
    ['article', 'blogs'],
    ['article', 'blogs'],
    ['article', 'blogs'],
    ['video', 'videos'],
    ['video', 'videos'],
    ['podcast_episode', 'podcasts'],
    ['course', 'courses'],
    ['paper', 'research'],
    ['book', 'research'],
    ['event', 'events'],
  ];
  while (rows.length < count) {
    const [kind, category] = pick(content);
    const creators = [skewed(people).id];
    if (random() < 0.25) creators.push(pick(people).id);
    const tagged = new Set([skewed(topics)]);
    if (random() < 0.6) tagged.add(skewed(topics));
    if (random() < 0.2) tagged.add(pick(topics));
    add(kind, category, random() < 0.1 ? 'archived' : 'to_explore', {
      creators: [...new Set(creators)],
      topics: [...tagged],
      siteName: random() < 0.5 ? skewed(publications).title : skewed(sites),
    });
  }

  const t0 = performance.now();
  await new Promise((resolve, reject) => {
    const open = indexedDB.open('pln-capture');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      // Written past Dexie, so stamped by hand: the page's summary no longer holds (see utils/db/summaries.ts).
      const stamped = db.objectStoreNames.contains('summaries');
      const tx = db.transaction(stamped ? ['sources', 'summaries'] : ['sources'], 'readwrite');
      const store = tx.objectStore('sources');
      store.clear();
      for (const r of rows) store.put(r);
      if (stamped) tx.objectStore('summaries').put({ key: 'sources-stamp', stamp: `bench-${Math.random()}` });
      tx.oncomplete = () => {
        open.result.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
  return { sources: rows.length, people: people.length, ms: performance.now() - t0 };
}

/**
 * Runs inside the extension page: writes records into the stores named (each cleared first), and
 * answers which stores this build's database has not got. Self-contained, for page.evaluate.
 */
async function writeStores(byStore) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('pln-capture');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const names = Object.keys(byStore);
      const present = names.filter((name) => db.objectStoreNames.contains(name));
      const missing = names.filter((name) => !present.includes(name));
      if (present.length === 0) {
        db.close();
        resolve({ missing });
        return;
      }
      const tx = db.transaction(present, 'readwrite');
      for (const name of present) {
        const store = tx.objectStore(name);
        store.clear();
        for (const record of byStore[name]) store.put(record);
      }
      tx.oncomplete = () => {
        db.close();
        resolve({ missing });
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Every record of a store (none if this build has not got it), read past the extension. */
function storeRecords(page, store) {
  return page.evaluate(
    (name) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('pln-capture');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) {
            db.close();
            resolve([]);
            return;
          }
          const get = db.transaction(name).objectStore(name).getAll();
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
        };
      }),
    store,
  );
}

/** The ids of the sources the benchmark wrote, people apart, for the practice to link to. */
async function sourceIds(page) {
  const rows = await storeRecords(page, 'sources');
  return {
    sourceIds: rows.filter((r) => r.kind !== 'person').map((r) => r.id),
    personIds: rows.filter((r) => r.kind === 'person').map((r) => r.id),
  };
}

/**
 * Records, in every page, from navigation start: when the first category card appears; when the
 * whole first screen is drawn (the cards, the insights and the goals with their counts; the goal
 * list is busy until the goals are read); whether that was from the page's summary; and when the
 * page is drawn from every source (what the other views and the sections below need).
 */
function watchFirstCard() {
  const drawnFrom = () => document.querySelector('main.network')?.getAttribute('data-drawn-from');
  new MutationObserver((_, observer) => {
    if (window.__firstCard === undefined && document.querySelector('.category')) window.__firstCard = performance.now();
    if (
      window.__pageDrawn === undefined &&
      window.__fromSummary === undefined &&
      document.querySelector('.category') &&
      document.querySelector('#insights-heading') &&
      document.querySelector('.goal-list:not([aria-busy="true"])')
    ) {
      window.__fromSummary = drawnFrom() === 'summary';
      requestAnimationFrame(() => {
        window.__pageDrawn = performance.now();
      });
    }
    if (drawnFrom() === 'sources') {
      requestAnimationFrame(() => {
        window.__allSources = performance.now();
      });
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-drawn-from'] });
}

/** Loads the network page and waits until it is drawn from every source; its figures. */
async function timeLoad(page, base) {
  await load(page, `${base}options.html#by-category`);
  await page.waitForFunction(() => window.__allSources !== undefined, null, { timeout: 60_000 });
  return page.evaluate(() => ({
    firstCard: window.__firstCard,
    drawn: window.__pageDrawn,
    fromSummary: window.__fromSummary,
    allSources: window.__allSources,
  }));
}

/** Deletes the network page's summary, past the extension. */
function dropNetworkSummary(page) {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('pln-capture');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('summaries')) {
            db.close();
            resolve();
            return;
          }
          const tx = db.transaction('summaries', 'readwrite');
          tx.objectStore('summaries').delete('network');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Polls `check` every 100 ms until it answers true (then true) or `timeout` ms have passed (then false). */
async function waitFor(check, timeout) {
  for (const start = Date.now(); Date.now() - start < timeout;) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** Whether the stored network summary holds (was made after the last write to sources), read past the extension. */
async function summaryHolds(page) {
  const rows = new Map((await storeRecords(page, 'summaries')).map((row) => [row.key, row]));
  return rows.has('network') && rows.get('network').stamp === (rows.get('sources-stamp')?.stamp ?? '');
}

/** Clicks a tab and times until the next frame after the panel is drawn. */
async function timeTab(page, name) {
  return page.evaluate(async (label) => {
    const tab = [...document.querySelectorAll('[role="tab"]')].find((el) => el.textContent === label);
    const t0 = performance.now();
    tab.click();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return performance.now() - t0;
  }, name);
}

/** Loads an extension page afresh (a change of hash alone would not reload it). */
async function load(page, url) {
  await page.goto('about:blank');
  await page.goto(url);
}

/** Opens the graph view afresh and waits for its layout; figures from the page itself. */
async function openGraph(page, base) {
  await load(page, `${base}options.html#by-category`);
  await page.waitForSelector('.category', { timeout: 60_000 });
  return page.evaluate(async () => {
    const longTasks = [];
    const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
    observer.observe({ type: 'longtask' });
    performance.clearMeasures('pln-graph-layout');
    const t0 = performance.now();
    [...document.querySelectorAll('[role="tab"]')].find((el) => el.textContent === 'Graph').click();
    await new Promise((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error('graph layout took over 120 s')), 120_000);
      const check = () => {
        if (document.querySelector('.graph-canvas[data-layout="done"]')) {
          clearTimeout(deadline);
          resolve();
        } else if (document.querySelector('.graph-view .notice')) {
          clearTimeout(deadline);
          reject(new Error(document.querySelector('.graph-view .notice').textContent));
        } else requestAnimationFrame(check);
      };
      check();
    });
    const total = performance.now() - t0;
    observer.disconnect();
    const measure = performance.getEntriesByName('pln-graph-layout').at(-1);
    const { graph } = window.plnGraph;
    return {
      nodes: graph.order,
      edges: graph.size,
      layout: measure?.duration ?? NaN,
      detail: measure?.detail ?? {},
      total,
      longestTask: Math.max(0, ...longTasks),
    };
  });
}

/** Pans sigma's camera every animation frame for `seconds`; counts frames sigma drew. */
async function panFps(page, seconds) {
  return page.evaluate(async (duration) => {
    const { renderer } = window.plnGraph;
    const camera = renderer.getCamera();
    camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    let renders = 0;
    let frames = 0;
    const onRender = () => renders++;
    renderer.on('afterRender', onRender);
    const t0 = performance.now();
    await new Promise((resolve) => {
      const step = (now) => {
        const t = (now - t0) / 1000;
        camera.setState({ x: 0.5 + 0.25 * Math.sin(t * 2), y: 0.5 + 0.25 * Math.cos(t * 2) });
        frames++;
        if (now - t0 < duration * 1000) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    const elapsed = (performance.now() - t0) / 1000;
    renderer.off('afterRender', onRender);
    return { fps: renders / elapsed, frames: frames / elapsed };
  }, seconds);
}

async function main() {
  if (!existsSync(join(build, 'manifest.json'))) {
    console.log(`No e2e build at ${build}: run "wxt build --mode e2e" first.`);
    process.exit(1);
  }
  if (!chromiumPath) {
    console.log('No Chromium (apt-get install chromium, or set CHROMIUM_PATH).');
    process.exit(1);
  }
  // A copy of the build: a rebuild during the run would otherwise pull files from under it.
  const dir = await mkdtemp(join(tmpdir(), 'pln-bench-'));
  const profile = join(dir, 'profile');
  const extension = join(dir, 'extension');
  await cp(build, extension, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: chromiumArgs({ extension, gpu: !!process.env.BENCH_GPU }),
  });
  try {
    const worker =
      context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    const base = `chrome-extension://${new URL(worker.url()).host}/`;
    await context.addInitScript(watchFirstCard);
    const page = await context.newPage();
    await page.goto(`${base}options.html`);
    const renderer = await page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const info = gl?.getExtension('WEBGL_debug_renderer_info');
      return info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl ? 'WebGL 2' : 'no WebGL 2';
    });
    console.log(
      `PLN Capture network page benchmarks (Chromium ${context.browser()?.version() ?? ''}, median of ${RUNS} runs)`,
    );
    console.log(`WebGL: ${renderer}\n`);

    // 10,000 sources.
    const big = await page.evaluate(writeNetwork, { count: SOURCES, seed: 42, now: Date.now() });
    console.log(`Network of ${big.sources} sources (${big.people} people), written in ${ms(big.ms)}`);
    let seed = 99;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return (seed - 1) / 2147483646;
    };
    const practice = practiceRecords({
      goals: GOALS,
      journal: JOURNAL,
      ...(await sourceIds(page)),
      now: Date.now(),
      random,
    });
    const { missing } = await page.evaluate(writeStores, practice);
    const written = Object.entries(practice)
      .filter(([name]) => !missing.includes(name))
      .map(([name, records]) => `${records.length} ${name}`);
    console.log(
      `Asked for ${GOALS} goals and ${JOURNAL} journal entries: ${
        written.length > 0
          ? `written: ${written.join(', ')}`
          : 'none written (no records from bench-network-practice.mjs)'
      }${missing.length > 0 ? `; no store for ${missing.join(', ')} in this build` : ''}`,
    );
    // A load with no summary (a first visit, or one right after a write): it reads every source,
    // then saves one (a person stays on the page a moment: the timed loads wait for it). The
    // summary the page saved as it opened empty is dropped first; the background, which makes a
    // summary again after writes and as it starts, then has none to make.
    await dropNetworkSummary(page);
    const cold = await timeLoad(page, base);
    await waitFor(() => summaryHolds(page), 10_000);
    const firstCard = [];
    const drawn = [];
    const allSources = [];
    const fromSummary = [];
    const tabs = { 'By topic': [], 'By person': [], Graph: [] };
    for (let i = 0; i < RUNS; i++) {
      const run = await timeLoad(page, base);
      firstCard.push(run.firstCard);
      drawn.push(run.drawn);
      allSources.push(run.allSources);
      fromSummary.push(run.fromSummary);
      for (const name of ['By topic', 'By person']) tabs[name].push(await timeTab(page, name));
    }
    const drawnFromSummary = fromSummary.filter(Boolean).length;
    row('By-category view drawn, from navigation', ms(median(firstCard)), '< 500 ms');
    row('Whole page drawn (insights, goals), from navigation', ms(median(drawn)), '< 500 ms');
    row(`  of which drawn from the page's summary`, `${drawnFromSummary} of ${RUNS}`);
    row('  then drawn again from every source', ms(median(allSources)));
    row(`Load with no summary${cold.fromSummary ? ' (drawn from one: not timed as meant)' : ''}`, ms(cold.drawn));
    row('Switch to the by-topic view', ms(median(tabs['By topic'])));
    row('Switch to the by-person view', ms(median(tabs['By person'])));

    // A visit recorded by the background (a write to sources, as a capture is): the background
    // makes the summary again a few seconds later; the page opened then draws from it.
    const panel = await context.newPage();
    await panel.goto(`${base}sidepanel.html`);
    const [visited] = (await sourceIds(page)).sourceIds;
    const visitedAt = Date.now();
    await panel.evaluate((id) => globalThis.plnPanel.sendMessage('recordVisit', { id }), visited);
    await panel.close();
    const remade = (await waitFor(() => summaryHolds(page), 60_000)) ? Date.now() - visitedAt : NaN;
    const after = await timeLoad(page, base);
    row('After a visit recorded elsewhere: summary made again in', ms(remade));
    row(`  then the whole page drawn${after.fromSummary ? ' (from the summary)' : ' (no summary)'}`, ms(after.drawn));
    if (PROFILE) {
      await profileLoad(context, `${base}options.html#by-category`, PROFILE_FILE);
      return;
    }

    const whole = await openGraph(page, base);
    const wholePan = await panFps(page, PAN_SECONDS);
    console.log(`\nWhole graph at 10,000 sources: ${whole.nodes} nodes, ${whole.edges} links (for information)`);
    row('  layout (ForceAtlas2, in a worker)', ms(whole.layout));
    row('  of which computing in the worker', ms(whole.detail.workerMs ?? NaN));
    row('  iterations', whole.detail.iterations ?? '?');
    row('  longest main-thread task meanwhile', ms(whole.longestTask));
    row('  panning', `${wholePan.fps.toFixed(0)} fps`);

    // About 2,000 nodes: 1,770 sources, with their topics and sites.
    const small = await page.evaluate(writeNetwork, { count: 1_770, seed: 7, now: Date.now() });
    const graphs = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) graphs.push(await openGraph(page, base));
    const pan = await panFps(page, PAN_SECONDS);
    const g = graphs[0];
    console.log(`\nGraph of ${small.sources} sources: ${g.nodes} nodes, ${g.edges} links`);
    row('  layout (ForceAtlas2, in a worker)', ms(median(graphs.map((r) => r.layout))), '< 1 s');
    row('  of which computing in the worker', ms(median(graphs.map((r) => r.detail.workerMs ?? NaN))));
    row('  iterations', g.detail.iterations ?? '?');
    row('  tab click to laid out', ms(median(graphs.map((r) => r.total))));
    row('  longest main-thread task meanwhile', ms(median(graphs.map((r) => r.longestTask))));
    row('  panning (frames sigma drew per second)', `${pan.fps.toFixed(0)} fps`, '>= 30 fps');
    row('  animation frames the page got per second', `${pan.frames.toFixed(0)} fps`);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
