import { browser, type Browser } from 'wxt/browser';
import { isHttpUrl } from '../url/http';

/**
 * The tab in front of the person, as the side panel describes it. Without the `tabs`
 * permission (or host access to the page, or a toolbar click on it, which grants `activeTab`)
 * the browser does not say a tab's address: the panel says so instead of guessing.
 */
export type TabView =
  | { state: 'none' }
  | { state: 'no-access'; tabId: number }
  | { state: 'not-web'; tabId: number }
  | { state: 'web'; tabId: number; url: string; title: string | undefined };

export function describeTab(
  tab: { id?: number | undefined; url?: string | undefined; title?: string | undefined } | undefined,
): TabView {
  if (tab?.id === undefined || tab.id < 0) return { state: 'none' };
  if (tab.url === undefined || tab.url === '') return { state: 'no-access', tabId: tab.id };
  if (!isHttpUrl(tab.url)) return { state: 'not-web', tabId: tab.id };
  return { state: 'web', tabId: tab.id, url: tab.url, title: tab.title };
}

/**
 * Follows the tab in front in the panel's window: tab switches, navigations, the tab closing.
 * When the panel is itself a tab (opened as a page), it describes the last other tab that was in
 * front, never itself. Returns the function that stops following.
 */
export function followCurrentTab(onChange: (view: TabView) => void): () => void {
  let stopped = false;
  let windowId: number | undefined;
  let selfId: number | undefined;
  let currentId: number | undefined;
  const show = (tab: Browser.tabs.Tab | undefined) => {
    if (stopped) return;
    currentId = tab?.id;
    onChange(describeTab(tab));
  };
  const refresh = async () => {
    const [tab] = await browser.tabs.query(
      windowId === undefined ? { active: true, currentWindow: true } : { active: true, windowId },
    );
    if (tab?.id !== undefined && tab.id === selfId) {
      show(currentId === undefined ? undefined : await browser.tabs.get(currentId).catch(() => undefined));
    } else show(tab);
  };
  const ready = (async () => {
    selfId = (await browser.tabs.getCurrent().catch(() => undefined))?.id;
    windowId = (await browser.windows.getCurrent().catch(() => undefined))?.id;
    await refresh();
  })().catch(() => show(undefined));

  const onActivated = ({ tabId, windowId: w }: { tabId: number; windowId: number }) => {
    if (w !== windowId || tabId === selfId) return;
    void browser.tabs.get(tabId).then(show, () => undefined);
  };
  const onUpdated = (
    tabId: number,
    change: { url?: string; title?: string; status?: string },
    tab: Browser.tabs.Tab,
  ) => {
    if (tabId !== currentId) return;
    if (change.url !== undefined || change.title !== undefined || change.status !== undefined) show(tab);
  };
  const onRemoved = (tabId: number) => {
    if (tabId === currentId) {
      currentId = undefined;
      void refresh().catch(() => show(undefined));
    }
  };
  // Back from a toolbar click, the page may have become readable (activeTab).
  const onFocus = () => void ready.then(refresh).catch(() => undefined);
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);
  globalThis.addEventListener?.('focus', onFocus);
  return () => {
    stopped = true;
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved.removeListener(onRemoved);
    globalThis.removeEventListener?.('focus', onFocus);
  };
}

/** Opens the capture popup for a tab in a small window of its own. */
export async function openCaptureWindow(tabId: number): Promise<void> {
  await browser.windows.create({
    type: 'popup',
    url: browser.runtime.getURL(`/popup.html?tabId=${tabId}`),
    width: 420,
    height: 700,
  });
}
