import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './browser';
import { describeInFirefox, launchFirefoxWithExtension, WAIT_MS, type FirefoxWithExtension } from './firefox';
import { click, downloaded, fill, role, statusTexts, textOf, textsOf, upload, valueOf } from './firefox-page';
import { startFixtureServer, type FixtureServer } from './server';

// Firefox ESR driven by puppeteer-core over WebDriver BiDi, the Firefox e2e build installed
// (`npx wxt build -b firefox --mode e2e`, output .output/firefox-mv2-e2e).
//
// Elements are found by role and accessible name with puppeteer's `::-p-aria(...)` selectors.
// Over BiDi puppeteer answers them with `browsingContext.locateNodes` and an accessibility
// locator, which Firefox implements, in extension pages too. The name must match exactly,
// as Firefox computes it (a section labelled by its heading includes the heading's count).
// Waits and clicks go through firefox-page.ts, never Puppeteer's Locator (see there why).

const POST_TITLE = 'Spaced repetition for engineers';
const BOOKMARKS = join(ROOT, 'tests', 'fixtures', 'import', 'bookmarks.html');
const IMPORTED = [
  'A talk on deliberate practice',
  'Notes on note-taking & <b>habits</b>',
  'Retrieval practice, explained',
];
const poll = { timeout: WAIT_MS, interval: 100 };

/** The titles listed in the side panel's "Saved sources" list, top to bottom. */
const listedTitles = (page: Page) => textsOf(page, `${role('list', 'Saved sources')} .source-title`);

