import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, withExtensionAndServer } from './browser';
import { sourcesBy } from './db';

const POST_TITLE = 'Spaced repetition for engineers';

const env = withExtensionAndServer();
let panel: Page;
let network: Page;

beforeAll(async () => {
  // The side panel and the network page are open before anything is saved: they must update live.
  panel = await env.browser.openExtensionPage('sidepanel.html');
  network = await env.browser.openExtensionPage('options.html');
});

/** Runs one of a side panel row's actions, from the row's menu. */
async function rowAction(on: Page, title: string, action: string): Promise<void> {
  await on.getByRole('button', { name: `Actions for ${title}`, exact: true }).click();
  await on.getByRole('menuitem', { name: action, exact: true }).click();
}

/**
 * What on an extension page could run or lead somewhere it should not: an element with an inline
 * event handler, a script other than the page's own module in its head, a frame, object or
 * embed, a link that is not http(s) or one of the extension's own pages, any javascript: address.
 */
function activeContent(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll('*')) {
      const tag = element.tagName.toLowerCase();
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`<${tag} ${attribute.name}>`);
        if (/^\s*(javascript|vbscript):/i.test(attribute.value))
          found.push(`<${tag} ${attribute.name}="${attribute.value}">`);
      }
      if (['iframe', 'frame', 'object', 'embed', 'applet', 'base'].includes(tag)) found.push(`<${tag}>`);
      if (tag === 'script') {
        const own =
          element.parentElement === document.head &&
          (element as HTMLScriptElement).type === 'module' &&
          (element as HTMLScriptElement).src.startsWith(location.origin);
        if (!own) found.push(`<script ${(element as HTMLScriptElement).src}>`);
      }
      const href = tag === 'a' || tag === 'area' ? element.getAttribute('href') : null;
      if (href !== null) {
        const url = URL.parse(href, location.href);
        const fine = url && (url.protocol === 'http:' || url.protocol === 'https:' || url.origin === location.origin);
        if (!fine) found.push(`<${tag} href="${href}">`);
      }
    }
    return found;
  });
}

/** Opens a fixture page and the popup for its tab, as `popup.html?tabId=N`. */
async function capture(path: string, select?: string): Promise<{ page: Page; popup: Page }> {
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url(path));
  if (select) {
    await page.evaluate((selector) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`no ${selector}`);
      const range = document.createRange();
      range.selectNodeContents(el);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    }, select);
  }
  const popup = await env.browser.openPopupFor(page);
  await popup.getByRole('textbox', { name: 'Title' }).waitFor();
  return { page, popup };
}

