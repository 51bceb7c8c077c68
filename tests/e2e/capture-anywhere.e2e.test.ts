import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { withExtensionAndServer } from './browser';

/**
 * Context menus, keyboard commands and the toolbar badge. A test cannot open a native context
 * menu or press a browser shortcut, so it calls, in the background, the very handlers the
 * browser calls (the e2e build exposes them as `plnTest`), with what the browser would pass.
 */
const env = withExtensionAndServer();
let panel: Page;

interface TestHooks {
  onMenuClicked(info: object, tab: object): Promise<unknown>;
  onCommand(command: string, tab: object): Promise<unknown>;
}
declare const plnTest: TestHooks;
declare const chrome: {
  tabs: { get(id: number): Promise<object> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
};

beforeAll(async () => {
  panel = await env.browser.openExtensionPage('sidepanel.html');
});

async function openFixture(path: string) {
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url(path));
  return { page, tabId: await env.browser.tabIdOf(page) };
}

/** Calls a background handler with the tab as the browser describes it. */
function menu(tabId: number, info: object) {
  return env.browser.worker.evaluate(async ([id, data]) => plnTest.onMenuClicked(data, await chrome.tabs.get(id)), [
    tabId,
    info,
  ] as const);
}

function badge(tabId: number) {
  return env.browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

const titles = () => panel.getByRole('list', { name: 'Saved sources' }).locator('.source-title').allTextContents();

describe('capture from anywhere', () => {
  it('"Save page to PLN" saves the page, and the icon says so', async () => {
    const { page, tabId } = await openFixture('/blog-post.html?utm_campaign=spring');
    await menu(tabId, { menuItemId: 'save-page' });
    await panel.bringToFront();
    await expect.poll(titles).toEqual(['Spaced repetition for engineers']);
    expect(await badge(tabId)).toBe('✓');
    await page.close();
  });

  it('"Save link to PLN" saves the link\'s target, titled with the link\'s text', async () => {
    const { page, tabId } = await openFixture('/blog-post.html');
    await menu(tabId, { menuItemId: 'save-link', linkUrl: env.server.url('/posts/other') });
    await panel.bringToFront();
    await expect.poll(titles).toContain('Another post');
    await page.close();
  });

  it('"Save selection as quote" adds the quote to the page\'s source', async () => {
    const { page, tabId } = await openFixture('/blog-post.html');
    await menu(tabId, { menuItemId: 'save-quote', selectionText: 'Review just before you would forget.' });
    await menu(tabId, { menuItemId: 'save-quote', selectionText: 'Start with five cards a day.' });
    await panel.bringToFront();
    // A row's actions are in its menu.
    await panel.getByRole('button', { name: 'Actions for Spaced repetition for engineers' }).click();
    await panel.getByRole('menuitem', { name: 'Edit Spaced repetition for engineers' }).click();
    const quote = panel.getByRole('textbox', { name: 'Quote' });
    await expect
      .poll(() => quote.inputValue())
      .toBe('Review just before you would forget.\n\nStart with five cards a day.');
    await panel.getByRole('button', { name: 'Cancel' }).click();
    expect((await titles()).filter((t) => t === 'Spaced repetition for engineers')).toHaveLength(1);
    await page.close();
  });

  it('the "save page" shortcut saves the page in front', async () => {
    const { page, tabId } = await openFixture('/plain.html');
    await env.browser.worker.evaluate(async (id) => plnTest.onCommand('save-page', await chrome.tabs.get(id)), tabId);
    await panel.bringToFront();
    await expect.poll(titles).toContain('A page with nothing but a title');
    await page.close();
  });

  it('the popup lists the shortcuts', async () => {
    const { page, tabId } = await openFixture('/plain.html');
    const popup = await env.browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    await popup.getByText('Shortcuts', { exact: true }).click();
    await expect.poll(() => popup.locator('.shortcuts').textContent()).toContain('Alt+Shift+S');
    expect(await popup.locator('.shortcuts').textContent()).toContain('Save the current page to your learning network');
    await popup.close();
    await page.close();
  });

  it('shows on the icon whether the page in front is saved, once the option is on', async () => {
    const saved = await openFixture('/blog-post.html');
    const unsaved = await openFixture('/hostile.html');
    await saved.page.bringToFront();
    expect(await badge(saved.tabId)).toBe('');

    const options = await env.browser.openExtensionPage('options.html');
    await options.getByRole('checkbox', { name: /already saved/ }).check();
    await expect.poll(() => options.getByRole('alert').count()).toBe(0);
    await saved.page.bringToFront();
    await expect.poll(() => badge(saved.tabId)).toBe('✓');
    await unsaved.page.bringToFront();
    await expect.poll(() => badge(unsaved.tabId)).toBe('');

    // Navigating within the tab to a saved address updates the icon.
    await unsaved.page.goto(env.server.url('/posts/spaced-repetition'));
    await expect.poll(() => badge(unsaved.tabId)).toBe('✓');

    await options.bringToFront();
    await options.getByRole('checkbox', { name: /already saved/ }).uncheck();
    await saved.page.bringToFront();
    await expect.poll(() => badge(saved.tabId)).toBe('');
    await options.close();
  });
});
