import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withExtensionAndServer } from './browser';
import { sourcesBy } from './db';

/** The optional in-page button, on the e2e build's test site (127.0.0.1). */
const env = withExtensionAndServer();

/** The ids of the content scripts the extension registered at run time. */
function registeredScripts(): Promise<string[]> {
  return env.browser.worker.evaluate(async () => {
    const api = (
      globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string }[]> } } }
    ).chrome;
    return (await api.scripting.getRegisteredContentScripts()).map((s) => s.id);
  });
}

/** The button lives in a closed shadow root; Playwright's role queries pierce open roots only, so find its host. */
function button(page: Page) {
  return page.locator('pln-capture-button');
}

describe('in-page buttons', () => {
  it('runs nothing on a site until it is turned on', async () => {
    expect(await registeredScripts()).toEqual([]);
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('/profile-jane.html'), { waitUntil: 'load' });
    // The script marks the page as soon as it runs; it has not.
    expect(await page.evaluate(() => document.documentElement.dataset.plnInpage)).toBeUndefined();
    expect(await button(page).count()).toBe(0);
    await page.close();
  });

  it('turning the site on shows the button; one click puts the person in the side panel', async () => {
    const options = await env.browser.openExtensionPage('options.html');
    await options.getByRole('checkbox', { name: 'Test site (127.0.0.1)' }).check();
    await expect.poll(registeredScripts).toEqual(['pln-inpage-test-site']);

    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('/profile-jane.html'));
    await expect.poll(() => button(page).count()).toBe(1);
    const host = button(page);
    await expect.poll(() => host.evaluate((el) => el.previousElementSibling?.textContent)).toBe('Jane Doe');
    // What the page itself can measure of the button (its shadow root is closed).
    const sizeSeenByPage = () =>
      host.evaluate((el) => {
        const box = el.getBoundingClientRect();
        return { width: box.width, height: box.height };
      });
    const before = { size: await sizeSeenByPage(), look: await host.screenshot() };
    await host.click();
    const panel = await env.browser.openExtensionPage('sidepanel.html');
    const list = panel.getByRole('list', { name: 'Saved sources' });
    await expect.poll(() => list.locator('.source-title').allTextContents()).toEqual(['Jane Doe']);
    // The button now says Saved (it looks different), and the page cannot tell by its size.
    await expect.poll(async () => (await host.screenshot()).equals(before.look)).toBe(false);
    expect(await sizeSeenByPage()).toEqual(before.size);
    expect(await list.textContent()).toContain('Person');
    await panel.close();
    await page.close();
    await options.close();
  });

  it('following the same person from a second profile that links to the first gives one person with two profiles', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(env.server.url('/profile-jane-code.html'));
    await expect.poll(() => button(page).count()).toBe(1);
    await button(page).click();
    const panel = await env.browser.openExtensionPage('sidepanel.html');
    const list = panel.getByRole('list', { name: 'Saved sources' });
    await expect
      .poll(() => sourcesBy(panel, 'kind', 'person'))
      .toMatchObject([
        {
          title: 'Jane Doe',
          url: env.server.url('/profile-jane.html'),
          profiles: [{ url: env.server.url('/profile-jane-code.html') }],
        },
      ]);
    expect(await list.locator('.source-title').allTextContents()).toEqual(['Jane Doe']);
    await panel.close();
    await page.close();
  });

  it('a profile can be split off into a person of its own, and merged back', async () => {
    const panel = await env.browser.openExtensionPage('sidepanel.html');
    const list = panel.getByRole('list', { name: 'Saved sources' });
    // A row's actions are in its menu.
    await panel.getByRole('button', { name: 'Actions for Jane Doe' }).click();
    await panel.getByRole('menuitem', { name: 'Details of Jane Doe' }).click();
    const code = `${new URL(env.server.url('/')).host}/profile-jane-code.html`;
    await panel.getByRole('button', { name: `Split ${code} off into a person of its own` }).click();
    await expect
      .poll(() => panel.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('is now a person of its own'));
    await panel.getByRole('button', { name: /Back/ }).click();
    await expect.poll(() => list.locator('.source-title').allTextContents()).toEqual(['Jane Doe', 'Jane Doe']);

    await panel.getByRole('button', { name: 'Actions for Jane Doe' }).first().click();
    await panel.getByRole('menuitem', { name: 'Details of Jane Doe' }).click();
    const merge = panel.getByRole('combobox', { name: 'Merge another person into Jane Doe' });
    // The only other person is the other Jane Doe (after the placeholder option).
    expect(await merge.locator('option').count()).toBe(2);
    await merge.selectOption({ index: 1 });
    await panel.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect
      .poll(() => panel.getByRole('status').allTextContents())
      .toContainEqual(expect.stringContaining('Merged Jane Doe into Jane Doe'));
    await panel.getByRole('button', { name: /Back/ }).click();
    await expect.poll(() => list.locator('.source-title').allTextContents()).toEqual(['Jane Doe']);
    await panel.close();
  });
});
