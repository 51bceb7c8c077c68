import { browser } from 'wxt/browser';
import { sendMessage } from './messaging/protocol';

interface SidePanelApi {
  open(options: { windowId: number }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

/**
 * Opens the side panel (Chrome, Edge) or the sidebar (Firefox) of a window. Browsers allow this
 * only in answer to a click, so it is called straight from the click, with nothing awaited first.
 */
export function openSidePanel(windowId: number | undefined): Promise<void> {
  const g = globalThis as { chrome?: { sidePanel?: SidePanelApi }; browser?: { sidebarAction?: SidebarActionApi } };
  if (g.browser?.sidebarAction) return g.browser.sidebarAction.open();
  if (g.chrome?.sidePanel && windowId !== undefined) return g.chrome.sidePanel.open({ windowId });
  return Promise.resolve();
}

export function openNetworkPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** Opens the offline reader on a source's kept text. */
export async function openReader(sourceId: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/reader.html?id=${encodeURIComponent(sourceId)}`) });
}

/** Counts a visit to a saved source (for "most visited" and "not opened lately"). */
export function recordVisit(sourceId: string): void {
  sendMessage('recordVisit', { id: sourceId }).catch(() => undefined);
}
