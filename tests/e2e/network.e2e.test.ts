import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { withExtensionAndServer, SCREENSHOTS } from './browser';
import { allRecords, deleteRecords, putRecords } from './db';

/** The graph's test hook, set by the e2e build (GraphCanvas). */
interface GraphHook {
  renderer: {
    graphToViewport(point: { x: number; y: number }): { x: number; y: number };
    getCamera(): { getState(): { x: number; y: number; ratio: number }; isAnimated(): boolean };
  };
  graph: { getNodeAttributes(node: string): { x: number; y: number } };
}

const env = withExtensionAndServer();
let network: Page;

const DAY = 24 * 60 * 60 * 1000;

/** A small network: two people, a publication, what they made, and a community. */
function sources(now: number) {
  const base = { feeds: [], visits: 0, creators: [] as string[], topics: [] as string[] };
  const row = (fields: Record<string, unknown> & { createdAt: number }) => ({
    ...base,
    updatedAt: fields.createdAt,
    ...fields,
  });
  return [
    row({
      id: 'jane',
      kind: 'person',
      category: 'experts',
      status: 'following',
      title: 'Jane Doe',
      url: env.server.url('/about/jane'),
      topics: ['memory'],
      createdAt: now - 100 * DAY,
    }),
    row({
      id: 'ravi',
      kind: 'person',
      category: 'experts',
      status: 'following',
      title: 'Ravi Kumar',
      url: env.server.url('/about/ravi'),
      createdAt: now - 40 * DAY,
    }),
    row({
      id: 'loop',
      kind: 'publication',
      category: 'blogs',
      status: 'following',
      title: 'The Learning Loop',
      url: env.server.url('/'),
      createdAt: now - 120 * DAY,
    }),
    row({
      id: 'post',
      kind: 'article',
      category: 'blogs',
      status: 'to_explore',
      title: 'Spaced repetition for engineers',
      url: env.server.url('/posts/spaced-repetition'),
      siteName: 'The Learning Loop',
      creators: ['jane'],
      topics: ['learning science', 'memory'],
      note: 'Try the five-card plan.',
      createdAt: now - 2 * DAY,
    }),
    row({
      id: 'talk',
      kind: 'video',
      category: 'videos',
      status: 'to_explore',
      title: 'Memory palaces explained',
      url: env.server.url('/posts/memory-palaces'),
      siteName: 'YouTube',
      creators: ['jane', 'ravi'],
      topics: ['memory'],
      createdAt: now - 40 * DAY,
    }),
    row({
      id: 'paper',
      kind: 'paper',
      category: 'research',
      status: 'to_explore',
      title: 'Sleep and memory consolidation',
      url: env.server.url('/posts/sleep-paper'),
      creators: ['ravi'],
      topics: ['memory', 'sleep'],
      createdAt: now - 40 * DAY,
    }),
    row({
      id: 'forum',
      kind: 'community',
      category: 'communities',
      status: 'following',
      title: 'Rust learners',
      url: env.server.url('/posts/rust-forum'),
      topics: ['rust'],
      createdAt: now - 2 * DAY,
    }),
  ];
}

/** Writes sources straight into the extension's database (pages opened later read them). */
const putSources = (page: Page, rows: readonly object[]) => putRecords(page, 'sources', rows);
const deleteSources = (page: Page, ids: readonly string[]) => deleteRecords(page, 'sources', ids);

const tab = (name: string) => network.getByRole('tab', { name, exact: true });
const selectedTab = () => network.getByRole('tab', { selected: true }).textContent();

beforeAll(async () => {
  network = await env.browser.openExtensionPage('options.html');
});

