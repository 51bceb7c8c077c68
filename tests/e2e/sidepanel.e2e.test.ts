import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { withExtensionAndServer } from './browser';
import { writeFakeCollection } from './fake-collection';
import { putRecords, record } from './db';

/**
 * The side panel as a person uses it: search, filters, order, details, bulk edits with undo,
 * the keyboard, the tab in front, and a large collection. The collection is written straight
 * into the extension's database (its shape is what the repository stores), then the panel is
 * reloaded: what it shows comes from the database, as after any capture.
 */

const env = withExtensionAndServer();
let panel: Page;

const DAY = 24 * 3600 * 1000;
const NOW = Date.now();
const SPACED = 'Spaced repetition for engineers';
const INTERLEAVING = 'Interleaving practice';
const CAFE = 'Café au lait explained';
const RETRIEVAL = 'Retrieval practice, a review';

function rows(url: (path: string) => string) {
  const base = { creators: [], topics: [], feeds: [], profiles: [], aliases: [], visits: 0 };
  return [
    {
      ...base,
      id: 'jane',
      kind: 'person',
      category: 'experts',
      status: 'following',
      title: 'Jane Doe',
      url: url('/about/jane'),
      aliases: [url('/about/jane')],
      topics: ['memory'],
      createdAt: NOW - 10 * DAY,
      updatedAt: NOW - 10 * DAY,
      feeds: [{ url: url('/feeds/jane.xml'), title: 'Jane writes', type: 'rss' }],
    },
    {
      ...base,
      id: 'spaced',
      kind: 'article',
      category: 'blogs',
      status: 'to_explore',
      title: SPACED,
      url: url('/posts/spaced-repetition'),
      aliases: [url('/posts/spaced-repetition')],
      siteName: 'The Learning Loop',
      creators: ['jane'],
      topics: ['memory', 'learning science'],
      note: 'Try the five-card plan for a month.',
      reliability: { rating: 4, reason: 'Cites its studies' },
      createdAt: NOW - 2 * DAY,
      updatedAt: NOW - 2 * DAY,
      provenance: { pageUrl: url('/blog-post.html'), pageTitle: SPACED, capturedAt: NOW - 2 * DAY },
    },
    {
      ...base,
      id: 'interleaving',
      kind: 'article',
      category: 'blogs',
      status: 'following',
      title: INTERLEAVING,
      url: url('/posts/interleaving'),
      aliases: [url('/posts/interleaving')],
      creators: ['jane'],
      topics: ['learning science'],
      visits: 3,
      lastVisitedAt: NOW - 3600_000,
      createdAt: NOW - 40 * DAY,
      updatedAt: NOW - 40 * DAY,
    },
    {
      ...base,
      id: 'cafe',
      kind: 'video',
      category: 'videos',
      status: 'archived',
      title: CAFE,
      url: 'https://video.example/cafe',
      aliases: ['https://video.example/cafe'],
      topics: ['coffee'],
      reliability: { rating: 2 },
      createdAt: NOW - 400 * DAY,
      updatedAt: NOW - 400 * DAY,
    },
    {
      ...base,
      id: 'retrieval',
      kind: 'paper',
      category: 'research',
      status: 'to_explore',
      title: RETRIEVAL,
      url: 'https://papers.example/retrieval',
      aliases: ['https://papers.example/retrieval'],
      description: 'A meta-analysis of two hundred studies on the testing effect.',
      quote: 'Testing beats restudying.',
      createdAt: NOW - 5 * 3600_000,
      updatedAt: NOW - 5 * 3600_000,
    },
  ];
}

const CLIP = {
  sourceId: 'interleaving',
  title: INTERLEAVING,
  blocks: [{ type: 'p', text: 'Mixing problem types beats blocked practice.' }],
  truncated: false,
  words: 6,
  clippedAt: NOW,
};

/** Writes rows into the extension's database from an extension page. */
function put(page: Page, store: string, data: object[]) {
  return putRecords(page, store, data);
}

/** A source as stored, read from an extension page. */
function stored(id: string) {
  return record<{ status: string; category: string; topics: string[] }>(panel, 'sources', id);
}

