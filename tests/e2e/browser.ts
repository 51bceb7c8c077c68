import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './chromium';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startFixtureServer, type FixtureServer } from './server';

/** The part of the extension API that tests evaluate inside an extension page. */
declare const chrome: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };

export const ROOT = join(import.meta.dirname, '..', '..');
/** The build for browser tests: `wxt build --mode e2e`. */
export const E2E_BUILD = join(ROOT, '.output', 'chrome-mv3-e2e');
/** README screenshots are rewritten with UPDATE_SCREENSHOTS=1; otherwise they go to tests/.artifacts. */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS
  ? join(ROOT, 'docs', 'screenshots')
  : join(ROOT, 'tests', '.artifacts', 'screenshots');

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker (its background). */
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  /** Opens one of the extension's pages (e.g. 'sidepanel.html') in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The browser's id for the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  /** Opens the popup for the tab showing `page`, as `popup.html?tabId=N`, at a popup's size (400 × 760). */
  openPopupFor(page: Page): Promise<Page>;
  /** Closes the browser; the profile stays unless `removeProfile`. */
  close(options?: { removeProfile?: boolean }): Promise<void>;
}

/** Starts Debian's Chromium with the e2e build loaded, on a new or given profile. */
export async function launchWithExtension(userDataDir?: string): Promise<ExtensionBrowser> {
  if (!existsSync(join(E2E_BUILD, 'manifest.json'))) {
    throw new Error(`No e2e build at ${E2E_BUILD}: run "npm run build:e2e" first`);
  }
  const dir = userDataDir ?? (await mkdtemp(join(tmpdir(), 'pln-e2e-')));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless: false,
    viewport: { width: 1100, height: 800 },
    args: chromiumArgs({ extension: E2E_BUILD }),
  });
  const worker: Worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const base = `chrome-extension://${extensionId}/`;

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await context.newPage();
    await page.goto(base + path);
    return page;
  };
  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const probe = await openExtensionPage('sidepanel.html');
    const id = await probe.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id;
    }, url);
    await probe.close();
    if (id === undefined) throw new Error(`No tab found for ${url}`);
    return id;
  };

  return {
    context,
    worker,
    extensionId,
    userDataDir: dir,
    openExtensionPage,
    tabIdOf,
    async openPopupFor(page) {
      const popup = await openExtensionPage(`popup.html?tabId=${await tabIdOf(page)}`);
      await popup.setViewportSize({ width: 400, height: 760 });
      return popup;
    },
    async close(options) {
      await context.close();
      if (options?.removeProfile) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** The fixture server and Chromium with the extension, for the tests of one file. */
export interface ExtensionAndServer {
  readonly server: FixtureServer;
  readonly browser: ExtensionBrowser;
  /** Closes the browser and starts it again on the same profile, as a person restarting it. */
  restart(): Promise<ExtensionBrowser>;
}

/**
 * Starts the fixture server and Chromium with the extension before the file's tests (in a
 * `beforeAll` registered now, so a file's own `beforeAll` after this call sees both), and stops
 * both after them, removing the profile. Read `server` and `browser` inside hooks and tests.
 */
export function withExtensionAndServer(): ExtensionAndServer {
  let server: FixtureServer | undefined;
  let browser: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close({ removeProfile: true });
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('withExtensionAndServer: read before its beforeAll ran');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    async restart() {
      const profile = started(browser).userDataDir;
      await started(browser).close();
      browser = await launchWithExtension(profile);
      return browser;
    },
  };
}

/** Opens a fixture page in a new tab and the popup for that tab, once the popup's form is there. */
export async function openWithPopup(env: ExtensionAndServer, path: string): Promise<{ page: Page; popup: Page }> {
  const page = await env.browser.context.newPage();
  await page.goto(env.server.url(path));
  const popup = await env.browser.openPopupFor(page);
  await popup.getByRole('textbox', { name: 'Title' }).waitFor();
  return { page, popup };
}
