import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './chromium';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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

  return {
    context,
    worker,
    extensionId,
    userDataDir: dir,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(base + path);
      return page;
    },
    async tabIdOf(page) {
      const url = page.url();
      const probe = await context.newPage();
      await probe.goto(`${base}sidepanel.html`);
      const id = await probe.evaluate(async (u) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === u)?.id;
      }, url);
      await probe.close();
      if (id === undefined) throw new Error(`No tab found for ${url}`);
      return id;
    },
    async close(options) {
      await context.close();
      if (options?.removeProfile) await rm(dir, { recursive: true, force: true });
    },
  };
}