const list = () => panel.getByRole('list', { name: 'Saved sources' });
const titles = () => list().locator('.source-title').allTextContents();
const search = () => panel.getByRole('searchbox', { name: 'Search' });
const row = (title: string) =>
  list()
    .getByRole('listitem')
    .filter({ has: panel.getByRole('checkbox', { name: `Select ${title}`, exact: true }) });
/** Runs one of a row's actions, from the row's menu. */
async function rowAction(title: string, action: string): Promise<void> {
  await panel.getByRole('button', { name: `Actions for ${title}`, exact: true }).click();
  await panel.getByRole('menuitem', { name: action, exact: true }).click();
}
/** The row that has the focus: its data-index, or null. */
const focusedRow = () =>
  panel.evaluate(() => document.activeElement?.closest('li[data-index]')?.getAttribute('data-index') ?? null);

beforeAll(async () => {
  await env.browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  panel = await env.browser.openExtensionPage('sidepanel.html');
  // A side panel's width.
  await panel.setViewportSize({ width: 400, height: 800 });
  await panel.getByText('Nothing saved yet', { exact: false }).waitFor();
  await put(
    panel,
    'sources',
    rows((path) => env.server.url(path)),
  );
  await put(panel, 'clips', [CLIP]);
  await panel.reload();
  await list().locator('.source-title').nth(4).waitFor();
});