describe('the network page', () => {
  it('shows how to start while the network is empty', async () => {
    await expect.poll(() => network.getByRole('heading', { name: /Your network is empty/ }).count()).toBe(1);
    expect(await network.getByRole('tablist').count()).toBe(0);
  });

  it('shows the network by category, with counts, the most recent and the most visited', async () => {
    await putSources(network, sources(Date.now()));
    await network.reload();
    await expect.poll(() => network.getByText('7 sources in 5 categories.').count()).toBe(1);
    expect(await selectedTab()).toBe('By category');
    const blogs = network.getByRole('region', { name: 'Blogs and newsletters 2' });
    expect(await blogs.getByRole('heading', { name: 'Most recent' }).count()).toBe(1);
    expect(await blogs.getByRole('link').allTextContents()).toEqual([
      'Spaced repetition for engineers',
      'The Learning Loop',
    ]);
    const experts = network.getByRole('region', { name: 'Experts and thought leaders 2' });
    expect(await experts.textContent()).toContain('Ravi Kumar');

    // Opening a source counts a visit; it then shows under "Most visited".
    const [opened] = await Promise.all([
      env.browser.context.waitForEvent('page'),
      blogs.getByRole('link', { name: 'Spaced repetition for engineers' }).click(),
    ]);
    await opened.close();
    await network.bringToFront();
    await expect.poll(() => blogs.getByRole('heading', { name: 'Most visited' }).count()).toBe(1);
    expect(await blogs.textContent()).toContain('visits: 1');
    await mkdir(SCREENSHOTS, { recursive: true });
    await network.screenshot({ path: join(SCREENSHOTS, 'network.png'), fullPage: true });
  });

  it('switches views with the arrow keys, Home and End, and keeps the view in the address', async () => {
    await tab('By category').focus();
    await network.keyboard.press('ArrowRight');
    await expect.poll(selectedTab).toBe('By topic');
    expect(await network.evaluate(() => document.activeElement?.textContent)).toBe('By topic');
    expect(new URL(network.url()).hash).toBe('#by-topic');
    expect(await network.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe('tab-by-topic');
    await network.keyboard.press('End');
    await expect.poll(selectedTab).toBe('Graph');
    await network.keyboard.press('ArrowRight'); // wraps around
    await expect.poll(selectedTab).toBe('By category');
    await network.keyboard.press('ArrowLeft');
    await expect.poll(selectedTab).toBe('Graph');
    await network.keyboard.press('Home');
    await expect.poll(selectedTab).toBe('By category');
    // One tab stop: Tab leaves the tab list for the panel.
    await network.keyboard.press('Tab');
    expect(await network.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tabpanel');
  });

  it('groups sources by topic, the most used first', async () => {
    await tab('By topic').click();
    await expect.poll(selectedTab).toBe('By topic');
    const names = await network
      .getByRole('tabpanel')
      .getByRole('region')
      .evaluateAll((els) =>
        els.map((el) => document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent),
      );
    expect(names).toEqual(['memory 4', 'learning science 1', 'rust 1', 'sleep 1', 'Without a topic 2']);
    const memory = network.getByRole('region', { name: 'memory 4' });
    expect(await memory.getByRole('link').allTextContents()).toEqual([
      'Spaced repetition for engineers',
      'Memory palaces explained',
      'Sleep and memory consolidation',
      'Jane Doe',
    ]);
    const untagged = network.getByRole('region', { name: 'Without a topic 2' });
    expect(await untagged.getByRole('link').allTextContents()).toEqual(['Ravi Kumar', 'The Learning Loop']);
  });

  it('lists each person with what was saved from them, and keeps the view on reload', async () => {
    await tab('By person').click();
    expect(new URL(network.url()).hash).toBe('#by-person');
    await network.reload();
    await expect.poll(selectedTab).toBe('By person');
    const jane = network.getByRole('region', { name: 'Jane Doe 2' });
    expect(await jane.getByRole('listitem').getByRole('link').allTextContents()).toEqual([
      'Spaced repetition for engineers',
      'Memory palaces explained',
    ]);
    const ravi = network.getByRole('region', { name: 'Ravi Kumar 2' });
    expect(await ravi.getByRole('listitem').getByRole('link').allTextContents()).toEqual([
      'Memory palaces explained',
      'Sleep and memory consolidation',
    ]);
  });

  it('draws the network as a graph, with a summary in words', async () => {
    await tab('Graph').click();
    const summary = network.locator('#graph-summary');
    // 7 sources, 4 topics and the YouTube site; the post is published in the saved publication.
    await expect.poll(() => summary.textContent()).toBe('12 nodes, 13 links');
    const canvas = network.getByRole('region', { name: 'Network graph' });
    expect(await canvas.getAttribute('aria-describedby')).toBe('graph-help graph-summary');
    expect(await network.locator('#graph-help').textContent()).toContain('arrow keys');
    await expect.poll(() => canvas.getAttribute('data-layout')).toBe('done');
    // Sigma drew on its WebGL canvases (no "cannot draw" message in this browser).
    expect(await network.getByText(/cannot draw the graph/).count()).toBe(0);
    expect(await canvas.locator('canvas').count()).toBeGreaterThan(1);
    await network.screenshot({ path: join(SCREENSHOTS, 'network-graph.png') });
  });

  it("opens a node's details when it is clicked on the canvas", async () => {
    const canvas = network.getByRole('region', { name: 'Network graph' });
    const box = await canvas.boundingBox();
    const at = await network.evaluate(() => {
      const { renderer, graph } = (window as unknown as { plnGraph: GraphHook }).plnGraph;
      return renderer.graphToViewport(graph.getNodeAttributes('source:post'));
    });
    if (!box) throw new Error('no canvas');
    await network.mouse.click(box.x + at.x, box.y + at.y);
    const detail = network.getByRole('region', { name: 'Spaced repetition for engineers' });
    await expect.poll(() => detail.count()).toBe(1);
    expect(await detail.textContent()).toContain('Article · Blogs and newsletters');
    expect(await detail.getByRole('link').getAttribute('href')).toBe(env.server.url('/posts/spaced-repetition'));
    expect(await detail.getByRole('button').allTextContents()).toEqual(
      expect.arrayContaining(['Jane Doe', 'The Learning Loop', 'learning science', 'memory']),
    );
    // Focus moved to the details, for keyboard and screen-reader users.
    expect(await network.evaluate(() => document.activeElement?.id)).toBe('node-detail-title');
  });

  it('moves and zooms the graph with the keyboard when it has focus', async () => {
    const camera = () =>
      network.evaluate(() => (window as unknown as { plnGraph: GraphHook }).plnGraph.renderer.getCamera().getState());
    const canvas = network.getByRole('region', { name: 'Network graph' });
    await canvas.focus();
    // Selecting a node (the test before) glides the camera to it: wait until it is there.
    await expect
      .poll(() =>
        network.evaluate(() =>
          (window as unknown as { plnGraph: GraphHook }).plnGraph.renderer.getCamera().isAnimated(),
        ),
      )
      .toBe(false);
    const start = await camera();
    await network.keyboard.press('ArrowRight');
    await expect.poll(async () => (await camera()).x).toBeGreaterThan(start.x);
    // Up shows what is above: the drawing moves down.
    const memoryY = () =>
      network.evaluate(() => {
        const { renderer, graph } = (window as unknown as { plnGraph: GraphHook }).plnGraph;
        return renderer.graphToViewport(graph.getNodeAttributes('topic:memory')).y;
      });
    const before = await memoryY();
    await network.keyboard.press('ArrowUp');
    await expect.poll(memoryY).toBeGreaterThan(before);
    await network.keyboard.press('+');
    await expect.poll(async () => (await camera()).ratio).toBeLessThan(start.ratio);
    await network.keyboard.press('0');
    await expect.poll(async () => (await camera()).ratio).toBe(1);
    expect(await network.getByRole('button', { name: 'Zoom in' }).count()).toBe(1);
  });

  it('walks the graph by keyboard: find a node, then follow its links', async () => {
    const find = network.getByRole('combobox', { name: 'Show a node' });
    const show = network.getByRole('button', { name: 'Show', exact: true });
    await find.fill('ravi');
    // (Enter in the field may first pick a suggestion from the list the browser shows.)
    await show.press('Enter');
    const ravi = network.getByRole('region', { name: 'Ravi Kumar' });
    await expect.poll(() => ravi.count()).toBe(1);
    expect(await ravi.textContent()).toContain('Saved from them');
    // The camera glides to the node found, to the middle of the canvas.
    const offCentre = () =>
      network.evaluate(() => {
        const { renderer, graph } = (window as unknown as { plnGraph: GraphHook }).plnGraph;
        const at = renderer.graphToViewport(graph.getNodeAttributes('source:ravi'));
        const box = document.querySelector('.graph-canvas')!.getBoundingClientRect();
        return Math.hypot(at.x - box.width / 2, at.y - box.height / 2);
      });
    await expect.poll(offCentre).toBeLessThan(2);
    // On a busy machine the card may re-render between focus and key press; press again until
    // the next card shows (each press is the keyboard's Enter on the link's button).
    const follow = async (from: Locator, link: string, to: Locator) => {
      await expect
        .poll(
          async () => {
            if ((await to.count()) === 0)
              await from
                .getByRole('button', { name: link, exact: true })
                .press('Enter')
                .catch(() => undefined);
            return to.count();
          },
          { interval: 500 },
        )
        .toBe(1);
    };
    const paper = network.getByRole('region', { name: 'Sleep and memory consolidation' });
    await follow(ravi, 'Sleep and memory consolidation', paper);
    const topic = network.getByRole('region', { name: 'memory', exact: true });
    await follow(paper, 'memory', topic);
    await expect.poll(() => topic.textContent()).toContain('4 sources');
    expect(await topic.getByRole('button').allTextContents()).toEqual(
      expect.arrayContaining([
        'Jane Doe',
        'Spaced repetition for engineers',
        'Memory palaces explained',
        'Sleep and memory consolidation',
      ]),
    );
    await find.fill('nobody at all');
    await show.press('Enter');
    await expect
      .poll(() => network.getByRole('status').allTextContents())
      .toContain('No node is called “nobody at all”.');
  });

  it('filters the graph by topic and by category', async () => {
    const summary = network.locator('#graph-summary');
    await network.getByRole('combobox', { name: 'Topic' }).selectOption('sleep');
    // The paper, its creator, and its two topics.
    await expect.poll(() => summary.textContent()).toBe('4 nodes, 3 links');
    await network.getByRole('combobox', { name: 'Topic' }).selectOption('');
    await network.getByRole('combobox', { name: 'Category' }).selectOption('videos');
    // The talk, its two creators, its topic (also Jane's) and YouTube.
    await expect.poll(() => summary.textContent()).toBe('5 nodes, 5 links');
    await network.getByRole('combobox', { name: 'Category' }).selectOption('');
    await expect.poll(() => summary.textContent()).toBe('12 nodes, 13 links');
  });

  it('says in words when the browser cannot draw WebGL, and keeps the summary', async () => {
    const page = await env.browser.context.newPage();
    await page.addInitScript(() => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called below with the canvas as `this`
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, options?: unknown) {
        return type.includes('webgl')
          ? null
          : getContext.call(this, type as '2d', options as CanvasRenderingContext2DSettings);
      } as typeof getContext;
    });
    await page.goto(network.url());
    await expect
      .poll(() => page.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('cannot draw the graph'));
    expect(await page.locator('#graph-summary').textContent()).toBe('12 nodes, 13 links');
    expect(await page.locator('canvas').count()).toBe(0);
    await page.close();
  });

  it('shows insights: gaps, what is followed but not opened, and the growth', async () => {
    const gaps = network.getByRole('region', { name: 'Gaps' });
    expect(await gaps.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('No mentor yet.'),
      expect.stringContaining('Every expert you follow is on 127.0.0.1.'),
      expect.stringContaining('No community for “memory” yet.'),
    ]);
    const stale = network.getByRole('region', { name: 'Not opened in 90 days' });
    expect(await stale.getByRole('link').allTextContents()).toEqual(['The Learning Loop', 'Jane Doe']); // longest forgotten first
    expect(await stale.textContent()).toContain('never opened');

    const balance = network.getByRole('region', { name: 'Balance' });
    expect(await balance.textContent()).toContain('Information');
    expect(await balance.textContent()).toContain('3 of 7'); // the post, the talk, the paper

    const growth = network.getByRole('region', { name: 'Growth' });
    const chart = growth.getByRole('img');
    const sentence = await network.locator('#growth-summary').textContent();
    expect(sentence).toMatch(
      /^7 sources added from \w+ \d{4} to \w+ \d{4}\. The busiest month was \w+ \d{4}, with \d\.$/,
    );
    expect(await chart.getAttribute('aria-labelledby')).toBe('growth-summary');
    await growth.getByText('Show as a table').click();
    const rows = await growth.getByRole('row').allTextContents();
    expect(rows.length).toBeGreaterThanOrEqual(4); // a header and a row per month, from 120 days ago
    expect(rows.at(-1)).toMatch(/7$/);
  });

  it('lists the first gaps of a long list, and all of them on request', async () => {
    // Ten more topics with three articles each and no community: ten more gaps, thirteen in all.
    const now = Date.now();
    const articles = Array.from({ length: 30 }, (_, i) => ({
      id: `gap-article-${i}`,
      kind: 'article',
      category: 'blogs',
      status: 'to_explore',
      title: `Article ${i}`,
      url: env.server.url(`/gap/${i}`),
      feeds: [],
      visits: 0,
      creators: [],
      topics: [`topic ${Math.floor(i / 3)}`],
      createdAt: now - DAY,
      updatedAt: now - DAY,
    }));
    await putSources(network, articles);
    await network.reload();
    const gaps = network.getByRole('region', { name: 'Gaps' });
    await expect.poll(() => gaps.getByRole('listitem').count()).toBe(8);
    await gaps.getByRole('button', { name: 'Show all 13 in Gaps' }).click();
    await expect.poll(() => gaps.getByRole('listitem').count()).toBe(13);
    await gaps.getByRole('button', { name: 'Show fewer in Gaps' }).click();
    await expect.poll(() => gaps.getByRole('listitem').count()).toBe(8);
    await deleteSources(
      network,
      articles.map((a) => a.id),
    );
    await network.reload();
    await expect.poll(() => gaps.getByRole('listitem').count()).toBe(3);
  });

  it('keeps the trash and the settings below the network', async () => {
    // They come a frame after the network is drawn.
    await expect.poll(() => network.getByRole('region', { name: 'Trash' }).count()).toBe(1);
    expect(await network.getByRole('checkbox', { name: /already saved/ }).count()).toBe(1);
  });
});

