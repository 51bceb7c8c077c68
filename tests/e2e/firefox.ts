import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import { ROOT } from './browser';

/** The Firefox build for browser tests: `wxt build -b firefox --mode e2e`. */
export const FIREFOX_E2E_BUILD = join(ROOT, '.output', 'firefox-mv2-e2e');

/** Where the tests look for Firefox: FIREFOX_PATH, else Debian's Firefox ESR. */
export const FIREFOX_CANDIDATE = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The Firefox to drive, or undefined when there is none at FIREFOX_CANDIDATE. */
export function firefoxPath(): string | undefined {
  return existsSync(FIREFOX_CANDIDATE) ? FIREFOX_CANDIDATE : undefined;
}

/**
 * `describe` for tests in Firefox: when there is no Firefox at FIREFOX_CANDIDATE they are skipped,
 * with the reason in their name and a warning, and not failed.
 */
export function describeInFirefox(name: string, body: () => void): void {
  const found = firefoxPath() !== undefined;
  const reason = `no Firefox at ${FIREFOX_CANDIDATE}: install firefox-esr or set FIREFOX_PATH`;
  if (!found) console.warn(`Skipping "${name}": ${reason}`);
  describe.skipIf(!found)(found ? name : `${name} (skipped: ${reason})`, body);
}

/** How long one wait on the browser may take before the test fails. */
export const WAIT_MS = 15_000;

/**
 * Prefs that keep Firefox off the network: the machines running the tests have none, and a
 * lookup that never answers stalls the browser. Puppeteer's own defaults point some services
 * at http://dummy.test/, which is still a DNS lookup, so those are overridden here too.
 */
const OFFLINE_PREFS: Record<string, string | number | boolean> = {
  'app.update.auto': false,
  'app.update.checkInstallTime': false,
  'app.update.disabledForTesting': true,
  'app.normandy.enabled': false,
  'app.normandy.api_url': '',
  'app.shield.optoutstudies.enabled': false,
  'browser.aboutHomeSnippets.updateUrl': '',
  'browser.discovery.enabled': false,
  'browser.newtabpage.activity-stream.feeds.section.topstories': false,
  'browser.newtabpage.activity-stream.feeds.snippets': false,
  'browser.newtabpage.activity-stream.showSponsored': false,
  'browser.newtabpage.activity-stream.showSponsoredTopSites': false,
  'browser.ping-centre.telemetry': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.provider.google.updateURL': '',
  'browser.safebrowsing.provider.google4.updateURL': '',
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.geoip.url': '',
  'browser.search.update': false,
  'browser.topsites.contile.enabled': false,
  'browser.urlbar.suggest.searches': false,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.documentServerURI': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'dom.push.connection.enabled': false,
  'extensions.blocklist.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.getAddons.discovery.api_url': 'data:, ',
  'extensions.systemAddon.update.enabled': false,
  'extensions.update.enabled': false,
  'extensions.webservice.discoverURL': '',
  'geo.provider.network.url': '',
  'identity.fxaccounts.enabled': false,
  'media.gmp-gmpopenh264.enabled': false,
  'nimbus.rollouts.enabled': false,
  'media.gmp-manager.url': '',
  'media.gmp-manager.updateEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.http.speculative-parallel-limit': 0,
  'network.prefetch-next': false,
  'network.proxy.type': 0,
  'network.sntp.pools': '',
  'network.trr.mode': 5,
  // Remote settings (blocklists, certificate data…): the remote agent's own "no server" value.
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'toolkit.telemetry.archive.enabled': false,
  'toolkit.telemetry.bhrPing.enabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.firstShutdownPing.enabled': false,
  'toolkit.telemetry.newProfilePing.enabled': false,
  'toolkit.telemetry.server': '',
  'toolkit.telemetry.shutdownPingSender.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.updatePing.enabled': false,
};

/**
 * Polls `check` until it returns true, at most `timeout` ms. An attempt that throws (the
 * document went away mid-evaluation) or takes over 2 s counts as "not yet".
 */
export async function waitFor(what: string, check: () => Promise<boolean>, timeout = WAIT_MS): Promise<void> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  while (Date.now() < deadline) {
    let timer: NodeJS.Timeout | undefined;
    try {
      const attempt = new Promise<boolean>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('attempt timed out')),
          Math.min(2_000, Math.max(1, deadline - Date.now())),
        );
      });
      if (await Promise.race([check(), attempt])) return;
    } catch (error) {
      last = error;
    } finally {
      clearTimeout(timer);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(
    `Timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${last instanceof Error ? last.message : JSON.stringify(last)})` : ''}`,
  );
}

export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id, from the manifest's browser_specific_settings.gecko.id. */
  addonId: string;
  /** The moz-extension:// host this run gave the add-on, e.g. `moz-extension://<uuid>/`. */
  base: string;
  /** Opens one of the extension's pages (e.g. 'sidepanel.html') in a new tab, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** The extension's id for the tab showing `page` (an http page). */
  tabIdOf(page: Page): Promise<number>;
  /** Closes Firefox and removes its profile. */
  close(): Promise<void>;
}