describe('searching the collection', () => {
  it('searches as you type in titles, notes, descriptions, quotes, people, topics and kept text, marking the matches', async () => {
    await panel.bringToFront();
    expect(await titles()).toEqual([RETRIEVAL, SPACED, 'Jane Doe', INTERLEAVING, CAFE]);
    await search().pressSequentially('fiv');
    await expect.poll(titles).toEqual([SPACED]);
    expect(await row(SPACED).locator('mark').allTextContents()).toEqual(['fiv']); // in the note
    expect(await row(SPACED).locator('.snippet').textContent()).toContain('five-card plan');

    await search().fill('testing effect'); // the description
    await expect.poll(titles).toEqual([RETRIEVAL]);
    expect(await row(RETRIEVAL).locator('mark').allTextContents()).toEqual(['testing', 'effect']);
    await search().fill('restudy'); // the quote
    await expect.poll(titles).toEqual([RETRIEVAL]);

    await search().fill('jane'); // the person, and what she made
    await expect.poll(titles).toEqual([SPACED, 'Jane Doe', INTERLEAVING]);
    expect(await row(INTERLEAVING).locator('.meta mark').allTextContents()).toEqual(['Jane']);

    await search().fill('learning sci'); // a topic
    await expect.poll(titles).toEqual([SPACED, INTERLEAVING]);
    await search().fill('cafe'); // accents do not matter
    await expect.poll(titles).toEqual([CAFE]);
    expect(await row(CAFE).locator('.source-title mark').textContent()).toBe('Café');

    await search().fill('blocked'); // only in the article's kept text
    await expect.poll(titles).toEqual([INTERLEAVING]);
    await expect.poll(() => row(INTERLEAVING).locator('.snippet').textContent()).toContain('In the kept text:');
    expect(await row(INTERLEAVING).locator('.snippet mark').textContent()).toBe('blocked');

    await search().fill('nothing like this');
    await expect.poll(() => panel.getByRole('status').allTextContents()).toContain('No saved source matches.');
    await search().press('Escape'); // clears the search
    expect(await search().inputValue()).toBe('');
    await expect.poll(() => titles().then((t) => t.length)).toBe(5);
    expect(await search().evaluate((el) => el === document.activeElement)).toBe(true);
    await search().press('Escape'); // a second Escape leaves it, for the list
    await expect.poll(focusedRow).toBe('0');
  });

  it('finds journal entries with the sources, and opens what an entry names', async () => {
    await put(panel, 'journal', [
      {
        id: 'journal-interleaving',
        text: 'Mixing problem sets felt slower, but I remembered more a week later.',
        createdAt: NOW,
        goalIds: [],
        sourceIds: ['interleaving'],
      },
    ]);
    // Written past the extension's database layer, which is not told: the panel reads it anew.
    await panel.reload();
    await list().locator('.source-title').nth(4).waitFor();
    await search().fill('remembered');
    const found = panel.getByRole('region', { name: '1 journal entry matches' });
    await expect.poll(() => found.locator('mark').allTextContents()).toEqual(['remembered']);
    // Drawn with the entry, in the same render, if at all: a journal match is a match.
    expect(await panel.getByText('No saved source matches.').count()).toBe(0);
    expect(await titles()).toEqual([]);

    await search().fill('mix problem'); // the entry, and the article whose kept text says it
    await expect.poll(titles).toEqual([INTERLEAVING]);
    expect(await found.locator('.journal-text mark').allTextContents()).toEqual(['Mix', 'problem']);
    await found.getByRole('button', { name: INTERLEAVING }).click();
    await panel.getByRole('region', { name: INTERLEAVING }).waitFor();
    await panel.getByRole('button', { name: 'Back to the list' }).click();
    await search().fill('');
    await expect.poll(() => panel.getByRole('region', { name: /journal entr/ }).count()).toBe(0);
  });

  it('filters by kind, category, topic, status, reliability and date saved', async () => {
    const select = (name: string) => panel.getByRole('combobox', { name, exact: true });
    await select('Kind').selectOption('article');
    await expect.poll(titles).toEqual([SPACED, INTERLEAVING]);
    await select('Kind').selectOption('');
    await select('Category').selectOption('research');
    await expect.poll(titles).toEqual([RETRIEVAL]);
    await select('Category').selectOption('');

    await panel.getByText('More filters').click();
    await select('Topic').selectOption('memory');
    await expect.poll(titles).toEqual([SPACED, 'Jane Doe']);
    await select('Topic').selectOption('');
    await select('Status').selectOption('archived');
    await expect.poll(titles).toEqual([CAFE]);
    await select('Status').selectOption('');
    await select('Reliability').selectOption('4');
    await expect.poll(titles).toEqual([SPACED]);
    await select('Reliability').selectOption('2');
    await expect.poll(titles).toEqual([SPACED, CAFE]);
    await select('Reliability').selectOption('unrated');
    await expect.poll(titles).toEqual([RETRIEVAL, 'Jane Doe', INTERLEAVING]);
    await select('Reliability').selectOption('');
    await select('Saved').selectOption('day');
    await expect.poll(titles).toEqual([RETRIEVAL]);
    await select('Saved').selectOption('week');
    await expect.poll(titles).toEqual([RETRIEVAL, SPACED]);
    await select('Saved').selectOption('older');
    await expect.poll(titles).toEqual([CAFE]);

    // Filters and search together; one button clears the filters.
    await select('Saved').selectOption('');
    await select('Kind').selectOption('article');
    await search().fill('jane');
    await expect.poll(titles).toEqual([SPACED, INTERLEAVING]);
    await panel.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(titles).toEqual([SPACED, 'Jane Doe', INTERLEAVING]);
    await search().fill('');
  });

  it('sorts by newest, last opened, title and reliability', async () => {
    const sort = panel.getByRole('combobox', { name: 'Sort', exact: true });
    await sort.selectOption('visited');
    await expect.poll(titles).toEqual([INTERLEAVING, RETRIEVAL, SPACED, 'Jane Doe', CAFE]);
    await sort.selectOption('title');
    await expect.poll(titles).toEqual([CAFE, INTERLEAVING, 'Jane Doe', RETRIEVAL, SPACED]);
    await sort.selectOption('reliability');
    await expect.poll(titles).toEqual([SPACED, CAFE, RETRIEVAL, 'Jane Doe', INTERLEAVING]);
    await sort.selectOption('newest');
    await expect.poll(titles).toEqual([RETRIEVAL, SPACED, 'Jane Doe', INTERLEAVING, CAFE]);
  });
});