/** Records, in every load, what the page's first screen said and what it was drawn from. */
function recordFirstScreen() {
  new MutationObserver((_, observer) => {
    const main = document.querySelector('main.network');
    const summary = document.querySelector('.summary');
    if (!main || !summary || !document.querySelector('.category')) return;
    Object.assign(window, {
      plnFirstScreen: {
        from: main.getAttribute('data-drawn-from'),
        summary: summary.textContent,
        cards: [...document.querySelectorAll('.category h2')].map((h) => h.textContent),
      },
    });
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

interface FirstScreenSeen {
  from: string;
  summary: string;
  cards: string[];
}

describe("the network page's summary of its first screen", () => {
  /** Reloads the page; what its first screen said, once it is drawn from every source. */
  async function reload(): Promise<FirstScreenSeen> {
    // The by-category view (the view is kept in the address: earlier tests left another).
    await network.goto(network.url().replace(/#.*$/, '') + '#by-category');
    await network.reload();
    await expect.poll(() => network.locator('main[data-drawn-from="sources"]').count()).toBe(1);
    return network.evaluate(() => (window as unknown as { plnFirstScreen: FirstScreenSeen }).plnFirstScreen);
  }
  /** Whether the page's summary is saved and holds (made after the last write to sources). */
  async function summaryHolds(): Promise<boolean> {
    const rows = await allRecords<{ key: string; stamp: string }>(network, 'summaries');
    const stamp = (key: string) => rows.find((r) => r.key === key)?.stamp;
    // No write yet, no stamp: a summary is saved with an empty one.
    return stamp('network') !== undefined && stamp('network') === (stamp('sources-stamp') ?? '');
  }
  const drawnNow = async () => ({
    summary: await network.locator('.summary').textContent(),
    cards: await network.locator('.category h2').allTextContents(),
  });

  beforeAll(async () => {
    await network.addInitScript(recordFirstScreen);
    // The small network (again: these tests also run on their own).
    await putSources(network, sources(Date.now()));
  });

  it('draws the first screen at once from what the page drew last, the same as every source draws it', async () => {
    await reload();
    await expect.poll(summaryHolds).toBe(true);
    const seen = await reload();
    expect(seen.from).toBe('summary');
    expect({ summary: seen.summary, cards: seen.cards }).toEqual(await drawnNow());
    // The other views wait for every source; the by-category view's "Show all" lists them all.
    const blogs = network.getByRole('region', { name: /^Blogs and newsletters/ });
    expect(await blogs.getByRole('link').count()).toBeGreaterThan(0);
  });

  it('never draws a summary a later write changed: a source removed elsewhere is gone from the first screen', async () => {
    await expect.poll(summaryHolds).toBe(true);
    const before = await drawnNow();
    const panel = await env.browser.openExtensionPage('sidepanel.html');
    await panel.evaluate(() =>
      (
        globalThis as unknown as { plnPanel: { sendMessage(type: string, data: unknown): Promise<unknown> } }
      ).plnPanel.sendMessage('removeSource', { id: 'forum' }),
    );
    await panel.close();
    const seen = await reload();
    expect(seen.summary).not.toBe(before.summary);
    expect({ summary: seen.summary, cards: seen.cards }).toEqual(await drawnNow());
    expect(seen.cards.some((c) => c.startsWith('Communities'))).toBe(false);
    // The summary is made again (by the page, or by the background a few seconds after the write).
    await expect.poll(summaryHolds, { timeout: 15_000 }).toBe(true);
    expect((await reload()).from).toBe('summary');
  });

  it('draws again from every source what a write past the extension changed, and keeps that', async () => {
    await expect.poll(summaryHolds).toBe(true);
    // A write straight into IndexedDB, stamp and all left as they were: the summary seems to hold.
    await network.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('pln-capture');
          open.onsuccess = () => {
            const tx = open.result.transaction('sources', 'readwrite');
            tx.objectStore('sources').delete('paper');
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error ?? new Error('IndexedDB request failed'));
          };
          open.onerror = () => reject(open.error ?? new Error('IndexedDB request failed'));
        }),
    );
    await reload();
    const now = await drawnNow();
    expect(now.cards.some((c) => c.startsWith('Research'))).toBe(false);
    // Drawn from every source, the page saw the difference: the summary it saved again says so.
    await expect
      .poll(async () => {
        const seen = await reload();
        return seen.from === 'summary' && seen.cards.every((c) => !c.startsWith('Research'));
      })
      .toBe(true);
  });
});