describe('capturing a blog post and its author', () => {
  it('shows what the page says: title, site, kind, description and the author', async () => {
    const { popup } = await capture('/blog-post.html?utm_source=newsletter', '#key-idea');
    await expect.poll(() => popup.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(POST_TITLE);
    const preview = popup.getByRole('region', { name: 'This page', exact: true });
    await expect.poll(() => preview.textContent()).toContain('The Learning Loop');
    expect(await preview.textContent()).toContain('Article');
    expect(await preview.textContent()).toContain('Why reviewing at growing intervals');
    expect(await popup.getByRole('combobox', { name: 'Category', exact: true }).inputValue()).toBe('blogs');
    expect(await popup.getByRole('textbox', { name: 'Quote' }).inputValue()).toContain(
      'Review just before you would forget',
    );
    const authors = popup.getByRole('region', { name: 'People behind this page' });
    expect(await authors.getByRole('link', { name: 'Jane Doe' }).getAttribute('href')).toBe(
      env.server.url('/about/jane'),
    );
    await popup.close();
  });

  it('saves the page with topics and a note, then the author', async () => {
    const { popup } = await capture('/blog-post.html?utm_source=newsletter', '#key-idea');
    const topics = popup.getByRole('combobox', { name: 'Topics' });
    await topics.fill('learning science');
    await topics.press('Enter');
    await topics.fill('memory');
    await topics.press('Enter');
    await popup.getByRole('textbox', { name: 'Note' }).fill('Try the five-card plan for a month.');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    // One saved state: one message, and the button says Saved.
    await expect.poll(() => popup.getByRole('status').allTextContents()).toEqual(['Saved to Blogs and newsletters.']);
    expect(await popup.getByRole('button', { name: 'Saved', exact: true }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Undo' }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Show in side panel' }).count()).toBe(1);

    await popup.getByRole('button', { name: 'Save author' }).click();
    await expect
      .poll(() => popup.getByRole('status').allTextContents())
      .toContain('Saved to Experts and thought leaders.');
    await mkdir(SCREENSHOTS, { recursive: true });
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup.png') });
    await popup.close();
  });

  it('lists both in the side panel at once, newest first, and finds them by search', async () => {
    // A side panel is visible beside the page; a tab in the background would be throttled.
    await panel.bringToFront();
    const list = panel.getByRole('list', { name: 'Saved sources' });
    await expect
      .poll(() =>
        list
          .getByRole('listitem')
          .filter({ has: panel.getByRole('button', { name: /^Actions for / }) })
          .count(),
      )
      .toBe(2);
    const titles = await list.locator('.source-title').allTextContents();
    expect(titles).toEqual(['Jane Doe', POST_TITLE]);
    expect(await list.textContent()).toContain('by Jane Doe');

    const search = panel.getByRole('searchbox', { name: 'Search' });
    await search.fill('learning loop'); // site name
    await expect.poll(() => list.locator('.source-title').allTextContents()).toEqual([POST_TITLE]);
    await search.fill('jane'); // the person, and the post by her
    await expect.poll(() => list.locator('.source-title').allTextContents()).toEqual(['Jane Doe', POST_TITLE]);
    await search.fill('five-card'); // the note
    await expect.poll(() => list.locator('.source-title').allTextContents()).toEqual([POST_TITLE]);
    await search.fill('nothing like this');
    await expect.poll(() => panel.getByRole('status').allTextContents()).toContain('No saved source matches.');
    await search.fill('');

    await panel.getByRole('combobox', { name: 'Kind' }).selectOption('person');
    await expect.poll(() => list.locator('.source-title').allTextContents()).toEqual(['Jane Doe']);
    await panel.getByRole('combobox', { name: 'Kind' }).selectOption('');
    await panel.getByRole('combobox', { name: 'Category' }).selectOption('blogs');
    await expect.poll(() => list.locator('.source-title').allTextContents()).toEqual([POST_TITLE]);
    await panel.getByRole('combobox', { name: 'Category' }).selectOption('');
  });

  it('shows them under their categories on the network page, without a reload', async () => {
    await network.bringToFront();
    const blogs = network.getByRole('region', { name: /Blogs and newsletters/ });
    await expect.poll(() => blogs.textContent()).toContain(POST_TITLE);
    expect(await blogs.textContent()).toContain('1');
    const experts = network.getByRole('region', { name: /Experts and thought leaders/ });
    expect(await experts.textContent()).toContain('Jane Doe');
    expect(await network.getByText('2 sources in 2 categories.').count()).toBe(1);
  });

  it('updates the same source when the post is saved again with another tracking parameter', async () => {
    const { popup } = await capture('/blog-post.html?utm_source=x');
    await expect
      .poll(() => popup.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('In your network since'));
    // The form edits the saved source: its topics and note are there.
    const note = popup.getByRole('textbox', { name: 'Note' });
    expect(await note.inputValue()).toBe('Try the five-card plan for a month.');
    expect(await popup.getByRole('button', { name: 'Saved', exact: true }).count()).toBe(1);
    await note.fill('Try the five-card plan for a month. Then seven.');
    await popup.getByRole('button', { name: 'Update', exact: true }).click();
    await expect.poll(() => popup.getByRole('status').allTextContents()).toEqual(['Updated in Blogs and newsletters.']);
    await popup.close();
    await panel.bringToFront();
    await expect.poll(() => panel.getByText('2 saved').count()).toBe(1);
  });

  it('opens a source in a tab from its row', async () => {
    const [tab] = await Promise.all([
      env.browser.context.waitForEvent('page'),
      panel.getByRole('link', { name: POST_TITLE }).click(),
    ]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(env.server.url('/posts/spaced-repetition'));
    await tab.close();
    // The visit is counted, for "most visited" and "not opened lately".
    await expect.poll(async () => (await sourcesBy<{ visits: number }>(panel, 'kind', 'article'))[0]?.visits).toBe(1);
  });

  it("kept the post's text, to read offline from the side panel", async () => {
    await panel.bringToFront();
    await panel.getByRole('button', { name: 'Actions for Jane Doe' }).click();
    expect(await panel.getByRole('menuitem', { name: 'Read Jane Doe offline' }).count()).toBe(0);
    await panel.keyboard.press('Escape');
    const [reader] = await Promise.all([
      env.browser.context.waitForEvent('page'),
      rowAction(panel, POST_TITLE, `Read ${POST_TITLE} offline`),
    ]);
    await reader.waitForLoadState();
    await expect.poll(() => reader.getByRole('heading', { level: 1 }).textContent()).toBe(POST_TITLE);
    const article = reader.getByRole('article');
    expect(await article.textContent()).toContain('Start with five cards a day');
    expect(await reader.getByRole('link', { name: 'Open the original' }).getAttribute('href')).toBe(
      env.server.url('/posts/spaced-repetition'),
    );
    await reader.close();
  });

  it('edits a source, and deletes it with undo', async () => {
    await panel.bringToFront();
    await rowAction(panel, POST_TITLE, `Edit ${POST_TITLE}`);
    const form = panel.getByRole('form', { name: `Edit ${POST_TITLE}` });
    await form.getByRole('textbox', { name: 'Title' }).fill('Spaced repetition, a field guide');
    await form.getByRole('combobox', { name: 'Status' }).selectOption('following');
    await form.getByRole('button', { name: 'Save' }).click();
    const list = panel.getByRole('list', { name: 'Saved sources' });
    await expect
      .poll(() => list.locator('.source-title').allTextContents())
      .toContain('Spaced repetition, a field guide');

    await rowAction(panel, 'Spaced repetition, a field guide', 'Delete Spaced repetition, a field guide');
    await expect.poll(() => list.locator('.source-title').allTextContents()).toEqual(['Jane Doe']);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => list.locator('.source-title').allTextContents())
      .toEqual(['Jane Doe', 'Spaced repetition, a field guide']);
    await mkdir(SCREENSHOTS, { recursive: true });
    await panel.setViewportSize({ width: 400, height: 640 });
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel.png') });
  });

  it('keeps the data when the browser restarts on the same profile', async () => {
    await env.restart();
    panel = await env.browser.openExtensionPage('sidepanel.html');
    const list = panel.getByRole('list', { name: 'Saved sources' });
    await expect
      .poll(() => list.locator('.source-title').allTextContents())
      .toEqual(['Jane Doe', 'Spaced repetition, a field guide']);
    expect(await list.textContent()).toContain('learning science');
  });
});