describe('details', () => {
  it('shows every field, the people behind a source, what else they made, and their feeds', async () => {
    await rowAction(SPACED, `Details of ${SPACED}`);
    const detail = panel.getByRole('region', { name: SPACED });
    await detail.waitFor();
    const text = await detail.textContent();
    for (const part of [
      'Article',
      'Blogs and newsletters',
      'To explore',
      '4 · Good: Cites its studies',
      'Try the five-card plan',
      'learning science',
      'Times openedNone yet',
    ]) {
      expect(text).toContain(part);
    }
    expect(await list().count()).toBe(0); // the list waits behind
    expect(await detail.getByRole('list', { name: 'Also from Jane Doe' }).textContent()).toContain(INTERLEAVING);

    await detail.getByRole('button', { name: 'Jane Doe', exact: true }).click();
    const jane = panel.getByRole('region', { name: 'Jane Doe' });
    await jane.waitFor();
    expect(await jane.getByRole('list', { name: 'Saved from Jane Doe' }).textContent()).toContain(SPACED);
    await jane.getByRole('button', { name: 'Copy address of Jane writes' }).click();
    await expect
      .poll(() => jane.getByRole('status').textContent())
      .toBe(`Copied ${env.server.url('/feeds/jane.xml')}.`);
    expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(env.server.url('/feeds/jane.xml'));

    await jane.getByRole('button', { name: `← Back to ${SPACED}` }).click();
    await panel.getByRole('region', { name: SPACED }).waitFor();
    await panel.keyboard.press('Escape'); // details → list
    await expect.poll(titles).toHaveLength(5);
    expect(await focusedRow()).toBe('1');
  });

  it('counts a visit when the source is opened from its details', async () => {
    await rowAction(RETRIEVAL, `Details of ${RETRIEVAL}`);
    const detail = panel.getByRole('region', { name: RETRIEVAL });
    await detail.waitFor();
    await env.browser.context.route('https://papers.example/**', (route) =>
      route.fulfill({ body: 'paper', contentType: 'text/plain' }),
    );
    const [tab] = await Promise.all([
      env.browser.context.waitForEvent('page'),
      detail.getByRole('link', { name: RETRIEVAL }).click(),
    ]);
    await tab.close();
    await panel.bringToFront();
    await expect.poll(() => detail.textContent()).toMatch(/Times opened\s*1, last on/);
    await panel.keyboard.press('Escape');
  });
});

