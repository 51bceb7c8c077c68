import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ROOT } from './browser';
import { describeInFirefox, launchFirefoxWithExtension, WAIT_MS, type FirefoxWithExtension } from './firefox';
import { click, downloaded, fill, find, role, statusTexts, textOf, textsOf, upload } from './firefox-page';
import { startFixtureServer, type FixtureServer } from './server';

/**
 * The practice loop and bringing a network in, in Firefox ESR (puppeteer over WebDriver BiDi):
 * a goal, a post and its author saved to it from the popup, the goal's page, a reflection, the
 * portfolio file, and several export files imported at once and undone as one. Waits go through
 * firefox-page.ts (see there why).
 */
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'io');
const GOAL = 'Learn spaced repetition';
const POST = 'Spaced repetition for engineers';
const AUTHOR = 'Jane Doe';
const REFLECTION = `${POST} taught me to review just before I would forget.`;
const poll = { timeout: WAIT_MS, interval: 100 };

/** Chooses the option of a select by its visible text, as a person picking it. */
async function chooseOption(page: Page, selector: string, label: string): Promise<void> {
  const select = (await find(page, selector)) as ElementHandle<HTMLSelectElement>;
  try {
    await expect
      .poll(() => select.evaluate((s, text) => [...s.options].some((o) => o.text === text), label), poll)
      .toBe(true);
    const value = await select.evaluate((s, text) => [...s.options].find((o) => o.text === text)?.value ?? '', label);
    await select.select(value);
  } finally {
    await select.dispose();
  }
}

describeInFirefox('Firefox: goals, reflection, portfolio and several imports', () => {
  let server: FixtureServer;
  let firefox: FirefoxWithExtension;
  let downloads: string;
  let options: Page;

  beforeAll(async () => {
    downloads = await mkdtemp(join(tmpdir(), 'pln-firefox-portfolio-'));
    server = await startFixtureServer();
    firefox = await launchFirefoxWithExtension({ downloadDir: downloads });
    options = await firefox.openExtensionPage('options.html');
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it('adds a goal, and saves a post and its author to it from the popup', async () => {
    await fill(options, role('textbox', 'New goal'), GOAL);
    await click(options, role('button', 'Add goal'));
    await find(options, role('link', GOAL));

    const post = await firefox.browser.newPage();
    await post.goto(server.url('/blog-post.html'), { timeout: WAIT_MS });
    const popup = await firefox.openExtensionPage(`popup.html?tabId=${await firefox.tabIdOf(post)}`);
    await chooseOption(popup, role('combobox', 'Goal'), GOAL);
    await click(popup, role('button', 'Save page and author'));
    await expect.poll(() => statusTexts(popup), poll).toContain('Saved the page and its author.');
    await popup.close();
    await post.close();
  });

  it('lists both on the goal’s page and names what is missing', async () => {
    await click(options, role('link', GOAL));
    await find(options, role('heading', GOAL));
    await expect.poll(() => textOf(options, role('region', 'Sources and people (2)')), poll).toContain(POST);
    expect(await textOf(options, role('region', 'Sources and people (2)'))).toContain(AUTHOR);
    expect(await textOf(options, role('region', 'What is missing'))).toContain('No community for this goal.');
    await click(options, role('link', '← Back to my network'));
    await find(options, role('heading', 'Goals'));
  });

  it('saves a reflection that names the post', async () => {
    await click(options, role('button', 'Reflect now'));
    await fill(options, role('textbox', 'Reflection'), REFLECTION);
    await click(options, `${role('group', 'For which goals')} ${role('checkbox', GOAL)}`);
    await click(options, role('button', 'Save reflection'));
    await expect.poll(() => statusTexts(options), poll).toContain('Reflection saved in your journal.');
    await expect.poll(() => textOf(options, role('region', 'Journal')), poll).toContain(`Names: ${POST}`);
  });

  it('previews the portfolio, then saves a file with the goal, the post, the reflection and the author, and no script', async () => {
    await click(options, role('button', 'Export portfolio'));
    await click(options, role('button', 'Preview'));
    const frame = await find(options, 'iframe[title="Portfolio preview"]');
    expect(await frame.evaluate((f) => f.getAttribute('srcdoc'))).toContain(GOAL);
    await frame.dispose();
    await click(options, role('button', 'Save as HTML'));
    let file = '';
    await expect
      .poll(() => (file = downloaded(downloads, /^learning-portfolio-\d{4}-\d\d-\d\d\.html$/)), poll)
      .not.toBe('');
    const html = await readFile(file, 'utf8');
    for (const text of [GOAL, POST, REFLECTION, AUTHOR]) expect(html).toContain(text);
    expect(html).not.toMatch(/<script/i);
  });

  it('imports several export files at once, by category, and undoes them as one', async () => {
    const before = await textsOf(options, '.category h2');
    await upload(
      options,
      'input#import-file',
      join(FIXTURES, 'mastodon-follows.csv'),
      join(FIXTURES, 'youtube-subscriptions.csv'),
    );
    await expect
      .poll(() => textOf(options, role('region', 'Import preview')), poll)
      .toContain('Experts and thought leaders: 3');
    expect(await textOf(options, role('region', 'Import preview'))).toContain('Videos and channels: 5');
    await click(options, role('button', 'Import 8'));
    await expect
      .poll(() => statusTexts(options), poll)
      .toContainEqual(expect.stringContaining('Imported: 8 new, 0 merged'));
    await click(options, role('button', 'Undo this import'));
    await expect
      .poll(() => statusTexts(options), poll)
      .toContainEqual(expect.stringContaining('Import undone: 8 moved to the trash'));
    await expect.poll(() => textsOf(options, '.category h2'), poll).toEqual(before);
  });
});
