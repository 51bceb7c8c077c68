import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIREFOX_CANDIDATE,
  firefoxPath,
  launchFirefoxWithExtension,
  WAIT_MS,
  type FirefoxWithExtension,
} from './firefox';
import { startFixtureServer, type FixtureServer } from './server';

// Firefox ESR driven by puppeteer-core over WebDriver BiDi, the Firefox e2e build installed
// (`npx wxt build -b firefox --mode e2e`, output .output/firefox-mv2-e2e).
//
// Elements are found by role and accessible name with puppeteer's `::-p-aria(...)` selectors.
// Over BiDi puppeteer answers them with `browsingContext.locateNodes` and an accessibility
// locator, which Firefox implements, in extension pages too. The name must match exactly,
// as Firefox computes it (a section labelled by its heading includes the heading's count).

const FIREFOX = firefoxPath();
const SKIP_REASON = `no Firefox at ${FIREFOX_CANDIDATE}: install firefox-esr or set FIREFOX_PATH`;
if (!FIREFOX) console.warn(`Skipping the Firefox browser tests: ${SKIP_REASON}`);
const POST_TITLE = 'Spaced repetition for engineers';
const poll = { timeout: WAIT_MS, interval: 100 };

/** A `::-p-aria` selector for the element with this role and exact accessible name. */
const role = (roleName: string, name?: string) =>
  name === undefined ? `::-p-aria([role="${roleName}"])` : `::-p-aria([name="${name}"][role="${roleName}"])`;

/** The value of the form field found by `selector`, once it is there. */
async function valueOf(page: Page, selector: string): Promise<string> {
  const field = await page.waitForSelector(selector, { timeout: WAIT_MS });
  if (!field) throw new Error(`No ${selector}`);
  try {
    return await field.evaluate((el) => (el as HTMLInputElement).value);
  } finally {
    await field.dispose();
  }
}

/** The texts of every live region with role status on the page. */
const statusTexts = (page: Page) => page.$$eval(role('status'), (els) => els.map((el) => el.textContent?.trim() ?? ''));

/** The titles listed in the side panel's "Saved sources" list, top to bottom. */
const listedTitles = (page: Page) =>
  page.$$eval(`${role('list', 'Saved sources')} .source-title`, (els) => els.map((el) => el.textContent?.trim() ?? ''));

/** The text of the region with this exact accessible name, or null while there is none. */
async function regionText(page: Page, name: string): Promise<string | null> {
  const region = await page.$(role('region', name));
  if (!region) return null;
  try {
    return await region.evaluate((el) => el.textContent ?? '');
  } finally {
    await region.dispose();
  }
}

describe.skipIf(!FIREFOX)(
  FIREFOX ? 'Firefox: capturing a blog post and its author' : `Firefox (skipped: ${SKIP_REASON})`,
  () => {
    let server: FixtureServer;
    let firefox: FirefoxWithExtension;

    beforeAll(async () => {
      server = await startFixtureServer();
      firefox = await launchFirefoxWithExtension();
    });

    afterAll(async () => {
      await firefox?.close();
      await server?.close();
    });

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
      await popup.waitForSelector(role('button', 'Save author'), { timeout: WAIT_MS });

      await popup.locator(role('button', 'Save')).setTimeout(WAIT_MS).click();
      await expect.poll(() => statusTexts(popup), poll).toContain('Saved to Blogs and newsletters.');
      await popup.locator(role('button', 'Save author')).setTimeout(WAIT_MS).click();
      await expect.poll(() => statusTexts(popup), poll).toContain('Saved to Experts and thought leaders.');
      await popup.close();
      await post.close();
    });

    it('lists both in the side panel, and finds both by searching for the author', async () => {
      const panel = await firefox.openExtensionPage('sidepanel.html');
      await expect.poll(() => listedTitles(panel), poll).toEqual(['Jane Doe', POST_TITLE]);

      const search = panel.locator(role('searchbox', 'Search')).setTimeout(WAIT_MS);
      // First narrow the list (by the site's name), so that the search is seen to apply.
      await search.fill('learning loop');
      await expect.poll(() => listedTitles(panel), poll).toEqual([POST_TITLE]);
      await search.fill('jane'); // the person, and the post by her
      await expect.poll(() => valueOf(panel, role('searchbox', 'Search')), poll).toBe('jane');
      await expect.poll(() => listedTitles(panel), poll).toEqual(['Jane Doe', POST_TITLE]);
      await panel.close();
    });

    it('shows them under their categories on the network page', async () => {
      const network = await firefox.openExtensionPage('options.html');
      // Each section is labelled by its heading, which ends with the number of sources in it.
      await expect.poll(() => regionText(network, 'Blogs and newsletters 1'), poll).toContain(POST_TITLE);
      expect(await regionText(network, 'Experts and thought leaders 1')).toContain('Jane Doe');
      await network.close();
    });
  },
);