describe('the trash', () => {
  it('keeps a deleted source on the network page, from where it can be restored', async () => {
    await panel.bringToFront();
    await rowAction(panel, 'Jane Doe', 'Delete Jane Doe');
    await panel.getByRole('button', { name: 'Dismiss' }).click();
    const list = panel.getByRole('list', { name: 'Saved sources' });
    await expect
      .poll(() => list.locator('.source-title').allTextContents())
      .toEqual(['Spaced repetition, a field guide']);

    const options = await env.browser.openExtensionPage('options.html');
    const trash = options.getByRole('region', { name: 'Trash' });
    await expect.poll(() => trash.textContent()).toContain('Jane Doe');
    await trash.getByRole('button', { name: 'Restore Jane Doe' }).click();
    await expect.poll(() => trash.textContent()).toContain('The trash is empty.');
    await panel.bringToFront();
    await expect
      .poll(() => list.locator('.source-title').allTextContents())
      .toEqual(['Jane Doe', 'Spaced repetition, a field guide']);
    // The post still names her as its author: the link survived the round trip.
    expect(await list.textContent()).toContain('by Jane Doe');
    await options.close();
  });
});

describe('pages that try their luck, and pages that cannot be read', () => {
  it('shows markup in a title and an author as text, and nothing active, in every view', async () => {
    const { popup } = await capture('/hostile.html');
    const payload = '<img src=x onerror="window.__pwned=1">';
    await expect.poll(() => popup.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(payload);
    const authors = popup.getByRole('region', { name: 'People behind this page' });
    expect(await authors.textContent()).toContain(payload);
    // The check itself finds what it looks for.
    await popup.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'probe';
      probe.innerHTML = '<a href="javascript:void 0" onclick="void 0">x</a><iframe></iframe>';
      document.body.append(probe);
    });
    expect((await activeContent(popup)).sort()).toEqual([
      '<a href="javascript:void 0">',
      '<a href="javascript:void 0">',
      '<a onclick>',
      '<iframe>',
    ]);
    await popup.evaluate(() => document.getElementById('probe')?.remove());
    expect(await activeContent(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await popup.getByRole('button', { name: 'Saved', exact: true }).waitFor();
    await popup.getByRole('button', { name: 'Save author' }).click();
    await expect
      .poll(() => popup.getByRole('status').allTextContents())
      .toContain('Saved to Experts and thought leaders.');
    expect(await activeContent(popup)).toEqual([]);

    // The side panel: the list, then the details of the page and of its author.
    const side = await env.browser.openExtensionPage('sidepanel.html');
    const list = side.getByRole('list', { name: 'Saved sources' });
    await expect.poll(() => list.locator('.source-title').allTextContents()).toContain(payload);
    expect(await activeContent(side)).toEqual([]);
    const page = (
      await sourcesBy<{ id: string; kind: string }>(side, 'provenance.pageUrl', env.server.url('/hostile.html'))
    ).find((s) => s.kind === 'article');
    if (!page) throw new Error('the hostile page was not saved');
    // Two rows have that title: the page and its author.
    const actions = side.getByRole('button', { name: `Actions for ${payload}`, exact: true });
    await expect.poll(() => actions.count()).toBe(2);
    for (const row of [0, 1]) {
      await actions.nth(row).click();
      await side.getByRole('menuitem', { name: `Details of ${payload}`, exact: true }).click();
      await side.getByRole('heading', { level: 2, name: payload }).waitFor();
      expect(await activeContent(side)).toEqual([]);
      await side.getByRole('button', { name: /^← / }).click();
      await list.waitFor();
    }
    await side.close();

    // The reader, with the page's kept text.
    const reader = await env.browser.openExtensionPage(`reader.html?id=${page.id}`);
    await expect.poll(() => reader.getByRole('article').textContent()).toContain('tries its luck writes markup');
    expect(await reader.getByRole('article').textContent()).toContain('<iframe src="javascript:window.__pwned=1">');
    expect(await activeContent(reader)).toEqual([]);
    await reader.close();

    // The network page, view by view; the graph draws its labels as canvas text, the raw title.
    const options = await env.browser.openExtensionPage('options.html');
    for (const view of ['By category', 'By topic', 'By person', 'Graph']) {
      await options.getByRole('tab', { name: view, exact: true }).click();
      await expect.poll(() => options.getByRole('tab', { selected: true }).textContent()).toBe(view);
      if (view === 'By category' || view === 'By person')
        await expect.poll(() => options.getByRole('tabpanel').textContent()).toContain(payload);
      expect(await activeContent(options), view).toEqual([]);
    }
    await expect.poll(() => options.evaluate(() => 'plnGraph' in window)).toBe(true);
    const labels = await options.evaluate(() => {
      const { graph } = (
        window as unknown as {
          plnGraph: { graph: { nodes(): string[]; getNodeAttribute(node: string, name: string): unknown } };
        }
      ).plnGraph;
      return graph.nodes().map((node) => graph.getNodeAttribute(node, 'label'));
    });
    expect(labels.filter((label) => String(label).includes('<img'))).toEqual([payload, payload]);
    await options.close();
    await popup.close();
  });

  it('says plainly when a page is still loading, and still saves its address and title', async () => {
    const page = await env.browser.context.newPage();
    void page.goto(env.server.url('/slow')).catch(() => undefined);
    await expect.poll(() => page.title()).toBe('Still loading');
    const tabId = await env.browser.tabIdOf(page);
    const popup = await env.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.getByRole('alert').allTextContents())
      .toContainEqual(expect.stringContaining('still loading'));
    expect(await popup.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    expect(await popup.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Still loading');
    await popup.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => popup.getByRole('status').allTextContents()).toContain('Saved to Blogs and newsletters.');
    await popup.close();
    await page.close();
  });

  it('describes the page an app shows now, not metadata left from the page it loaded first', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('/app.html?v=first'));
    await page.evaluate(() =>
      (window as unknown as { showTalk(id: string, title: string): void }).showTalk('second', 'Second talk'),
    );
    const popup = await env.browser.openExtensionPage(`popup.html?tabId=${await env.browser.tabIdOf(page)}`);
    await expect.poll(() => popup.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Second talk - Talks App');
    expect(await popup.getByRole('region', { name: 'People behind this page' }).count()).toBe(0);
    // The first talk's og:type (video) is not taken for the second's kind either.
    expect(await popup.getByRole('region', { name: 'This page', exact: true }).textContent()).toContain('Article');
    await popup.close();
    await page.close();
  });

  it('captures a page that has nothing but a title, suggesting the topics already in use', async () => {
    const { popup } = await capture('/plain.html');
    await expect
      .poll(() => popup.getByRole('textbox', { name: 'Title' }).inputValue())
      .toBe('A page with nothing but a title');
    expect(await popup.getByRole('region', { name: 'People behind this page' }).count()).toBe(0);
    const topics = popup.getByRole('combobox', { name: 'Topics' });
    await topics.pressSequentially('mem');
    await expect
      .poll(() => popup.getByRole('listbox', { name: 'Topics you use' }).getByRole('option').allTextContents())
      .toEqual(['memory']);
    await topics.press('Enter');
    await expect.poll(() => popup.getByRole('button', { name: 'Remove topic memory' }).count()).toBe(1);
    expect(await topics.inputValue()).toBe('');
    await popup.close();
  });

  it('says plainly that a PDF in the browser viewer cannot be read, and still saves it', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('/paper.pdf')).catch(() => undefined);
    const tabId = await env.browser.tabIdOf(page);
    const popup = await env.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.getByRole('alert').allTextContents())
      .toContainEqual(expect.stringContaining('PDF viewer'));
    expect(await popup.getByRole('button', { name: 'Save', exact: true }).isEnabled()).toBe(true);
    await popup.close();
    await page.close();
  });
});