describeInFirefox('Firefox', () => {
  let server: FixtureServer;
  let firefox: FirefoxWithExtension;
  let downloads: string;

  /** The titles the side panel lists, sorted, from a side panel opened for the question. */
  async function savedTitles(from: FirefoxWithExtension = firefox): Promise<string[]> {
    const panel = await from.openExtensionPage('sidepanel.html');
    try {
      return (await listedTitles(panel)).sort();
    } finally {
      await panel.close();
    }
  }

  beforeAll(async () => {
    downloads = await mkdtemp(join(tmpdir(), 'pln-firefox-downloads-'));
    server = await startFixtureServer();
    firefox = await launchFirefoxWithExtension({ downloadDir: downloads });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  describe('capturing a blog post and its author', () => {
    it('has host access to the fixture server without a toolbar click', async () => {
      const page = await firefox.openExtensionPage('sidepanel.html');
      const origins = await page.evaluate(async () => {
        const api = (
          globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins?: string[] }> } } }
        ).browser;
        return (await api.permissions.getAll()).origins ?? [];
      });
      expect(origins).toEqual(expect.arrayContaining(['http://127.0.0.1/*', 'http://localhost/*']));
      await page.close();
    });

    it('saves the post from the popup, then its author', async () => {
      const post = await firefox.browser.newPage();
      await post.goto(server.url('/blog-post.html'), { timeout: WAIT_MS });
      const tabId = await firefox.tabIdOf(post);
      const popup = await firefox.openExtensionPage(`popup.html?tabId=${tabId}`);

      await expect.poll(() => valueOf(popup, role('textbox', 'Title')), poll).toBe(POST_TITLE);
      await click(popup, role('button', 'Save'));
      await expect.poll(() => statusTexts(popup), poll).toContain('Saved to Blogs and newsletters.');
      await click(popup, role('button', 'Save author'));
      await expect.poll(() => statusTexts(popup), poll).toContain('Saved to Experts and thought leaders.');
      await popup.close();
      await post.close();
    });

    it('shows them under their categories on the network page', async () => {
      const network = await firefox.openExtensionPage('options.html');
      // Each section is labelled by its heading, which ends with the number of sources in it.
      await expect.poll(() => textOf(network, role('region', 'Blogs and newsletters 1')), poll).toContain(POST_TITLE);
      expect(await textOf(network, role('region', 'Experts and thought leaders 1'))).toContain('Jane Doe');
      await network.close();
    });
  });

  describe('the side panel', () => {
    let panel: Page;
    beforeAll(async () => {
      panel = await firefox.openExtensionPage('sidepanel.html');
    });
    afterAll(async () => {
      await panel?.close();
    });

    it('lists both, and searches as you type', async () => {
      await expect.poll(() => listedTitles(panel), poll).toEqual(['Jane Doe', POST_TITLE]);
      // First narrow the list (by the site's name), so that the search is seen to apply.
      await fill(panel, role('searchbox', 'Search'), 'learning loop');
      await expect.poll(() => listedTitles(panel), poll).toEqual([POST_TITLE]);
      await fill(panel, role('searchbox', 'Search'), 'jane'); // the person, and the post by her
      expect(await valueOf(panel, role('searchbox', 'Search'))).toBe('jane');
      await expect.poll(() => listedTitles(panel), poll).toEqual(['Jane Doe', POST_TITLE]);
      await fill(panel, role('searchbox', 'Search'), 'no such words anywhere');
      await expect.poll(() => listedTitles(panel), poll).toEqual([]);
      await fill(panel, role('searchbox', 'Search'), '');
      await expect.poll(() => listedTitles(panel), poll).toEqual(['Jane Doe', POST_TITLE]);
    });

    it("shows a source's details with the person behind it, and that person's own details", async () => {
      await click(panel, role('button', `Actions for ${POST_TITLE}`));
      await click(panel, role('menuitem', `Details of ${POST_TITLE}`));
      await expect.poll(() => textOf(panel, role('region', POST_TITLE)), poll).toContain('Blogs and newsletters');
      const detail = (await textOf(panel, role('region', POST_TITLE))) ?? '';
      expect(detail).toContain('Article');
      expect(detail).toContain('Jane Doe');
      await click(panel, `${role('region', POST_TITLE)} ${role('button', 'Jane Doe')}`);
      await expect
        .poll(() => textOf(panel, `${role('region', 'Jane Doe')} ${role('list', 'Saved from Jane Doe')}`), poll)
        .toContain(POST_TITLE);
    });
  });

  describe('import and backup', () => {
    let options: Page;
    beforeAll(async () => {
      options = await firefox.openExtensionPage('options.html');
    });
    afterAll(async () => {
      await options?.close();
    });

    it('previews a bookmark file before writing anything, imports it on confirmation, and undoes it', async () => {
      await upload(options, 'input#import-file', BOOKMARKS);
      await expect
        .poll(() => textOf(options, role('region', 'Import preview')), poll)
        .toContain('3 new sources, 0 that you already have');
      expect(await textOf(options, role('region', 'Import preview'))).toMatch(/Line 1\d: .*javascript/);
      expect(await savedTitles()).toEqual(['Jane Doe', POST_TITLE]);

      await click(options, role('button', 'Import 3'));
      await expect
        .poll(() => statusTexts(options), poll)
        .toContainEqual(expect.stringContaining('Imported: 3 new, 0 merged, 0 skipped.'));
      await expect.poll(() => savedTitles(), poll).toEqual(['Jane Doe', ...IMPORTED, POST_TITLE].sort());

      await click(options, role('button', 'Undo this import'));
      await expect
        .poll(() => statusTexts(options), poll)
        .toContainEqual(expect.stringContaining('Import undone: 3 moved to the trash'));
      await expect.poll(() => savedTitles(), poll).toEqual(['Jane Doe', POST_TITLE]);
    });

    it('backs up to a file that restores the same sources into a new profile', async () => {
      await click(options, role('button', 'Back up now'));
      let file = '';
      await expect
        .poll(() => (file = downloaded(downloads, /^pln-capture-backup-\d{4}-\d\d-\d\d\.json$/)), poll)
        .not.toBe('');

      const fresh = await launchFirefoxWithExtension();
      try {
        const page = await fresh.openExtensionPage('options.html');
        await upload(page, 'input#import-file', file);
        await click(page, role('button', 'Import 2'));
        await expect.poll(() => statusTexts(page), poll).toContainEqual(expect.stringContaining('Imported: 2 new'));
        await expect.poll(() => savedTitles(fresh), poll).toEqual(['Jane Doe', POST_TITLE]);
      } finally {
        await fresh.close();
      }
    });
  });
});