/**
 * Starts Firefox ESR headless over WebDriver BiDi, on a fresh profile, with the e2e build
 * installed as a temporary add-on.
 *
 * Firefox gives each add-on a random moz-extension:// UUID per profile; the pref
 * `extensions.webextensions.uuids` (add-on id → UUID) is what Firefox reads to pick it, so
 * setting it before the install makes the extension's pages reachable at a known address.
 */
export async function launchFirefoxWithExtension(
  options: { downloadDir?: string } = {},
): Promise<FirefoxWithExtension> {
  const executablePath = firefoxPath();
  if (!executablePath) throw new Error('No Firefox found: install firefox-esr or set FIREFOX_PATH');
  const manifestPath = join(FIREFOX_E2E_BUILD, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No Firefox e2e build at ${FIREFOX_E2E_BUILD}: run "npx wxt build -b firefox --mode e2e" first`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);

  const uuid = randomUUID();
  const base = `moz-extension://${uuid}/`;
  const userDataDir = await mkdtemp(join(tmpdir(), 'pln-e2e-firefox-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: true,
      // Puppeteer leaves a profile it did not create in place; close() removes it.
      userDataDir,
      // Without it, Firefox's BiDi refuses to navigate a tab to a moz-extension:// URL
      // ("Navigation … is not allowed in this context"): only http(s), file, blob and
      // about:blank are "WebDriver-safe". The flag lifts that check for this session.
      args: ['--remote-allow-system-access'],
      // FIREFOX_DUMPIO=1 copies Firefox's output, browser console included, to this process's
      // stdout/stderr: Firefox's BiDi does not forward console messages from extension pages.
      dumpio: !!process.env.FIREFOX_DUMPIO,
      extraPrefsFirefox: {
        ...OFFLINE_PREFS,
        ...(process.env.FIREFOX_DUMPIO
          ? { 'devtools.console.stdout.chrome': true, 'devtools.console.stdout.content': true }
          : {}),
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
        // Downloads (a backup) go straight to this folder, without a dialog.
        ...(options.downloadDir
          ? {
              'browser.download.folderList': 2,
              'browser.download.dir': options.downloadDir,
              'browser.download.useDownloadDir': true,
              'browser.download.always_ask_before_handling_new_types': false,
              'browser.download.start_downloads_in_tmp_dir': false,
            }
          : {}),
      },
      timeout: 30_000,
      protocolTimeout: 30_000,
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  const close = async () => {
    await browser.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  };

  try {
    const installed = await browser.installExtension(FIREFOX_E2E_BUILD);
    if (installed !== addonId) throw new Error(`Installed ${installed}, expected ${addonId}`);
  } catch (error) {
    await close();
    throw error;
  }

  const openExtensionPage = async (path: string): Promise<Page> => {
    const url = base + path;
    const page = await browser.newPage();
    // Firefox's BiDi sends no navigation or load events for documents in the extension
    // process (https://bugzil.la/1755014), so page.goto() to a moz-extension:// URL never
    // settles and page.url() keeps saying about:blank. Start the navigation, ignore its
    // promise, and wait for the document itself instead: script evaluation does reach it.
    // Nothing built on page.waitForFunction() may be used on these pages (waitForFunction
    // itself, Locator.click()/fill(), whose "enabled" check uses it): it builds its predicate
    // with new Function() in the page, and Firefox before its BiDi fix (Mozilla bug 1941780,
    // so ESR 140) applies the page's CSP to that. An extension page's CSP forbids eval, so the
    // wait fails ("EvalError: call to Function() blocked by CSP", reported by Puppeteer only as
    // "Waiting failed") and is retried until it times out. Poll from here instead, one bounded
    // evaluation at a time (firefox-page.ts does the same for elements).
    page.goto(url, { timeout: WAIT_MS }).catch(() => undefined);
    await waitFor(`${url} to load`, () =>
      page.evaluate((u: string) => location.href === u && document.readyState === 'complete', url),
    );
    return page;
  };

  return {
    browser,
    addonId,
    base,
    openExtensionPage,
    async tabIdOf(page) {
      const url = page.url();
      const probe = await openExtensionPage('sidepanel.html');
      try {
        const id = await probe.evaluate(async (u: string) => {
          // The extension page's own WebExtension API, as the popup would use it.
          const tabs = await (
            globalThis as unknown as {
              browser: { tabs: { query(q: object): Promise<Array<{ id?: number; url?: string }>> } };
            }
          ).browser.tabs.query({});
          return tabs.find((t) => t.url === u)?.id ?? null;
        }, url);
        if (id === null) throw new Error(`No tab found for ${url}`);
        return id;
      } finally {
        await probe.close();
      }
    },
    close,
  };
}