describe('the keyboard', () => {
  it('"/" searches, arrows move, Space selects, Enter opens, E edits, Escape backs out', async () => {
    await panel.locator('h1').click();
    await panel.keyboard.press('/');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('search');
    await panel.keyboard.type('prac');
    await expect.poll(titles).toEqual([RETRIEVAL, INTERLEAVING]);
    await panel.keyboard.press('Escape');
    await expect.poll(titles).toHaveLength(5);

    // Tab reaches the list's current row; arrows go from row to row.
    await row(RETRIEVAL).focus();
    await panel.keyboard.press('ArrowDown');
    expect(await focusedRow()).toBe('1');
    await panel.keyboard.press('ArrowDown');
    expect(await focusedRow()).toBe('2');
    await panel.keyboard.press('ArrowUp');
    expect(await focusedRow()).toBe('1');
    await panel.keyboard.press('End');
    expect(await focusedRow()).toBe('4');
    await panel.keyboard.press('Home');
    expect(await focusedRow()).toBe('0');
    // Only the current row is in the tab order; Tab goes on into its controls.
    expect(await list().locator('li.source[tabindex="0"]').count()).toBe(1);
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Select ${RETRIEVAL}`);
    await panel.keyboard.press('Shift+Tab');

    await panel.keyboard.press('Space');
    await expect.poll(() => panel.getByRole('checkbox', { name: `Select ${RETRIEVAL}` }).isChecked()).toBe(true);
    expect(await panel.getByRole('region', { name: 'Change the selected sources' }).textContent()).toContain(
      '1 selected',
    );
    await panel.keyboard.press('Escape'); // clears the selection
    await expect.poll(() => panel.getByRole('region', { name: 'Change the selected sources' }).count()).toBe(0);

    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('Enter');
    await panel.getByRole('region', { name: SPACED }).waitFor();
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('detail-title');
    await panel.keyboard.press('Escape');
    await expect.poll(focusedRow).toBe('1');

    await panel.keyboard.press('e');
    const form = panel.getByRole('form', { name: `Edit ${SPACED}` });
    await form.waitFor();
    // The focus is in the editor's first field, ready to type.
    await expect
      .poll(() => form.getByRole('textbox', { name: 'Title' }).evaluate((el) => el === document.activeElement))
      .toBe(true);
    await panel.keyboard.press('Escape'); // cancels the edit
    await expect.poll(() => form.count()).toBe(0);
    await expect.poll(focusedRow).toBe('1');
  });
});

describe('bulk edits', () => {
  const select = (title: string) => panel.getByRole('checkbox', { name: `Select ${title}`, exact: true }).check();
  const bulk = () => panel.getByRole('region', { name: 'Change the selected sources' });
  /** Opens the form of changes, sets what `set` sets there, and applies it. */
  const change = async (set: () => Promise<unknown>) => {
    await bulk().getByRole('button', { name: 'Change selected' }).click();
    await set();
    await bulk().getByRole('button', { name: 'Apply' }).click();
  };
  const field = (name: string) => bulk().getByRole('combobox', { name, exact: true });
  // A text field with suggestions (a datalist) is a combobox.
  const topicField = (name: string) => bulk().getByRole('combobox', { name, exact: true });

  it('keeps its controls on one row at 360 px, and starts every field at "No change"', async () => {
    await panel.setViewportSize({ width: 360, height: 800 });
    await select(SPACED);
    await select(RETRIEVAL);
    const controls = [
      bulk().getByRole('heading', { name: '2 selected' }),
      bulk().getByRole('button', { name: 'Change selected' }),
      bulk().getByRole('button', { name: 'Delete selected' }),
      bulk().getByRole('button', { name: 'Clear selection' }),
    ];
    const boxes = await Promise.all(controls.map((c) => c.boundingBox()));
    const middles = boxes.map((b) => (b ? b.y + b.height / 2 : NaN));
    expect(Math.max(...middles) - Math.min(...middles)).toBeLessThan(4);
    // The list keeps its room: the bar is no taller than one row of controls.
    expect((await bulk().boundingBox())?.height).toBeLessThan(60);

    await bulk().getByRole('button', { name: 'Change selected' }).click();
    expect(await field('Set category').inputValue()).toBe('');
    expect(await field('Set status').inputValue()).toBe('');
    expect(await field('Set category').locator('option:checked').textContent()).toBe('No change');
    expect(await field('Set status').locator('option:checked').textContent()).toBe('No change');
    expect(await topicField('Add topic').inputValue()).toBe('');
    expect(await topicField('Remove topic').inputValue()).toBe('');
    // Nothing to apply while nothing changes.
    expect(await bulk().getByRole('button', { name: 'Apply' }).isDisabled()).toBe(true);
    await bulk().getByRole('button', { name: 'Cancel' }).click();
    await panel.setViewportSize({ width: 400, height: 800 });
  });

  it('sets the status of the selected sources, and undoes it', async () => {
    await change(() => field('Set status').selectOption('archived'));
    await expect
      .poll(() => panel.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('Set 2 sources to Archived.'));
    await expect.poll(async () => (await stored('spaced'))?.status).toBe('archived');
    expect((await stored('retrieval'))?.status).toBe('archived');
    await expect.poll(() => row(SPACED).locator('.meta').textContent()).toContain('Archived');

    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await stored('spaced'))?.status).toBe('to_explore');
    expect((await stored('retrieval'))?.status).toBe('to_explore');
  });

  it('sets the category, adds and removes a topic, each undoable', async () => {
    await change(() => field('Set category').selectOption('mentors'));
    await expect.poll(async () => (await stored('retrieval'))?.category).toBe('mentors');
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await stored('retrieval'))?.category).toBe('research');

    await change(() => topicField('Add topic').fill('to review'));
    await expect
      .poll(async () => (await stored('spaced'))?.topics)
      .toEqual(['memory', 'learning science', 'to review']);
    await expect.poll(() => row(RETRIEVAL).locator('.row-topics').textContent()).toContain('to review');
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await stored('spaced'))?.topics).toEqual(['memory', 'learning science']);

    await change(() => topicField('Remove topic').fill('Memory'));
    await expect.poll(async () => (await stored('spaced'))?.topics).toEqual(['learning science']);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await stored('spaced'))?.topics).toEqual(['memory', 'learning science']);
    await bulk().getByRole('button', { name: 'Clear selection' }).click();
  });

  it('selects all shown and deletes them, then brings them back', async () => {
    await panel.getByRole('combobox', { name: 'Kind', exact: true }).selectOption('article');
    await expect.poll(titles).toEqual([SPACED, INTERLEAVING]);
    await panel.getByRole('checkbox', { name: 'Select all 2 shown' }).check();
    expect(await bulk().textContent()).toContain('2 selected');
    const before = await stored('spaced');
    await bulk().getByRole('button', { name: 'Delete selected' }).click();
    await expect.poll(() => panel.getByRole('status').allTextContents()).toContain('No saved source matches.');
    expect(await panel.getByRole('status').allTextContents()).toContainEqual(
      expect.stringContaining('Deleted 2 sources.'),
    );
    expect(await stored('spaced')).toBeUndefined();

    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(titles).toEqual([SPACED, INTERLEAVING]);
    // Back exactly as it was.
    expect(await stored('spaced')).toEqual(before);
    await panel.getByRole('combobox', { name: 'Kind', exact: true }).selectOption('');
  });
});

describe('the tab in front', () => {
  it('says whether its page is saved, what came from its site and from its author, and follows the tab', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('/blog-post.html'));
    await panel.bringToFront();
    const context = panel.getByRole('region', { name: 'This tab' });
    await expect
      .poll(() => context.textContent())
      .toContain('Saved in your network as Article, Blogs and newsletters:');
    expect(await context.getByRole('button', { name: SPACED }).count()).toBe(1);
    expect(await context.getByRole('list', { name: 'From 127.0.0.1 (2)' }).textContent()).toMatch(
      /Jane Doe.*Interleaving practice|Interleaving practice.*Jane Doe/,
    );
    expect(await context.getByRole('list', { name: 'From Jane Doe (1)' }).textContent()).toBe(INTERLEAVING);

    await context.getByRole('button', { name: 'Details of Jane Doe' }).click();
    await panel.getByRole('region', { name: 'Jane Doe' }).waitFor();
    await panel.keyboard.press('Escape');

    // It follows navigations in the tab.
    await page.goto(env.server.url('/plain.html'));
    await expect.poll(() => context.textContent()).toContain('This page is not saved yet.');
    expect(await context.getByRole('list', { name: /^From 127\.0\.0\.1/ }).count()).toBe(1);
    expect(await context.getByRole('list', { name: /^From Jane Doe/ }).count()).toBe(0);

    // And tab switches.
    const other = await env.browser.context.newPage();
    await other.goto(env.server.url('/posts/interleaving'));
    await panel.bringToFront();
    await expect.poll(() => context.textContent()).toContain('Saved in your network as Article');
    expect(await context.getByRole('button', { name: INTERLEAVING }).count()).toBe(1);
    await other.close();
    await page.bringToFront();
    await panel.bringToFront();
    await expect.poll(() => context.textContent()).toContain('This page is not saved yet.');

    // "Save this tab" opens the capture popup for that tab, in a window of its own.
    const tabId = await env.browser.tabIdOf(page);
    const [popup] = await Promise.all([
      env.browser.context.waitForEvent('page'),
      context.getByRole('button', { name: 'Save this tab' }).click(),
    ]);
    await popup.waitForLoadState();
    expect(popup.url()).toMatch(new RegExp(`/popup\\.html\\?tabId=${tabId}$`));
    await popup.getByRole('textbox', { name: 'Title' }).waitFor();
    expect(await popup.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('A page with nothing but a title');
    await popup.close();
    await page.close();
  });
});

describe('the network page', () => {
  it('does not say everything followed was opened when some of it never was', async () => {
    // Jane Doe is followed and was never opened; Interleaving practice was opened an hour ago.
    const network = await env.browser.openExtensionPage('options.html');
    const stale = network.getByRole('region', { name: 'Not opened in 90 days' });
    await expect.poll(() => stale.textContent()).toContain('once 90 days pass');
    expect(await stale.textContent()).not.toContain('You opened everything');
    await network.close();
    await panel.bringToFront();
  });
});

describe('a large collection', () => {
  it('keeps the list under 1,400 nodes with 5,000 sources, scrolled anywhere, and searches it', async () => {
    const written = await writeFakeCollection(panel, { count: 5_000, clipEvery: 100 });
    expect(written.sources).toBe(5_000);
    await panel.reload();
    await expect.poll(() => panel.getByText('5,005 saved').count()).toBe(1);
    // The newest come first; the rest follow.
    await expect.poll(() => list().locator('li.source').first().getAttribute('aria-setsize')).toBe('5005');
    const nodes = () =>
      panel.evaluate(() => {
        const root = document.querySelector('ul[aria-label="Saved sources"]');
        if (!root) return -1;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
        let count = 1;
        while (walker.nextNode()) count++;
        return count;
      });
    expect(await nodes()).toBeGreaterThan(50);
    expect(await nodes()).toBeLessThanOrEqual(1_400);

    for (const at of [0.5, 1]) {
      await panel.evaluate((f) => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) * f), at);
      await expect.poll(() => list().locator('li.source').last().getAttribute('aria-posinset')).not.toBe('1');
      expect(await nodes()).toBeLessThanOrEqual(1_400);
    }
    expect(await list().locator('li.source').last().getAttribute('aria-posinset')).toBe('5005');
    expect(await list().locator('li.source').last().getAttribute('aria-setsize')).toBe('5005');

    await panel.evaluate(() => window.scrollTo(0, 0));
    await search().fill('ada lovelace');
    // Every row shown has the words marked: in its title, or in its author's name.
    await expect.poll(() => list().locator('li.source mark').count()).toBeGreaterThan(0);
    expect(await list().locator('li.source:not(:has(mark))').count()).toBe(0);
    expect(await nodes()).toBeLessThanOrEqual(1_400);
  });

  it('shows at least 8 compact rows in an 800 px high panel, each with its actions behind one button', async () => {
    await search().fill('');
    await panel.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => list().locator('li.source').first().getAttribute('aria-posinset')).toBe('1');
    const inView = () =>
      list()
        .locator('li.source')
        .evaluateAll(
          (rows) =>
            rows.filter((r) => r.getBoundingClientRect().top >= 0 && r.getBoundingClientRect().bottom <= innerHeight)
              .length,
        );
    expect(await inView()).toBeGreaterThanOrEqual(8);

    const first = list().locator('li.source').first();
    const title = (await first.locator('.source-title').textContent()) ?? '';
    // One button per row: its actions are in a menu.
    expect(await first.getByRole('button').count()).toBe(1);
    const menuButton = first.getByRole('button', { name: `Actions for ${title}`, exact: true });
    expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
    await menuButton.click();
    const menu = panel.getByRole('menu', { name: `Actions for ${title}` });
    const items = await menu.getByRole('menuitem').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
    expect(items).toEqual(expect.arrayContaining([`Details of ${title}`, `Edit ${title}`, `Delete ${title}`]));
    expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
    // The first item has the focus; arrows move; Escape goes back to the button.
    expect(
      await menu
        .getByRole('menuitem')
        .first()
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await panel.keyboard.press('ArrowDown');
    expect(
      await menu
        .getByRole('menuitem')
        .nth(1)
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    await panel.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    expect(await menuButton.evaluate((el) => el === document.activeElement)).toBe(true);
    // A category's name is not cut short in a row at this width ("Experts an…").
    const categoryShown = (r: typeof first) =>
      r.locator('.meta').evaluate((meta) => {
        const text = [...meta.childNodes].find(
          (n) => n.nodeType === Node.TEXT_NODE && n.textContent?.startsWith(' · '),
        );
        if (!text?.textContent) return false;
        const category = text.textContent.split(' · ')[1] ?? '';
        const range = document.createRange();
        range.setStart(text, 3);
        range.setEnd(text, 3 + category.length);
        return category.length > 0 && range.getBoundingClientRect().right <= meta.getBoundingClientRect().right;
      });
    const rows = list().locator('li.source');
    for (let i = 0; i < 8; i++) expect(await categoryShown(rows.nth(i))).toBe(true);
  });
});
