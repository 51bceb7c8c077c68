import { browser } from 'wxt/browser';
import { type PlnDatabase, findSaved } from '../db';
import { t } from '../i18n';
import { getSettings } from '../settings';

/** The toolbar button's API: `action` in Manifest V3, `browserAction` in Firefox's Manifest V2. */
function toolbar() {
  const api = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  const found = api.action ?? api.browserAction;
  if (!found) throw new Error('No toolbar button API');
  return found;
}

const SAVED_COLOR = '#0f766e';
const ERROR_COLOR = '#b42318';
const FLASH_MS = 4_000;

/** Whether the person allowed the `tabs` permission, which the saved-state badge needs. */
export function hasTabsPermission(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['tabs'] });
}

/** Whether the saved-state badge is on: the option is set and `tabs` is granted. */
async function badgeOn(): Promise<boolean> {
  return (await getSettings()).savedBadge && (await hasTabsPermission());
}

/** Shows on the tab's toolbar icon whether its page is saved; `on` is badgeOn(), once per refresh. */
async function paint(db: PlnDatabase, tabId: number, url: string | undefined, on: boolean): Promise<void> {
  const saved = on && url ? await findSaved(db, url) : undefined;
  await toolbar().setBadgeBackgroundColor({ tabId, color: SAVED_COLOR });
  await toolbar().setBadgeText({ tabId, text: saved ? '✓' : '' });
  await toolbar().setTitle({ tabId, title: saved ? t('badge_saved', saved.title) : t('actionTitle') });
}

/**
 * Shows the tab's saved state, or clears its badge while the option is off. A tab closed or
 * navigated away mid-update makes the browser reject the badge calls ("Invalid tab ID"):
 * nothing is left to paint then, so that is not an error; anything else is logged. Never rejects.
 */
export async function showSavedState(db: PlnDatabase, tabId: number, url: string | undefined): Promise<void> {
  try {
    await paint(db, tabId, url, await badgeOn());
  } catch (error) {
    const stillThere = await browser.tabs.get(tabId).then(
      (tab) => tab !== undefined,
      () => false,
    );
    if (stillThere) console.warn('PLN Capture: could not update the toolbar badge', error);
  }
}

/**
 * Refreshes the saved-state badge of every tab (each tab has its own badge). After a write,
 * `whenOn` skips the work entirely while the option is off; a change of the option itself
 * refreshes always, to clear the badges it leaves.
 */
export async function refreshBadges(db: PlnDatabase, options: { whenOn?: boolean } = {}): Promise<void> {
  const on = await badgeOn();
  if (!on && options.whenOn) return;
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.flatMap((tab) => (tab.id === undefined ? [] : [paint(db, tab.id, tab.url, on)])));
}

/** Says briefly on the tab's icon that a save from a menu or a shortcut worked, or why not. */
export async function flashResult(
  db: PlnDatabase,
  tabId: number,
  result: { ok: true; title: string } | { ok: false; error: string },
) {
  await toolbar().setBadgeBackgroundColor({ tabId, color: result.ok ? SAVED_COLOR : ERROR_COLOR });
  await toolbar().setBadgeText({ tabId, text: result.ok ? '✓' : '!' });
  await toolbar().setTitle({
    tabId,
    title: result.ok ? t('badge_saved', result.title) : t('badge_error', result.error),
  });
  setTimeout(() => {
    void browser.tabs.get(tabId).then(
      (tab) => showSavedState(db, tabId, tab.url),
      () => undefined,
    );
  }, FLASH_MS);
}

/** After a tab changed: repaints its badge while the option is on; with the option off, nothing to do. */
export async function repaintTab(db: PlnDatabase, tabId: number, url: string | undefined): Promise<void> {
  if (await badgeOn().catch(() => false)) await showSavedState(db, tabId, url);
}

/** Keeps the saved-state badge up to date as tabs change, while the option is on. */
export function watchTabsForBadge(db: PlnDatabase): void {
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs.get(tabId).then(
      (tab) => repaintTab(db, tabId, tab.url),
      () => undefined,
    );
  });
  // In-page navigations (history.pushState) report a new url here too.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url !== undefined || change.status === 'complete') void repaintTab(db, tabId, tab.url);
  });
}
